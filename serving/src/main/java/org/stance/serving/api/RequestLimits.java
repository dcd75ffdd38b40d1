package org.stance.serving.api;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.stance.core.party.Gazetteer;
import org.stance.serving.config.StanceConfiguration;

/** Checks requests against the configured limits; every failure names the field. */
@Singleton
public class RequestLimits {
    /** A headline, not a second text. */
    static final int MAX_TITLE_CHARS = 1000;
    private final StanceConfiguration config;

    public RequestLimits(StanceConfiguration config) {
        this.config = config;
    }

    public void check(Dtos.ClassifyRequest r) {
        if (r.statements() == null) {
            throw ProblemException.badRequest("statements", "is required");
        }
        int n = r.statements().size();
        if (n < 1 || n > config.maxStatements()) {
            throw ProblemException.badRequest("statements", "must hold 1 to " + config.maxStatements() + " strings, got " + n);
        }
        for (int i = 0; i < n; i++) {
            String s = r.statements().get(i);
            if (s == null || s.isBlank()) {
                throw ProblemException.badRequest("statements[" + i + "]", "must not be empty");
            }
            if (s.length() > config.maxStatementChars()) {
                throw ProblemException.badRequest("statements[" + i + "]", "must be at most " + config.maxStatementChars()
                        + " characters, got " + s.length());
            }
        }
    }

    /** Checks a readout request and returns its parties in canonical form. */
    public List<String> check(Dtos.ScoreRequest r, Gazetteer gazetteer) {
        if (r.text() == null || r.text().isBlank()) {
            throw ProblemException.badRequest("text", "must not be empty");
        }
        if (r.title() != null && r.title().length() > MAX_TITLE_CHARS) {
            throw ProblemException.badRequest("title", "must be at most " + MAX_TITLE_CHARS + " characters, got " + r.title().length());
        }
        if (r.text().length() > config.maxTextChars()) {
            throw ProblemException.badRequest("text", "must be at most " + config.maxTextChars() + " characters, got " + r.text().length());
        }
        if (r.speaker() != null && !r.speaker().isBlank() && gazetteer.resolve(r.speaker()).isEmpty()) {
            throw ProblemException.badRequest("speaker", "unknown party \"" + r.speaker() + "\"");
        }
        List<String> parties = new ArrayList<>();
        if (r.parties() != null) {
            for (int i = 0; i < r.parties().size(); i++) {
                String p = r.parties().get(i);
                if (p == null || p.isBlank()) {
                    throw ProblemException.badRequest("parties[" + i + "]", "must not be empty");
                }
                final int at = i;
                String canonical = gazetteer.resolve(p).map(x -> x.name())
                        .orElseThrow(() -> ProblemException.badRequest("parties[" + at + "]", "unknown party \"" + p + "\""));
                if (!parties.contains(canonical)) {
                    parties.add(canonical);
                }
            }
        }
        return parties;
    }
}
