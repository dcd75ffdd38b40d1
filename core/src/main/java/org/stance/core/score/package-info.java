/** Scoring a readout per party: analysis plus a stance model, reduced to each party's label set. */
package org.stance.core.score;
