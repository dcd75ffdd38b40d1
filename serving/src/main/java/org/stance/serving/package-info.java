/** The Stance REST service: scores readouts per party with the active model. */
package org.stance.serving;
