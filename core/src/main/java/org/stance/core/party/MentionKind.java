package org.stance.core.party;

/** How a mention names its party; officials and capitals are weaker evidence than the name. */
public enum MentionKind {
    NAME, ALIAS, DEMONYM, CAPITAL, OFFICIAL
}
