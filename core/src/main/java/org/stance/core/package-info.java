/** The Stance domain: labels, parties, statements and readouts, shared by training and serving. */
package org.stance.core;
