/** The service's configuration, in one place. */
package org.stance.serving.config;
