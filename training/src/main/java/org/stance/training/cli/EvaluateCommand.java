package org.stance.training.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stance.core.corpus.Corpus;
import org.stance.core.corpus.CorpusReader;
import org.stance.core.corpus.DataValidationException;
import org.stance.core.corpus.GoldReadout;
import org.stance.core.corpus.LabeledStatement;
import org.stance.core.corpus.ReadoutStatements;
import org.stance.core.features.SentenceEncoder;
import org.stance.core.model.ArtifactStanceModel;
import org.stance.core.model.ModelArtifacts;
import org.stance.core.model.ModelLoadException;
import org.stance.core.party.Gazetteer;
import org.stance.core.readout.ReadoutAnalyzer;
import org.stance.training.artifact.DataFiles;
import org.stance.training.evaluation.ModelEvaluation;
import org.stance.training.evaluation.ModelEvaluator;
import org.stance.training.evaluation.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Evaluates one or more artifacts on labeled statements or gold readouts and writes the report. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, description = {"Evaluate models on labeled data; writes report.html, report.md and metrics.json.",
        "Example: ./stance evaluate --model active --data datasets/readouts/test.jsonl --out reports/test"})
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, arity = "1", description = "artifact directory or id; \"active\" for the active one; repeat to compare")
    List<String> models = new ArrayList<>();

    @Option(names = "--data", required = true, description = "statements or gold readouts (JSON Lines)")
    Path data;

    @Option(names = "--out", required = true, description = "output folder")
    Path out;

    @Option(names = "--datasets", defaultValue = "datasets", description = "folder with the gazetteer (default: ${DEFAULT-VALUE})")
    Path datasets;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(data)) {
            throw new UserInputException(data + ": no such file");
        }
        Gazetteer gazetteer = Gazetteer.load(Corpus.gazetteerFile(datasets));
        CorpusReader reader = new CorpusReader(gazetteer);
        List<DataValidationException> problems = new ArrayList<>();
        List<GoldReadout> readouts = List.of();
        List<LabeledStatement> statements;
        if (DataFiles.isReadoutFile(data)) {
            readouts = reader.readReadouts(data, problems::add);
            statements = ReadoutStatements.of(readouts);
        } else {
            statements = reader.readStatements(data, problems::add);
        }
        if (!problems.isEmpty()) {
            throw UserInputException.of(problems, problems.size() + " problem(s) in " + data + "; no report was written");
        }
        if (statements.isEmpty()) {
            throw new UserInputException(data + ": no labeled statements to evaluate; no report was written");
        }
        List<Path> dirs = new ArrayList<>();
        for (String m : models) {
            dirs.add(resolve(m));
        }
        List<ModelEvaluation> evaluations = new ArrayList<>();
        try (SentenceEncoder encoder = new SentenceEncoder(Math.max(1, Runtime.getRuntime().availableProcessors()), 32)) {
            ModelEvaluator evaluator = new ModelEvaluator(ReadoutAnalyzer.standard(gazetteer));
            for (Path dir : dirs) {
                ArtifactStanceModel model;
                try {
                    model = ModelArtifacts.load(dir, encoder);
                } catch (ModelLoadException e) {
                    throw new UserInputException(e.getMessage() + "; no report was written");
                }
                String name = model.manifest().id();
                if (evaluations.stream().anyMatch(x -> x.model().equals(model.manifest().id()))) {
                    name = name + " (" + dir + ")";
                }
                evaluations.add(evaluator.evaluate(name, model, statements, readouts));
            }
        }
        ReportWriter.write(out, data.toString(), evaluations);
        for (ModelEvaluation e : evaluations) {
            System.out.printf(Locale.ROOT, "%s: macro-F1 %.3f [%.3f, %.3f], ECE %.3f%s%n", e.model(), e.statements().macroF1(),
                    e.statements().ci95()[0], e.statements().ci95()[1], e.statements().ece(),
                    e.readouts() == null ? "" : String.format(Locale.ROOT, "; readouts: boundary F1 %.3f, speaker/context %.3f, "
                            + "party F1 %.3f, label-set F1 %.3f", e.readouts().boundaryF1(), e.readouts().speakerContextAccuracy(),
                            e.readouts().attributionF1(), e.readouts().labelSetF1()));
        }
        System.out.println("report: " + out.resolve("report.html") + " (also report.md, metrics.json)");
        return 0;
    }

    private Path resolve(String m) {
        Path modelsDir = Paths.models();
        if (m.equals("active")) {
            return ModelArtifacts.active(modelsDir).orElseThrow(() -> new UserInputException(
                    "no active model under " + modelsDir + " (./stance train --promote)"));
        }
        Path p = Path.of(m);
        if (Files.isDirectory(p)) {
            return p;
        }
        if (Files.isDirectory(modelsDir.resolve(m))) {
            return modelsDir.resolve(m);
        }
        throw new UserInputException("model " + m + ": no such artifact (a directory, an id under " + modelsDir + ", or \"active\")");
    }
}
