package org.stance.core.readout;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A readout to analyse.
 *
 * @param speaker the speaking state or organization, if the caller knows it
 * @param parties the parties the caller wants results for; empty means every party found
 * @param title its headline, if any ("Wang Yi Holds Phone Call with ..."): it often names the speaker
 */
public record Readout(String text, Optional<String> speaker, List<String> parties, String title) {
    public Readout {
        Objects.requireNonNull(text, "text");
        speaker = speaker == null ? Optional.empty() : speaker;
        parties = parties == null ? List.of() : List.copyOf(parties);
        title = title == null ? "" : title.strip();
    }

    public Readout(String text, Optional<String> speaker, List<String> parties) {
        this(text, speaker, parties, "");
    }

    public static Readout of(String text) {
        return new Readout(text, Optional.empty(), List.of());
    }
}
