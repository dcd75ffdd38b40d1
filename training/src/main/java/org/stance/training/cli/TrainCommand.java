package org.stance.training.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.stance.core.corpus.Corpus;
import org.stance.core.corpus.CorpusReader;
import org.stance.core.corpus.DataValidationException;
import org.stance.core.corpus.LabeledStatement;
import org.stance.core.corpus.Split;
import org.stance.core.features.SentenceEncoder;
import org.stance.core.model.ModelArtifacts;
import org.stance.core.model.ModelManifest;
import org.stance.training.artifact.ArtifactWriter;
import org.stance.training.artifact.Candidate;
import org.stance.training.artifact.DataFiles;
import org.stance.training.artifact.StanceTrainer;
import org.stance.training.artifact.TrainingData;
import org.stance.training.evaluation.LabelMetrics;
import org.stance.training.evaluation.MultiLabelEvaluation;
import org.stance.training.trainers.Dl4jMlpTrainer;
import org.stance.training.trainers.HeadTrainer;
import org.stance.training.trainers.TribuoLinearTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Trains candidates, selects and calibrates one, writes it as a new artifact. Never deploys it. */
@Command(name = "train", mixinStandardHelpOptions = true, description = {"Train stance models, select one on dev, write a versioned artifact under models/.",
        "Deploying is a separate step: ./stance promote <artifact>, or --promote."})
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--datasets", defaultValue = "datasets", description = "shipped corpus folder (default: ${DEFAULT-VALUE})")
    Path datasets;

    @Option(names = "--models", description = "models folder (default: models, or $STANCE_MODELS)")
    Path models;

    @Option(names = "--data", arity = "1..*", description = "your labeled data: JSON Lines statements or gold readouts, files or folders")
    List<Path> data = new ArrayList<>();

    @Option(names = "--only-given", description = "train on --data alone (default: together with the shipped corpus)")
    boolean onlyGiven;

    @Option(names = "--with-shipped", description = "train on --data and the shipped corpus (the default)")
    boolean withShipped;

    @Option(names = "--seed", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--candidates", split = ",", defaultValue = "tribuo-linear,dl4j-mlp,lexical-baseline",
            description = "candidates to train (default: ${DEFAULT-VALUE})")
    List<String> candidates;

    @Option(names = "--promote", description = "also mark the new artifact active")
    boolean promote;

    @Override
    public Integer call() throws IOException {
        long t0 = System.nanoTime();
        if (onlyGiven && withShipped) {
            throw new UserInputException("--only-given and --with-shipped exclude each other");
        }
        if (onlyGiven && data.isEmpty()) {
            throw new UserInputException("--only-given needs --data");
        }
        Path modelsDir = models != null ? models : Paths.models();
        List<HeadTrainer> trainers = trainers();
        TrainingData td = trainingData();
        System.out.printf("training on %d statements, dev %d, held out %s%n", td.train().size(), td.dev().size(),
                sizes(td.heldOut()));
        try (SentenceEncoder encoder = new SentenceEncoder(Math.max(1, Runtime.getRuntime().availableProcessors()), 32)) {
            StanceTrainer trainer = new StanceTrainer(encoder, trainers, seed);
            int total = td.train().size() + td.dev().size() + td.heldOut().values().stream().mapToInt(List::size).sum();
            Bars bars = new Bars(total);
            trainers.stream().filter(t -> t instanceof Dl4jMlpTrainer).map(t -> (Dl4jMlpTrainer) t)
                    .forEach(t -> bars.epochsOf(t.name(), t.onEpoch(bars::epoch).maxEpochs()));
            StanceTrainer.Result result;
            try {
                result = trainer.train(td, bars);
            } finally {
                bars.close();
            }
            Path artifact = ArtifactWriter.write(modelsDir, result, td, encoder, seed, (System.nanoTime() - t0) / 1e9);
            report(result, artifact);
            if (promote) {
                ModelArtifacts.promote(modelsDir, artifact);
                System.out.println("promoted: " + artifact.getFileName() + " is now active");
            } else {
                System.out.println("not deployed; to serve it: ./stance promote " + artifact.getFileName());
            }
        }
        System.out.printf(Locale.ROOT, "total time %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    /** Progress bars: one for encoding, one per candidate (epochs for the network). */
    private static final class Bars implements StanceTrainer.Progress {
        private final int total;
        private final Map<String, Integer> maxEpochs = new LinkedHashMap<>();
        private ProgressBar bar;

        Bars(int total) {
            this.total = total;
        }

        @Override
        public void encoding(int done, int n) {
            if (bar == null) {
                bar = bar("Encoding", total);
            }
            bar.stepTo(done);
        }

        /** The candidate trains in epochs: show them on a bar instead of one line. */
        void epochsOf(String candidate, int epochs) {
            maxEpochs.put(candidate, epochs);
        }

        @Override
        public void candidate(String name) {
            close();
            if (maxEpochs.containsKey(name)) {
                bar = bar("Training " + name + " (epochs, early stopping)", maxEpochs.get(name));
            } else {
                System.err.println("Training " + name + " ...");
            }
        }

        void epoch(int epoch) {
            if (bar != null) {
                bar.stepTo(epoch);
            }
        }

        void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }

    static ProgressBar bar(String task, long max) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250).continuousUpdate().build();
    }

    private List<HeadTrainer> trainers() {
        List<HeadTrainer> out = new ArrayList<>();
        for (String c : candidates) {
            switch (c.strip()) {
                case "tribuo-linear" -> out.add(TribuoLinearTrainer.encoderAndLexical());
                case "lexical-baseline" -> out.add(TribuoLinearTrainer.lexicalBaseline());
                case "dl4j-mlp" -> out.add(Dl4jMlpTrainer.standard());
                default -> throw new UserInputException("unknown candidate \"" + c + "\" (known: tribuo-linear, dl4j-mlp, lexical-baseline)");
            }
        }
        return out;
    }

    private TrainingData trainingData() {
        List<DataValidationException> problems = new ArrayList<>();
        List<LabeledStatement> train = new ArrayList<>();
        List<LabeledStatement> dev = new ArrayList<>();
        Map<String, List<LabeledStatement>> held = new LinkedHashMap<>();
        List<ModelManifest.DataFile> files = new ArrayList<>();
        Corpus corpus = Corpus.load(datasets, problems::add);
        if (!data.isEmpty()) {
            List<Path> given = DataFiles.expand(data, problems::add);
            List<DataFiles.Loaded> loaded = DataFiles.load(given, new CorpusReader(corpus.gazetteer()), "given", problems::add);
            if (!problems.isEmpty()) {
                throw UserInputException.of(problems, problems.size() + " problem(s) in the given data; nothing was trained or written");
            }
            List<LabeledStatement> givenTest = new ArrayList<>();
            for (DataFiles.Loaded l : loaded) {
                files.add(l.provenance());
                String name = l.file().getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.contains("test")) {
                    givenTest.addAll(l.statements());
                } else if (name.contains("dev")) {
                    dev.addAll(l.statements());
                } else {
                    // files without a split in their name: a stable 70/15/15 split by id
                    for (LabeledStatement s : l.statements()) {
                        int bucket = Math.floorMod(s.id().hashCode() * 31 + 7, 20);
                        (bucket < 14 ? train : bucket < 17 ? dev : givenTest).add(s);
                    }
                }
            }
            held.put("given-test", givenTest);
        }
        if (!problems.isEmpty()) {
            throw UserInputException.of(problems, problems.size() + " problem(s) in " + datasets);
        }
        if (!onlyGiven) {
            train.addAll(corpus.trainingStatements(Split.TRAIN));
            dev.addAll(corpus.trainingStatements(Split.DEV));
            for (Split s : List.of(Split.TRAIN, Split.DEV)) {
                String role = s.name().toLowerCase(Locale.ROOT);
                files.add(shipped(role, Corpus.statementsFile(datasets, s)));
                files.add(shipped(role, Corpus.readoutsFile(datasets, s)));
            }
        }
        held.put("test", corpus.trainingStatements(Split.TEST));
        files.add(shipped("test", Corpus.statementsFile(datasets, Split.TEST)));
        files.add(shipped("test", Corpus.readoutsFile(datasets, Split.TEST)));
        if (train.isEmpty() || dev.isEmpty()) {
            throw new UserInputException("need training and dev statements (train " + train.size() + ", dev " + dev.size() + ")");
        }
        return new TrainingData(train, dev, held, files);
    }

    private static ModelManifest.DataFile shipped(String role, Path f) {
        try {
            long n;
            try (Stream<String> lines = Files.lines(f)) {
                n = lines.filter(l -> !l.isBlank()).count();
            }
            return new ModelManifest.DataFile(role, f.toString(), ModelArtifacts.sha256(f), (int) n);
        } catch (IOException e) {
            return new ModelManifest.DataFile(role, f.toString(), "missing", 0);
        }
    }

    private static String sizes(Map<String, List<LabeledStatement>> m) {
        StringBuilder b = new StringBuilder();
        m.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(v.size()));
        return b.toString();
    }

    private static void report(StanceTrainer.Result result, Path artifact) throws IOException {
        System.out.println();
        System.out.printf(Locale.ROOT, "%-18s %-10s %8s %8s %8s %8s %8s %8s %9s%n", "candidate", "set", "macroF1", "de-esc",
                "accus", "condol", "ECE raw", "ECE cal", "train s");
        for (Candidate c : result.candidates()) {
            row(c.name() + (c == result.selected() ? " *" : ""), "dev", c.dev(), c.trainSeconds());
            c.held().forEach((name, e) -> row("", name, e, Double.NaN));
        }
        long bytes;
        try (Stream<Path> s = Files.walk(artifact)) {
            bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf(Locale.ROOT, "%nselected: %s (best dev macro-F1); encoding took %.1f s%n", result.selected().name(),
                result.encodeSeconds());
        System.out.printf(Locale.ROOT, "artifact: %s (%.1f KiB)%n", artifact, bytes / 1024.0);
    }

    private static void row(String name, String set, MultiLabelEvaluation e, double seconds) {
        List<LabelMetrics> l = e.perLabel();
        System.out.printf(Locale.ROOT, "%-18s %-10s %8.3f %8.3f %8.3f %8.3f %8.3f %8.3f %9s%n", name, set, e.macroF1(),
                l.get(0).f1(), l.get(1).f1(), l.get(2).f1(), e.eceUncalibrated(), e.ece(),
                Double.isNaN(seconds) ? "" : String.format(Locale.ROOT, "%.1f", seconds));
    }
}
