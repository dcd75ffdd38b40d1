/** Evaluation of statement labels and of readout analysis, and the reports made of it. */
package org.stance.training.evaluation;
