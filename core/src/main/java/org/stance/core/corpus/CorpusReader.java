package org.stance.core.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.stance.core.StanceLabel;
import org.stance.core.party.Gazetteer;

/**
 * Reads and validates statement and gold readout files (JSON Lines). Every problem names the
 * file, the line and what is wrong; nothing half-read is ever returned.
 */
public final class CorpusReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_STATEMENT_CHARS = 2000;
    private final Gazetteer gazetteer;

    public CorpusReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Reads statements; throws on the first problem. */
    public List<LabeledStatement> readStatements(Path file) {
        return readStatements(file, p -> {
            throw p;
        });
    }

    /** Reads statements, reporting every problem to the sink (records with problems are skipped). */
    public List<LabeledStatement> readStatements(Path file, Consumer<DataValidationException> problems) {
        List<LabeledStatement> out = new ArrayList<>();
        forEachRecord(file, problems, (node, line) -> {
            if (node.has("spans") && !node.has("labels")) {
                throw new DataValidationException(file, line,
                        "this is a gold readout (it has \"spans\"), not a statement record; pass it as readouts");
            }
            String id = requiredText(node, "id", file, line);
            String text = requiredText(node, "text", file, line);
            if (text.length() > MAX_STATEMENT_CHARS) {
                throw new DataValidationException(file, line, "text longer than " + MAX_STATEMENT_CHARS + " characters");
            }
            Set<StanceLabel> labels = labels(node, file, line);
            List<String> parties = parties(node, "parties", file, line);
            String speaker = node.path("speaker").asText("");
            if (!speaker.isEmpty()) {
                checkParty(speaker, "speaker", file, line);
            }
            if (!speaker.isEmpty() && parties.contains(speaker)) {
                throw new DataValidationException(file, line, "the speaker \"" + speaker + "\" cannot be a party of its own statement");
            }
            out.add(new LabeledStatement(id, text, labels, parties, node.path("conflict").asText(""), speaker,
                    node.path("speaker_role").asText("")));
        });
        return out;
    }

    public List<GoldReadout> readReadouts(Path file) {
        return readReadouts(file, p -> {
            throw p;
        });
    }

    public List<GoldReadout> readReadouts(Path file, Consumer<DataValidationException> problems) {
        List<GoldReadout> out = new ArrayList<>();
        forEachRecord(file, problems, (node, line) -> {
            if (!node.has("spans")) {
                throw new DataValidationException(file, line,
                        "no \"spans\": this is not a gold readout (a statement record? pass it as statements)");
            }
            String id = requiredText(node, "id", file, line);
            String text = requiredText(node, "text", file, line);
            String speaker = node.path("speaker").asText("");
            if (!speaker.isEmpty()) {
                checkParty(speaker, "speaker", file, line);
            }
            List<GoldSpan> spans = new ArrayList<>();
            int lastEnd = 0;
            for (JsonNode s : node.path("spans")) {
                int start = s.path("start").asInt(-1);
                int end = s.path("end").asInt(-1);
                if (start < 0 || end > text.length() || start >= end) {
                    throw new DataValidationException(file, line, "span [" + start + ", " + end
                            + ") is outside the text (length " + text.length() + ") or empty");
                }
                if (start < lastEnd) {
                    throw new DataValidationException(file, line, "span [" + start + ", " + end
                            + ") overlaps the span before it");
                }
                lastEnd = end;
                String type = s.path("type").asText("");
                SpanType spanType;
                if (type.equals("statement")) {
                    spanType = SpanType.STATEMENT;
                } else if (type.equals("context")) {
                    spanType = SpanType.CONTEXT;
                } else {
                    throw new DataValidationException(file, line, "span type \"" + type
                            + "\" is neither \"statement\" nor \"context\"");
                }
                List<String> parties = parties(s, "parties", file, line);
                if (!speaker.isEmpty() && parties.contains(speaker)) {
                    throw new DataValidationException(file, line, "span [" + start + ", " + end + "): the speaker \"" + speaker
                            + "\" cannot be a party of its own statement");
                }
                spans.add(new GoldSpan(start, end, spanType, parties, labels(s, file, line)));
            }
            if (spans.isEmpty()) {
                throw new DataValidationException(file, line, "a readout without spans");
            }
            out.add(new GoldReadout(id, node.path("conflict").asText(""), speaker, node.path("kind").asText(""),
                    node.path("title").asText(""), text, spans));
        });
        return out;
    }

    private interface RecordHandler {
        void accept(JsonNode node, int line);
    }

    private static void forEachRecord(Path file, Consumer<DataValidationException> problems, RecordHandler handler) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String s;
            int line = 0;
            while ((s = r.readLine()) != null) {
                line++;
                if (s.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node;
                    try {
                        node = JSON.readTree(s);
                    } catch (JsonProcessingException e) {
                        throw new DataValidationException(file, line, "malformed JSON: " + e.getOriginalMessage());
                    }
                    if (node == null || !node.isObject()) {
                        throw new DataValidationException(file, line, "a record must be a JSON object");
                    }
                    handler.accept(node, line);
                } catch (DataValidationException e) {
                    problems.accept(e);
                }
            }
        } catch (NoSuchFileException e) {
            problems.accept(new DataValidationException(file, 0, "no such file"));
        } catch (IOException e) {
            problems.accept(new DataValidationException(file, 0, "cannot read: " + e.getMessage()));
        }
    }

    private static String requiredText(JsonNode node, String field, Path file, int line) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new DataValidationException(file, line, "missing or non-text field \"" + field + "\"");
        }
        if (v.asText().isBlank()) {
            throw new DataValidationException(file, line, "empty \"" + field + "\"");
        }
        return v.asText();
    }

    private static Set<StanceLabel> labels(JsonNode node, Path file, int line) {
        Set<StanceLabel> out = EnumSet.noneOf(StanceLabel.class);
        JsonNode labels = node.path("labels");
        if (!labels.isMissingNode() && !labels.isArray()) {
            throw new DataValidationException(file, line, "\"labels\" must be an array");
        }
        for (JsonNode l : labels) {
            out.add(StanceLabel.fromId(l.asText()).orElseThrow(() -> new DataValidationException(file, line,
                    "unknown label \"" + l.asText() + "\" (known: " + String.join(", ", StanceLabel.ids()) + ")")));
        }
        return out;
    }

    private List<String> parties(JsonNode node, String field, Path file, int line) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : node.path(field)) {
            out.add(checkParty(p.asText(), "party", file, line));
        }
        return out;
    }

    private String checkParty(String name, String what, Path file, int line) {
        if (gazetteer.party(name).isEmpty()) {
            throw new DataValidationException(file, line, what + " \"" + name + "\" is not a canonical party of the gazetteer");
        }
        return name;
    }
}
