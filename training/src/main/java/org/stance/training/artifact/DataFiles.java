package org.stance.training.artifact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.stance.core.corpus.CorpusReader;
import org.stance.core.corpus.DataValidationException;
import org.stance.core.corpus.GoldReadout;
import org.stance.core.corpus.LabeledStatement;
import org.stance.core.corpus.ReadoutStatements;
import org.stance.core.model.ModelArtifacts;
import org.stance.core.model.ModelManifest;

/**
 * Reads user-given labeled data: JSON Lines files of statements or of gold readouts (told apart by
 * their records), or folders of them. Every file is validated before anything is used.
 */
public final class DataFiles {
    /** The statements of one file, and the file's provenance. */
    public record Loaded(Path file, List<LabeledStatement> statements, boolean readouts, ModelManifest.DataFile provenance) {
    }

    private DataFiles() {
    }

    /** Expands folders to the .jsonl files inside them, sorted. */
    public static List<Path> expand(List<Path> paths, Consumer<DataValidationException> problems) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> f.toString().endsWith(".jsonl") && Files.isRegularFile(f)).sorted().forEach(out::add);
                } catch (IOException e) {
                    problems.accept(new DataValidationException(p, 0, "cannot list: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                problems.accept(new DataValidationException(p, 0, "no such file or folder"));
            }
        }
        return out;
    }

    /** True when the file's first record is a gold readout (it has spans). */
    public static boolean isReadoutFile(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> !l.isBlank()).findFirst().map(l -> l.contains("\"spans\"")).orElse(false);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    public static List<Loaded> load(List<Path> files, CorpusReader reader, String role,
                                    Consumer<DataValidationException> problems) {
        List<Loaded> out = new ArrayList<>();
        for (Path f : files) {
            boolean readouts = isReadoutFile(f);
            List<LabeledStatement> statements;
            int records;
            if (readouts) {
                List<GoldReadout> rs = reader.readReadouts(f, problems);
                statements = ReadoutStatements.of(rs);
                records = rs.size();
            } else {
                statements = reader.readStatements(f, problems);
                records = statements.size();
            }
            if (records == 0) {
                problems.accept(new DataValidationException(f, 0, "no records"));
            }
            String sha;
            try {
                sha = ModelArtifacts.sha256(f);
            } catch (IOException e) {
                sha = "unreadable";
            }
            out.add(new Loaded(f, statements, readouts, new ModelManifest.DataFile(role, f.toString(), sha, records)));
        }
        return out;
    }
}
