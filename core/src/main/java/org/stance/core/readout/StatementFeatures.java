package org.stance.core.readout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.stance.core.party.Gazetteer;

/**
 * What the learned statement detector sees of each segment, as binary features: the rules' decision for it
 * and for its neighbours (in a news story or not), its words and word pairs, its first words, whether the
 * speaker or another party is named in its first words, the noun the subject of its verb of speech rests on, quotes,
 * position and length, and whether it ends in a colon
 * (a line that introduces what follows: 90 of the 96 in the train readouts are context). The rules decide from
 * the first verb of speech and its subject; the words let a model learn which wordings the rules misread.
 * The detector and its trainer share this one definition.
 */
public final class StatementFeatures {
    private static final int HEAD_WORDS = 6;
    private final Gazetteer gazetteer;
    private final RuleStatementDetector ruleDetector;

    public StatementFeatures(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.ruleDetector = new RuleStatementDetector(gazetteer);
    }

    /**
     * The features of a second stage: each segment's own, plus the first stage's probability for it, for the
     * segments before and after it, and the share of the readout it finds to be statements. The rules' decisions
     * for the neighbours are already features; this lets the second stage see how sure the first was of them,
     * so that a run of statements carries a doubtful segment in it and a lone one in a news story's context does not.
     */
    public static List<Set<String>> withNeighbours(List<Set<String>> own, List<Double> firstStage) {
        int n = own.size();
        double share = firstStage.stream().filter(p -> p > 0.5).count() / (double) Math.max(n, 1);
        List<Set<String>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Set<String> f = new LinkedHashSet<>(own.get(i));
            String before = i > 0 ? Integer.toString(LogisticModel.bin(firstStage.get(i - 1), 4)) : "none";
            String after = i + 1 < n ? Integer.toString(LogisticModel.bin(firstStage.get(i + 1), 4)) : "none";
            int me = LogisticModel.bin(firstStage.get(i), 4);
            f.add("p1=" + LogisticModel.bin(firstStage.get(i), 10));
            f.add("p1_previous=" + before);
            f.add("p1_next=" + after);
            f.add("p1=" + me + "|previous=" + before);
            f.add("p1=" + me + "|next=" + after);
            f.add("share=" + LogisticModel.bin(share, 4));
            out.add(f);
        }
        return out;
    }

    /** One feature set per segment; {@code rules} holds the rules' decision for each. */
    public List<Set<String>> of(List<Segment> segments, List<Boolean> rules, String speaker) {
        boolean news = RuleStatementDetector.isNews(segments);
        List<Set<String>> out = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Set<String> f = new LinkedHashSet<>();
            String t = segments.get(i).text().strip();
            f.add("rule=" + rules.get(i));
            f.add("rule=" + rules.get(i) + "|news=" + news);
            f.add("previous=" + (i > 0 && rules.get(i - 1)));
            f.add("next=" + (i + 1 < segments.size() && rules.get(i + 1)));
            if (i == 0) {
                f.add("first");
            }
            if (i == segments.size() - 1) {
                f.add("last");
            }
            if (news) {
                f.add("news");
            }
            List<String> words = words(t);
            if (!words.isEmpty()) {
                f.add("w1=" + words.get(0));
            }
            if (words.size() > 1) {
                f.add("w12=" + words.get(0) + "_" + words.get(1));
            }
            words.forEach(w -> f.add("w=" + w));
            for (int k = 0; k + 1 < words.size(); k++) {
                f.add("b=" + words.get(k) + "_" + words.get(k + 1));
            }
            String[] tokens = t.split("\\s+");
            String head = String.join(" ", Arrays.copyOf(tokens, Math.min(HEAD_WORDS, tokens.length)));
            if (Clauses.mentions(gazetteer, head, speaker)) {
                f.add("speakerHead");
            }
            if (!Clauses.others(gazetteer, head, speaker).isEmpty()) {
                f.add("otherHead");
            }
            if (t.startsWith("\"") || t.startsWith("“")) {
                f.add("quoteStart");
            }
            if (t.contains("\"") || t.contains("“")) {
                f.add("quote");
            }
            Clauses.Reading reading = Clauses.read(t);
            String subject = ruleDetector.subjectClass(reading, t, speaker);
            String noun = subjectHead(reading);
            f.add("subject_head=" + noun);
            f.add("subject_head=" + noun + "|subject=" + subject);
            f.add("subject=" + subject);
            f.add("subject=" + subject + "|news=" + news);
            f.add("subject=" + subject + "|rule=" + rules.get(i));
            f.add("length=" + Math.min(6, words.size() / 8));
            if (t.endsWith(":")) {
                f.add("introduces");
            }
            out.add(f);
        }
        return out;
    }

    /**
     * The common noun a subject rests on ("The U.S. Embassy in Tegucigalpa": embassy; "Singapore's Maritime and Port
     * Authority": authority; "Obiang's lawyer, Emmanuel Marsigny": lawyer), or "name" when it is all names and titles,
     * "none" without a verb of speech. A speaker's capital or demonym in a subject does not make it the speaker's
     * government: media, lawyers, companies and foreign embassies are context.
     */
    static String subjectHead(String text) {
        return subjectHead(Clauses.read(text.strip()));
    }

    private static String subjectHead(Clauses.Reading r) {
        if (!r.hasVerb() || r.subject().isBlank()) {
            return "none";
        }
        String head = "name";
        for (String w : Clauses.stripObjects(r.subject()).split("[^\\p{L}'’]+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !HEAD_SKIP.contains(w)) {
                head = w;
            } else if (INSTITUTIONS.contains(w.toLowerCase(Locale.ROOT))) {
                head = w.toLowerCase(Locale.ROOT);
            }
        }
        return head;
    }

    /** Nouns of institutions, capitalised in their names ("the U.S. Embassy", "the Maritime and Port Authority"). */
    private static final java.util.Set<String> INSTITUTIONS = java.util.Set.of("embassy", "ministry", "office", "authority", "authorities",
            "agency", "council", "court", "commission", "department", "government", "service", "services", "parliament", "police",
            "army", "forces", "company", "bank", "party", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy");
    private static final java.util.Set<String> HEAD_SKIP = java.util.Set.of("the", "a", "an", "and", "its", "his", "her", "their", "our",
            "who", "which", "whose", "also", "has", "had", "have", "was", "were", "is", "are", "s");

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
