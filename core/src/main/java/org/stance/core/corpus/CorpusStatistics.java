package org.stance.core.corpus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.stance.core.StanceLabel;

/** The figures the corpus is held to, computed from a loaded corpus. */
public record CorpusStatistics(int statements, Map<Split, Integer> statementsPerSplit,
                               Map<Split, Map<String, Integer>> labelsPerSplit, Map<String, Integer> labelPositives,
                               int multiLabel, int noLabel, Set<String> conflicts, Map<Split, Set<String>> conflictsPerSplit,
                               Set<String> speakers, Set<String> speakerRoles, int readouts,
                               Map<Split, Integer> readoutsPerSplit, int readoutStatementSpans, int readoutContextSpans,
                               int readoutMinWords, int readoutMaxWords, int gazetteerParties, int gazetteerStates,
                               int nearDuplicatePairs, int crossSplitNearDuplicates, Set<String> conflictsInTwoSplits,
                               Map<Split, Set<String>> readoutConflictsPerSplit) {

    public static CorpusStatistics of(Corpus corpus) {
        Map<Split, Integer> perSplit = new EnumMap<>(Split.class);
        Map<Split, Map<String, Integer>> labelsPerSplit = new EnumMap<>(Split.class);
        Map<String, Integer> positives = new LinkedHashMap<>();
        StanceLabel.ids().forEach(l -> positives.put(l, 0));
        Set<String> conflicts = new TreeSet<>();
        Map<Split, Set<String>> conflictsPerSplit = new EnumMap<>(Split.class);
        Set<String> speakers = new TreeSet<>();
        Set<String> roles = new TreeSet<>();
        int total = 0;
        int multi = 0;
        int none = 0;
        List<LabeledStatement> all = new ArrayList<>();
        Map<String, Split> splitOf = new java.util.HashMap<>();
        for (Split split : Split.values()) {
            List<LabeledStatement> ss = corpus.statements(split);
            perSplit.put(split, ss.size());
            Map<String, Integer> counts = new LinkedHashMap<>();
            StanceLabel.ids().forEach(l -> counts.put(l, 0));
            counts.put("none", 0);
            Set<String> splitConflicts = new TreeSet<>();
            for (LabeledStatement s : ss) {
                total++;
                all.add(s);
                splitOf.put(s.id(), split);
                s.labels().forEach(l -> {
                    counts.merge(l.id(), 1, Integer::sum);
                    positives.merge(l.id(), 1, Integer::sum);
                });
                if (s.labels().isEmpty()) {
                    none++;
                    counts.merge("none", 1, Integer::sum);
                }
                if (s.labels().size() >= 2) {
                    multi++;
                }
                conflicts.add(s.conflict());
                splitConflicts.add(s.conflict());
                if (!s.speaker().isEmpty()) {
                    speakers.add(s.speaker());
                }
                if (!s.speakerRole().isEmpty()) {
                    roles.add(s.speakerRole());
                }
            }
            labelsPerSplit.put(split, counts);
            conflictsPerSplit.put(split, splitConflicts);
        }
        Map<String, Set<Split>> conflictSplits = new TreeMap<>();
        conflictsPerSplit.forEach((split, cs) -> cs.forEach(c -> conflictSplits.computeIfAbsent(c, k -> new TreeSet<>()).add(split)));
        Map<Split, Integer> readoutsPerSplit = new EnumMap<>(Split.class);
        int readouts = 0;
        int st = 0;
        int ctx = 0;
        int minW = Integer.MAX_VALUE;
        int maxW = 0;
        Map<Split, Set<String>> readoutConflicts = new EnumMap<>(Split.class);
        for (Split split : Split.values()) {
            List<GoldReadout> rs = corpus.readouts(split);
            Set<String> rc = new TreeSet<>();
            rs.forEach(r -> rc.add(r.conflict()));
            readoutConflicts.put(split, rc);
            readoutsPerSplit.put(split, rs.size());
            readouts += rs.size();
            for (GoldReadout r : rs) {
                conflictSplits.computeIfAbsent(r.conflict(), k -> new TreeSet<>()).add(split);
                int words = r.text().strip().split("\\s+").length;
                minW = Math.min(minW, words);
                maxW = Math.max(maxW, words);
                for (GoldSpan s : r.spans()) {
                    if (s.isStatement()) {
                        st++;
                    } else {
                        ctx++;
                    }
                }
            }
        }
        List<NearDuplicates.Pair> dups = NearDuplicates.find(all);
        int cross = (int) dups.stream().filter(p -> splitOf.get(p.a().id()) != splitOf.get(p.b().id())).count();
        Set<String> leaking = new TreeSet<>();
        conflictSplits.forEach((c, s) -> {
            if (s.size() > 1) {
                leaking.add(c);
            }
        });
        int states = (int) corpus.gazetteer().parties().stream().filter(p -> p.isState()).count();
        return new CorpusStatistics(total, perSplit, labelsPerSplit, positives, multi, none, conflicts,
                conflictsPerSplit, speakers, roles, readouts, readoutsPerSplit, st, ctx,
                readouts == 0 ? 0 : minW, maxW, corpus.gazetteer().size(), states, dups.size(), cross, leaking,
                readoutConflicts);
    }

    public double noLabelShare() {
        return statements == 0 ? 0 : noLabel / (double) statements;
    }

    /** The targets, each with whether it is met. */
    public Map<String, Boolean> targets() {
        Map<String, Boolean> t = new LinkedHashMap<>();
        t.put("at least 2,000 statements", statements >= 2000);
        t.put("at least 15 conflicts", conflicts.size() >= 15);
        t.put("at least 20 speakers", speakers.size() >= 20);
        labelPositives.forEach((l, n) -> t.put("at least 400 " + l, n >= 400));
        t.put("at least 200 with two or three labels", multiLabel >= 200);
        t.put("at least 35% with no label", noLabelShare() >= 0.35);
        t.put("no near-duplicate pairs", nearDuplicatePairs == 0);
        t.put("splits grouped by conflict", conflictsInTwoSplits.isEmpty());
        t.put("at least 80 gold readouts", readouts >= 80);
        t.put("readouts of 80 to 300 words", readouts > 0 && readoutMinWords >= 80 && readoutMaxWords <= 300);
        t.put("at least 193 states in the gazetteer", gazetteerStates >= 193);
        return t;
    }

    /** A plain-text table of every figure and target. */
    public String render() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("statements: %d (train %d, dev %d, test %d)%n", statements,
                statementsPerSplit.get(Split.TRAIN), statementsPerSplit.get(Split.DEV), statementsPerSplit.get(Split.TEST)));
        b.append(String.format("%-8s %15s %12s %12s %8s%n", "split", "de-escalatory", "accusatory", "condolence", "none"));
        labelsPerSplit.forEach((split, c) -> b.append(String.format("%-8s %15d %12d %12d %8d%n",
                split.name().toLowerCase(java.util.Locale.ROOT), c.get("de-escalatory"), c.get("accusatory"),
                c.get("condolence"), c.get("none"))));
        b.append(String.format("positives: %s; two or three labels: %d; no label: %d (%.1f%%)%n", labelPositives,
                multiLabel, noLabel, 100 * noLabelShare()));
        b.append(String.format("conflicts of the statements: %d %s%n", conflicts.size(), conflictsPerSplit));
        b.append(String.format("speakers: %d; speaker roles: %d %s%n", speakers.size(), speakerRoles.size(), speakerRoles));
        b.append(String.format("gold readouts: %d (train %d, dev %d, test %d); statement spans %d, context spans %d; %d to %d words%n",
                readouts, readoutsPerSplit.get(Split.TRAIN), readoutsPerSplit.get(Split.DEV), readoutsPerSplit.get(Split.TEST),
                readoutStatementSpans, readoutContextSpans, readoutMinWords, readoutMaxWords));
        b.append(String.format("conflicts of the gold readouts: train %d, dev %d, test %d%n", readoutConflictsPerSplit.get(Split.TRAIN).size(),
                readoutConflictsPerSplit.get(Split.DEV).size(), readoutConflictsPerSplit.get(Split.TEST).size()));
        b.append(String.format("gazetteer: %d parties, %d states%n", gazetteerParties, gazetteerStates));
        b.append(String.format("near-duplicate pairs: %d (across splits: %d); conflicts in two splits: %s%n",
                nearDuplicatePairs, crossSplitNearDuplicates, conflictsInTwoSplits));
        b.append("targets:\n");
        targets().forEach((k, v) -> b.append(String.format("  [%s] %s%n", v ? "met" : "NOT MET", k)));
        return b.toString();
    }
}
