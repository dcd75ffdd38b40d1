/** Probability calibration and per-label decision thresholds, fitted on held-out data. */
package org.stance.training.calibration;
