/** The active model, its atomic reload, readiness and metrics. */
package org.stance.serving.model;
