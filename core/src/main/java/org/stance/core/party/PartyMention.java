package org.stance.core.party;

/** A party named in a text: which party, where, the words used and how they name it. */
public record PartyMention(Party party, int start, int end, String surface, MentionKind kind) {
}
