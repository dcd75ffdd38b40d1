package org.stance.core.corpus;

import java.util.Locale;

/** The three corpus splits; splits are grouped by conflict so test conflicts are never seen in training. */
public enum Split {
    TRAIN, DEV, TEST;

    public String fileName() {
        return name().toLowerCase(Locale.ROOT) + ".jsonl";
    }
}
