package org.stance.core.party;

import java.util.Objects;

/**
 * A party a statement can address: a state, an organization or an armed group, by canonical name.
 *
 * @param name canonical name ("India", "Hamas", "European Union")
 * @param kind "state", "organization" or "armed group"
 */
public record Party(String name, String kind) {
    public Party {
        Objects.requireNonNull(name, "name");
        kind = kind == null ? "state" : kind;
    }

    public boolean isState() {
        return "state".equals(kind);
    }
}
