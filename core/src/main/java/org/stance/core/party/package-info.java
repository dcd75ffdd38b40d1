/** Parties and the gazetteer that resolves names, officials, capitals and demonyms to them. */
package org.stance.core.party;
