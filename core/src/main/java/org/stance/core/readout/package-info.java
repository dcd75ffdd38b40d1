/**
 * Readout analysis: segmentation into statements, speaker versus context, and the parties each
 * statement addresses. Each stage is a small interface with a rule implementation and a learned one that
 * weighs the rules' evidence with a logistic model bundled in this jar: {@link org.stance.core.readout.LearnedSegmenter}
 * (clause splits), {@link org.stance.core.readout.LearnedSpeakerResolver},
 * {@link org.stance.core.readout.LearnedStatementDetector} and {@link org.stance.core.readout.LearnedPartyAttributor}.
 */
package org.stance.core.readout;
