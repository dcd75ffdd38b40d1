package org.stance.core.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds near-duplicate statements: capitalised words and numbers are masked (so that a slot fill
 * that only swaps names collides), then word 3-gram shingles are compared by Jaccard similarity.
 */
public final class NearDuplicates {
    /** Pairs at or above this Jaccard similarity are near-duplicates. */
    public static final double THRESHOLD = 0.5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");

    public record Pair(LabeledStatement a, LabeledStatement b, double similarity) {
    }

    private NearDuplicates() {
    }

    static Set<String> shingles(String text) {
        List<String> toks = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String t = m.group();
            if (Character.isDigit(t.charAt(0))) {
                toks.add("<N>");
            } else if (Character.isUpperCase(t.charAt(0))) {
                toks.add("<P>");
            } else {
                toks.add(t.toLowerCase(Locale.ROOT));
            }
        }
        Set<String> out = new HashSet<>();
        if (toks.size() < 3) {
            out.add(String.join(" ", toks));
            return out;
        }
        for (int i = 0; i + 3 <= toks.size(); i++) {
            out.add(toks.get(i) + " " + toks.get(i + 1) + " " + toks.get(i + 2));
        }
        return out;
    }

    /** Every pair of statements whose similarity reaches the threshold. */
    public static List<Pair> find(List<LabeledStatement> statements) {
        List<Set<String>> sh = new ArrayList<>();
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            Set<String> s = shingles(statements.get(i).text());
            sh.add(s);
            for (String g : s) {
                index.computeIfAbsent(g, k -> new ArrayList<>()).add(i);
            }
        }
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            Map<Integer, Integer> common = new HashMap<>();
            for (String g : sh.get(i)) {
                for (int j : index.get(g)) {
                    if (j > i) {
                        common.merge(j, 1, Integer::sum);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> e : common.entrySet()) {
                int inter = e.getValue();
                double jac = inter / (double) (sh.get(i).size() + sh.get(e.getKey()).size() - inter);
                if (jac >= THRESHOLD) {
                    out.add(new Pair(statements.get(i), statements.get(e.getKey()), jac));
                }
            }
        }
        return out;
    }
}
