package org.stance.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the benchmark statements one per line, for the wrk script. Usage: DumpStatements DATASETS FILE */
public final class DumpStatements {
    private DumpStatements() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, Statements.load(Path.of(args[0])).stream().map(s -> s.replace('\n', ' ')).toList());
    }
}
