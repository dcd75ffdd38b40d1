package org.stance.core;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The three stance labels of the annotation guide. A statement carries any subset of them. */
public enum StanceLabel {
    DE_ESCALATORY("de-escalatory"),
    ACCUSATORY("accusatory"),
    CONDOLENCE("condolence");

    private final String id;

    StanceLabel(String id) {
        this.id = id;
    }

    /** The label as written in data files and in the API. */
    public String id() {
        return id;
    }

    public static Optional<StanceLabel> fromId(String id) {
        for (StanceLabel l : values()) {
            if (l.id.equals(id)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** Label ids in schema order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(StanceLabel::id).toList();
    }

    public static Set<StanceLabel> setOf(Collection<StanceLabel> labels) {
        return labels.isEmpty() ? EnumSet.noneOf(StanceLabel.class) : EnumSet.copyOf(labels);
    }

    /** Label ids of a set, in schema order. */
    public static List<String> idsOf(Set<StanceLabel> labels) {
        return Arrays.stream(values()).filter(labels::contains).map(StanceLabel::id).collect(Collectors.toList());
    }

    @Override
    public String toString() {
        return id;
    }
}
