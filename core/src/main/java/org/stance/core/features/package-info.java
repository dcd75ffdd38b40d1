/** Features of a statement: the pretrained sentence encoder and lexical n-grams. */
package org.stance.core.features;
