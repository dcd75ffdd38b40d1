/** The {@code stance} command line: train, evaluate, promote, data. */
package org.stance.training.cli;
