/** The REST API: request and response bodies, controllers and error mapping. */
package org.stance.serving.api;
