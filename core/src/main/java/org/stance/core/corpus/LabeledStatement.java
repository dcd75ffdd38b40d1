package org.stance.core.corpus;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.stance.core.StanceLabel;

/**
 * One labeled statement of the corpus.
 *
 * @param id unique id
 * @param text the statement
 * @param labels its gold labels (possibly none)
 * @param parties canonical parties it is addressed to or about
 * @param conflict the conflict slug; splits are grouped by it
 * @param speaker canonical name of the speaking state or organization
 * @param speakerRole the speaker's role ("foreign minister", "UN envoy"...), may be empty
 */
public record LabeledStatement(String id, String text, Set<StanceLabel> labels, List<String> parties,
                               String conflict, String speaker, String speakerRole) {
    public LabeledStatement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        labels = StanceLabel.setOf(labels);
        parties = List.copyOf(parties);
        conflict = conflict == null ? "" : conflict;
        speaker = speaker == null ? "" : speaker;
        speakerRole = speakerRole == null ? "" : speakerRole;
    }
}
