package org.stance.core.readout;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The named binary features of one candidate clause split (after a comma or semicolon, before "and" or "but"), for
 * the learned segmenter: the separator, the words on either side of it, whether a verb of speech follows within a
 * few words or came before in the sentence, how long each side is, and whether the rules split there. The guide
 * splits a sentence where it carries a second speech act (", and he confirmed that ...", ", saying ...", ", but
 * made clear ..."), not where a list or a second object continues the first.
 */
public final class ClauseFeatures {
    private static final Set<String> SPEECH = Set.of("said", "says", "urged", "called", "stressed", "added", "noted", "warned",
            "expressed", "told", "reaffirmed", "reiterated", "welcomed", "condemned", "underlined", "underscored", "emphasised",
            "emphasized", "confirmed", "stated", "described", "accused", "asked", "pressed", "insisted", "conveyed", "assured",
            "voiced", "praised", "thanked", "rejected", "hoped", "proposed", "suggested", "pledged", "agreed", "made", "repeated",
            "appealed", "affirmed", "recalled", "highlighted", "acknowledged", "welcomes", "calls", "urges", "condemns",
            "stresses", "expresses", "reaffirms", "reiterates", "supports", "encourages", "invites", "regrets", "holds");

    private ClauseFeatures() {
    }

    /**
     * @param sentence the sentence
     * @param at where the separator begins
     * @param next where the second piece would begin
     * @param rule whether the rules split there
     */
    public static Set<String> of(String sentence, int at, int next, boolean rule) {
        char c = sentence.charAt(at);
        String sep = c == ',' ? "," : c == ';' ? ";" : "sp";
        List<String> after = words(sentence.substring(next));
        List<String> before = words(sentence.substring(0, at));
        String a1 = word(after, 0);
        String a2 = word(after, 1);
        String a3 = word(after, 2);
        String b1 = before.isEmpty() ? "" : before.get(before.size() - 1);
        boolean speechAfter = after.stream().limit(5).anyMatch(SPEECH::contains);
        boolean speechBefore = before.stream().anyMatch(SPEECH::contains);
        int commas = 0;
        for (int i = 0; i < at; i++) {
            if (sentence.charAt(i) == ',') {
                commas++;
            }
        }
        Set<String> f = new LinkedHashSet<>();
        f.add("sep=" + sep);
        f.add("a1=" + a1);
        f.add("a1a2=" + a1 + "_" + a2);
        f.add("sep_a1=" + sep + a1);
        f.add("a2=" + a2);
        f.add("a2suf=" + suffix(a2));
        f.add("a1suf=" + suffix(a1));
        f.add("a1=" + a1 + "|a2suf=" + suffix(a2));
        f.add("b1=" + b1);
        f.add("speechAfter=" + speechAfter + "|a1=" + a1);
        f.add("speechAfter=" + speechAfter + "|speechBefore=" + speechBefore);
        f.add("a2speech=" + SPEECH.contains(a2) + "|a1=" + a1);
        f.add("a3speech=" + SPEECH.contains(a3) + "|a1=" + a1);
        f.add("a1speech=" + SPEECH.contains(a1));
        f.add("lenb=" + Math.min(before.size() / 6, 5));
        f.add("lena=" + Math.min(after.size() / 6, 5));
        f.add("thatAfter=" + after.stream().limit(6).anyMatch("that"::equals) + "|a1=" + a1);
        f.add("commas=" + Math.min(commas, 3));
        f.add("quote=" + RuleSegmenter.insideQuote(sentence, at));
        // the rules' decision, alone and with the words that follow
        f.add("rule=" + rule);
        f.add("rule=" + rule + "|a1=" + a1);
        f.add("rule=" + rule + "|sep_a1=" + sep + a1);
        return f;
    }

    private static String word(List<String> words, int i) {
        return words.size() > i ? words.get(i) : "";
    }

    private static String suffix(String w) {
        return w.endsWith("ed") ? "ed" : w.endsWith("ing") ? "ing" : w.endsWith("s") ? "s" : "x";
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’-]+")) {
            if (!w.isBlank()) {
                out.add(w);
            }
        }
        return out;
    }
}
