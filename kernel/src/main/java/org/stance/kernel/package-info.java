/**
 * A small Jupyter kernel for the project's notebooks: cells are Java, evaluated by JShell in the
 * kernel's own JVM on the classpath of core and training; XChart charts display as PNG. The Jupyter
 * wire protocol (ZeroMQ messaging) is JJava's {@code jjava-jupyter} library.
 */
package org.stance.kernel;
