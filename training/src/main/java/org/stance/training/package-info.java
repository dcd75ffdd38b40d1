/** Training, selection, calibration and evaluation of stance models, and the command line. */
package org.stance.training;
