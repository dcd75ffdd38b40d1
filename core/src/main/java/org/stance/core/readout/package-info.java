/**
 * Readout analysis: segmentation into statements, speaker versus context, and the parties each
 * statement addresses. Each stage is a small interface with a rule implementation today.
 */
package org.stance.core.readout;
