/** Head trainers: Tribuo linear models and a Deeplearning4j network, exported to plain heads. */
package org.stance.training.trainers;
