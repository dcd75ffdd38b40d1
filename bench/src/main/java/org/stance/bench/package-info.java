/** Benchmarks that print figures: the bare encoder's throughput and a load generator for the service. */
package org.stance.bench;
