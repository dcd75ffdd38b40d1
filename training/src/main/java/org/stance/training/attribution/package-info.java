/** Fits the learned party attributor on gold readouts. */
package org.stance.training.attribution;
