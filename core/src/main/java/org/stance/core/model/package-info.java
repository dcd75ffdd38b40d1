/** Stance models: the artifact format, its manifest, its one loader and the scoring it does. */
package org.stance.core.model;
