/** Fits the learned stages of readout analysis on gold readouts: the statement detector and the party attributor. */
package org.stance.training.analysis;
