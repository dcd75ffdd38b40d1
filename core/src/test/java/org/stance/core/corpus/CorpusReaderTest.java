package org.stance.core.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stance.core.Fixtures;
import org.stance.core.StanceLabel;

class CorpusReaderTest {
    @TempDir
    Path dir;
    private final CorpusReader reader = new CorpusReader(Fixtures.gazetteer());

    private Path write(String name, String... lines) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    @Test
    void readsValidStatements() throws Exception {
        Path f = write("ok.jsonl",
                "{\"id\":\"a\",\"text\":\"He urged restraint.\",\"labels\":[\"de-escalatory\"],\"parties\":[\"India\"],\"conflict\":\"c\",\"speaker\":\"United States\",\"speaker_role\":\"foreign minister\"}",
                "",
                "{\"id\":\"b\",\"text\":\"They discussed trade.\",\"labels\":[],\"parties\":[],\"conflict\":\"c\",\"speaker\":\"China\"}");
        List<LabeledStatement> s = reader.readStatements(f);
        assertEquals(2, s.size());
        assertEquals(Set.of(StanceLabel.DE_ESCALATORY), s.get(0).labels());
        assertEquals(List.of("India"), s.get(0).parties());
        assertTrue(s.get(1).labels().isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"id\":\"a\",\"text\":\"x\",\"labels\":[\"angry\"]}|unknown label \"angry\"",
            "{\"id\":\"a\",\"text\":\"  \",\"labels\":[]}|empty \"text\"",
            "{\"id\":\"a\",\"labels\":[]}|missing or non-text field \"text\"",
            "{\"id\":\"a\",\"text\":\"x\",\"labels\":[],\"parties\":[\"Freedonia\"]}|party \"Freedonia\" is not a canonical party",
            "{\"id\":\"a\",\"text\":\"x\",\"labels\":[],\"speaker\":\"Atlantis\"}|speaker \"Atlantis\"",
            "{\"id\":\"a\",\"text\":\"x\",\"labels\":[],\"speaker\":\"India\",\"parties\":[\"India\"]}|cannot be a party of its own statement",
            "{\"id\":\"a\",\"text\":\"x\" \"labels\":[]}|malformed JSON",
            "[1,2]|a record must be a JSON object",
            "{\"id\":\"r\",\"text\":\"x\",\"spans\":[]}|this is a gold readout"})
    void rejectsBadStatementsNamingFileAndLine(String badLine, String problem) throws Exception {
        Path f = write("bad.jsonl", "{\"id\":\"ok\",\"text\":\"fine\",\"labels\":[]}", badLine);
        DataValidationException e = assertThrows(DataValidationException.class, () -> reader.readStatements(f));
        assertEquals(2, e.line());
        assertEquals(f, e.file());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertTrue(e.getMessage().startsWith(f + ":2: "), e.getMessage());
    }

    @Test
    void collectsEveryProblemWhenAskedTo() throws Exception {
        Path f = write("bad.jsonl", "{\"id\":\"a\",\"text\":\"\"}", "{\"id\":\"b\",\"text\":\"x\",\"labels\":[\"nope\"]}",
                "{\"id\":\"c\",\"text\":\"fine\",\"labels\":[]}");
        List<DataValidationException> problems = new ArrayList<>();
        List<LabeledStatement> ok = reader.readStatements(f, problems::add);
        assertEquals(2, problems.size());
        assertEquals(List.of(1, 2), problems.stream().map(DataValidationException::line).toList());
        assertEquals(1, ok.size());
    }

    @Test
    void readsGoldReadouts() throws Exception {
        String text = "Rubio spoke with Jaishankar. He urged restraint.";
        Path f = write("r.jsonl", "{\"id\":\"r1\",\"conflict\":\"c\",\"speaker\":\"United States\",\"kind\":\"official\",\"text\":\""
                + text + "\",\"spans\":[{\"start\":0,\"end\":28,\"type\":\"context\"},{\"start\":29,\"end\":48,\"type\":\"statement\",\"parties\":[\"India\"],\"labels\":[\"de-escalatory\"]}]}");
        GoldReadout r = reader.readReadouts(f).get(0);
        assertEquals("He urged restraint.", r.spanText(r.statements().get(0)));
        assertEquals(List.of("India"), r.statements().get(0).parties());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[{\"start\":0,\"end\":99,\"type\":\"context\"}]|is outside the text",
            "[{\"start\":0,\"end\":10,\"type\":\"statement\"},{\"start\":5,\"end\":12,\"type\":\"statement\"}]|overlaps the span before it",
            "[{\"start\":0,\"end\":10,\"type\":\"claim\"}]|neither \"statement\" nor \"context\"",
            "[{\"start\":0,\"end\":10,\"type\":\"statement\",\"labels\":[\"rude\"]}]|unknown label",
            "[{\"start\":0,\"end\":10,\"type\":\"statement\",\"parties\":[\"Narnia\"]}]|party \"Narnia\""})
    void rejectsBadReadouts(String spans, String problem) throws Exception {
        Path f = write("r.jsonl", "{\"id\":\"r1\",\"text\":\"Rubio urged restraint today.\",\"spans\":" + spans + "}");
        DataValidationException e = assertThrows(DataValidationException.class, () -> reader.readReadouts(f));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void statementsGivenAsReadoutsAreRefused() throws Exception {
        Path f = write("s.jsonl", "{\"id\":\"a\",\"text\":\"x\",\"labels\":[]}");
        DataValidationException e = assertThrows(DataValidationException.class, () -> reader.readReadouts(f));
        assertTrue(e.getMessage().contains("not a gold readout"), e.getMessage());
    }

    @Test
    void missingFileIsNamed() {
        Path f = dir.resolve("none.jsonl");
        DataValidationException e = assertThrows(DataValidationException.class, () -> reader.readStatements(f));
        assertTrue(e.getMessage().contains("no such file"));
    }
}
