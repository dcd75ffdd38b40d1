/** Training runs: candidates fitted, calibrated, compared and the selected one written as an artifact. */
package org.stance.training.artifact;
