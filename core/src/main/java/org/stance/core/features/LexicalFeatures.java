package org.stance.core.features;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word unigram and bigram features of a statement. Capitalised words inside a sentence are masked
 * as {@value #NAME}: names of parties and officials are what changes between conflicts, so a model
 * that keys on them would not carry over to conflicts it never saw.
 */
public final class LexicalFeatures {
    public static final String NAME = "<name>";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    private LexicalFeatures() {
    }

    /** Normalised word tokens, names masked. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        boolean first = true;
        while (m.find()) {
            String w = m.group();
            if (Character.isDigit(w.charAt(0))) {
                out.add("<num>");
            } else if (!first && Character.isUpperCase(w.charAt(0))) {
                if (out.isEmpty() || !out.get(out.size() - 1).equals(NAME)) {
                    out.add(NAME);
                }
            } else {
                String t = w.toLowerCase(Locale.ROOT).replace('’', '\'');
                if (t.endsWith("'s")) {
                    t = t.substring(0, t.length() - 2);
                }
                out.add(t);
            }
            first = false;
        }
        return out;
    }

    /** The distinct feature names of a text: {@code w=<word>} and {@code b=<word> <word>}. */
    public static Set<String> of(String text) {
        List<String> toks = tokens(text);
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < toks.size(); i++) {
            out.add("w=" + toks.get(i));
            if (i + 1 < toks.size()) {
                out.add("b=" + toks.get(i) + " " + toks.get(i + 1));
            }
        }
        return out;
    }
}
