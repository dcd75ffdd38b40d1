/** Statements encoded once for training and evaluation. */
package org.stance.training.data;
