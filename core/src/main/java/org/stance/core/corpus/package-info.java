/** The labeled corpus: statement and gold readout records, their loading, validation and statistics. */
package org.stance.core.corpus;
