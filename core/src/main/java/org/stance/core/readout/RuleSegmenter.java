package org.stance.core.readout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits readouts into sentences, then sentences into clauses that carry a second speech act.
 *
 * <p>Sentence ends are [.!?] (with closing quotes and brackets) before white space and a capital,
 * digit or opening quote, except after titles and months ("Sen.", "Dr.", "Sept."), initials
 * ("Donald J. Trump") and dotted abbreviations ("U.S.") unless a typical sentence opener follows.
 * Line breaks always end a segment; a leading dateline ("ISLAMABAD, May 8 —") is a segment of its own.
 *
 * <p>Clause splits: before "while (also) ..." after a comma, after "; ", before ", and (he) called on ...",
 * before "and he urged ..." (a new subject), and before ", urging ...". A clause that shares its subject
 * without a comma stays whole, as the guide's "condemned the attack and offered condolences" does.
 */
public final class RuleSegmenter implements Segmenter {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gen", "lt", "col",
            "maj", "capt", "cpt", "gov", "pres", "prof", "st", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "jr", "sr", "vs", "adm", "sgt", "amb", "hon", "rev", "mt",
            "ft", "sec", "e.g", "i.e", "etc", "approx", "dept", "gens", "reps", "sens", "msgr", "cmdr", "brig", "corp", "co",
            "md", "mohd", "mme", "messrs", "cdr");
    private static final Set<String> OPENERS = Set.of("the", "he", "she", "it", "they", "we", "in", "on", "at", "this",
            "that", "both", "but", "a", "an", "his", "her", "their", "its", "officials", "during",
            "after", "before", "while", "speaking", "earlier", "later", "meanwhile", "separately", "there", "to", "i",
            "our", "my", "as", "for");
    /**
     * A dateline: where (and when, and by which agency) a story or release was written. The one reader of
     * datelines: the segmenter splits them off, the detector and the speaker resolver ask {@link #isDateline}.
     * "ISLAMABAD, May 8 (Reuters) —", "Valletta (dpa) -", "Addis Ababa - ", "Pretoria, 15 March 2025",
     * "Brussels, 07.08.2025", "Addis Ababa, 19 June 2025:", "Washington, D.C., March 18, 2025".
     */
    static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}'’./\\- ]{1,40}(?:,\\s*(?:\\d{1,2}\\s+)?[\\p{L}.'’ ]{1,30}?(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?){0,2}"
                    + "(?:\\s*\\([^)]{1,30}\\))?\\s*[—–-]{1,2}"
                    + "|^\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2}(?:,[^—–\\n(]{1,30}?)?(?:\\s*\\([\\p{L}]{2,10}\\))?\\s[—–-]{1,2}(?=\\s|$)"
                    + "|^\\p{Lu}[\\p{L}'’]+(?:[ -]\\p{Lu}?[\\p{L}'’]+){0,2}(?:,\\s*D\\.C\\.)?,\\s*(?:\\d{1,2}\\s+\\p{Lu}\\p{Ll}+\\.?,?\\s+\\d{4}"
                    + "|\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})(?:\\s*[:.])?(?=\\s*$|\\s+\\p{Lu})");

    /** Whether a whole segment is a dateline and nothing else. */
    static boolean isDateline(String segment) {
        String t = segment.strip();
        Matcher m = DATELINE.matcher(t);
        return m.lookingAt() && t.substring(m.end()).isBlank();
    }

    private static final Pattern CLAUSE = Pattern.compile(
            // "..., while (also) urging ...", "..., while it continues to ...": not "..., while Israeli strikes killed 20"
            "(?<=,)\\s+(?=while\\s+(?:also\\s+)?(?:\\p{L}+ing\\b|(?:he|she|it|they|we)\\s))"
                    + "|(?<=;)\\s+(?=\\S)"
                    + "|(?<=,)\\s+(?=(?:and|but)\\s+(?:also\\s+|then\\s+)?(?:(?:he|she|it|they|we|the\\s+\\w+)\\s+(?:also\\s+)?)?(?:%s)\\b)"
                    + "|\\s+(?=(?:and|but)\\s+(?:also\\s+|then\\s+)?(?:he|she|it|they|we|the\\s+\\w+)\\s+(?:also\\s+)?(?:%s)\\b)"
                    + "|(?<=,)\\s+(?=(?:also\\s+)?(?:%s)\\b)"
                    // "..., and we firmly oppose the United States meddling ...": the first person of a release, present tense
                    + "|(?<=,)\\s+(?=and\\s+(?:we|I)\\s+(?:also\\s+|\\w+ly\\s+){0,2}(?:urge|call\\s+(?:on|upon)|oppose|condemn|reject|welcome|"
                    + "reiterate|reaffirm|stress|demand|deplore|denounce|express|support|appeal\\s+to|warn)\\b)");

    private final Pattern clause;
    /** What comes before a list marker: the start of a line or a colon or semicolon (", and" allowed). */
    private static final Pattern LIST_LEAD = Pattern.compile("(?:^|[:;]|[:;,]\\s+and)\\s*$");
    private static final Pattern LIST_MARKER = Pattern.compile("(?:\\d{1,2}[.)]|(?<![\\p{L}.])(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\\.(?=\\s+\\p{Lu})|\\((?:[ivx]{1,4}|[a-h]|\\d{1,2})\\)|[-–•])\\s+\\S");

    private static final String ROMAN_START = "ivx";
    private static final Set<String> ROMAN = Set.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");

    /** Whether a list point ("2. ", "(iii) ") starts at {@code i}, after a colon or semicolon of the same line. */
    private static boolean listItemStarts(String text, int lineStart, int i) {
        if (!Character.isWhitespace(text.charAt(i - 1))) {
            return false;
        }
        Matcher m = LIST_MARKER.matcher(text).region(i, Math.min(text.length(), i + 8));
        return m.lookingAt() && LIST_LEAD.matcher(text.substring(lineStart, i)).find();
    }

    public RuleSegmenter() {
        String past = String.join("|", List.of("urged", "called", "expressed", "condemned", "offered", "pressed",
                "reiterated", "reaffirmed", "stressed", "emphasized", "emphasised", "underscored", "welcomed", "appealed",
                "demanded", "voiced", "conveyed", "asked", "encouraged", "warned", "extended", "praised", "thanked",
                "denounced", "deplored", "accused", "blamed", "held", "told", "pledged", "insisted", "rejected",
                "regretted", "lamented", "decried", "criticized", "criticised", "sent", "assured", "commended",
                "proposed", "cautioned", "hailed", "renewed", "requested", "invited", "backed", "supported",
                "promised", "vowed", "added", "said", "noted", "mourned", "paid", "wished", "announced", "hoped",
                "opposes", "urges", "calls", "welcomes", "condemns", "expresses", "stresses", "offered", "accused",
                "warned", "cautioned", "voiced", "reaffirmed", "raised", "agreed", "stressed", "reiterated", "hopes",
                "affirmed", "recalled", "supported", "encouraged", "told", "thanked", "praised", "pledged"));
        String ing = String.join("|", List.of("urging", "pressing", "expressing",
                "offering", "appealing", "demanding", "encouraging", "extending", "pledging", "conveying", "voicing", "adding",
                "noting", "stressing", "affirming", "reaffirming", "underscoring", "underlining", "emphasizing", "emphasising",
                "reiterating", "warning", "welcoming", "condemning", "insisting", "promising", "assuring",
                "recalling", "highlighting",
                // reported speech after a comma in news copy: ", saying Washington had ...", ", calling it ...", ", dismissing ..."
                "saying", "calling", "accusing", "describing", "telling", "dismissing", "rejecting", "denouncing", "blaming",
                "vowing", "cautioning", "arguing", "charging", "criticising", "criticizing", "branding"));
        this.clause = Pattern.compile(String.format(CLAUSE.pattern(), past, past, ing));
    }

    @Override
    public List<Segment> segment(String text) {
        return segment(text, RULES);
    }

    private void segmentLine(String text, int from, int to, List<Segment> out, ClauseDecider decider) {
        int s = skipSpace(text, from, to);
        if (s >= to) {
            return;
        }
        Matcher d = DATELINE.matcher(text.substring(s, to));
        if (d.find() && d.end() < to - s) {
            out.add(Segment.of(text, s, s + d.end()));
            s = skipSpace(text, s + d.end(), to);
        }
        int start = s;
        for (int i = s; i < to; i++) {
            if (i == start) {
                int question = questionEnd(text, start, to);
                if (question > start) {
                    out.add(Segment.of(text, start, trimEnd(text, start, question)));
                    start = skipSpace(text, question, to);
                    i = start - 1;
                    continue;
                }
            }
            char c = text.charAt(i);
            if (i > start && listItemStarts(text, start, i)) {
                // "the following points: 1. ...; 2. ...", "(ii) ...; and (iii) ...": each point is a segment
                int end = trimEnd(text, start, i);
                if (end > start) {
                    addClauses(text, start, end, out, decider);
                }
                start = i;
                continue;
            }
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < to && (text.charAt(end) == '"' || text.charAt(end) == '”' || text.charAt(end) == '’'
                        || text.charAt(end) == '\'' || text.charAt(end) == ')' || text.charAt(end) == '.')) {
                    end++;
                }
                int next = skipSpace(text, end, to);
                if (next == end || next >= to) {
                    continue;
                }
                if (isBoundary(text, start, i, next) && c != '…' && !isEllipsis(text, i) && !insideOpenQuote(text, start, end, to)) {
                    addClauses(text, start, end, out, decider);
                    start = next;
                    i = next - 1;
                }
            }
        }
        int end = trimEnd(text, start, to);
        if (end > start) {
            addClauses(text, start, end, out, decider);
        }
    }

    /**
     * Where a journalist's question that opens at {@code start} ("Q: ...", "QUESTION: ...") ends: at the label of the answer
     * that follows it on the same line ("... What is your response? Lin Jian: ..."), else after its last question mark, else
     * at the end of the line; -1 if no question opens there. The guide keeps a question whole, however many sentences it has
     * (208 of the 310 in train have more than one), so neither its sentences nor its clauses are split.
     */
    private static int questionEnd(String text, int start, int to) {
        // regions, not substrings: this is asked at every sentence start, and of every word start inside a question
        if (!Clauses.QUESTION_LABEL.matcher(text).region(start, to).lookingAt()) {
            return -1;
        }
        for (int k = start + 2; k < to; k++) {
            if (Character.isWhitespace(text.charAt(k - 1)) && !Character.isWhitespace(text.charAt(k))) {
                int prev = trimEnd(text, start, k);
                char p = text.charAt(prev - 1);
                if ((p == '?' || p == '.' || p == '!' || p == '"' || p == '”')
                        && Clauses.SPEAKER_LABEL.matcher(text).region(k, to).lookingAt()) {
                    return k;
                }
            }
        }
        // no label: an answer may follow the question mark unannounced ("Q: Will pilgrims go this year? Arrangements ...")
        int mark = text.lastIndexOf('?', to - 1);
        return mark > start ? mark + 1 : to;
    }

    /**
     * True inside a quotation that opened in this sentence and closes within the next 400 characters, unless a colon
     * introduced it: '"A. B," she said.' stays one statement with its attribution, but in 'The Foreign Secretary said:
     * "I condemn ... Our thoughts are with ... I call on ..."' each sentence is a statement of its own.
     */
    private static boolean insideOpenQuote(String text, int sentenceStart, int at, int lineEnd) {
        int quotes = 0;
        int opened = -1;
        for (int k = sentenceStart; k < at; k++) {
            char q = text.charAt(k);
            if (q == '"' || q == '“' || q == '”') {
                quotes++;
                opened = k;
            }
        }
        if (quotes % 2 == 0 || afterColon(text, sentenceStart, opened)) {
            return false;
        }
        int limit = Math.min(lineEnd, at + 400);
        for (int k = at; k < limit; k++) {
            char q = text.charAt(k);
            if (q == '"' || q == '”' || q == '“') {
                return true;
            }
        }
        return false;
    }

    private static boolean afterColon(String text, int from, int quote) {
        int k = quote - 1;
        while (k >= from && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k >= from && text.charAt(k) == ':';
    }

    private static boolean isEllipsis(String text, int i) {
        return i >= 2 && text.charAt(i - 1) == '.' && text.charAt(i - 2) == '.';
    }

    private static boolean isBoundary(String text, int sentenceStart, int dot, int next) {
        char n = text.charAt(next);
        // "... more than ever. (2) The two ministers ...": a numbered point opens a sentence (Japanese readouts number theirs so)
        // and so does a point numbered in Roman figures ("... a decade and a half. ii. The struggle ...", Pakistani notes)
        boolean point = (n == '(' || ROMAN_START.indexOf(n) >= 0)
                && LIST_MARKER.matcher(text).region(next, Math.min(text.length(), next + 8)).lookingAt();
        if (!(point || Character.isUpperCase(n) || Character.isDigit(n) || n == '"' || n == '“' || n == '\'' || n == '‘')) {
            return false;
        }
        if (text.charAt(dot) != '.') {
            return true;
        }
        int w = dot;
        while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
            w--;
        }
        String word = text.substring(w, dot).toLowerCase(Locale.ROOT);
        String nextWord = firstWord(text, next).toLowerCase(Locale.ROOT);
        if ((word.matches("\\d{1,2}") || ROMAN.contains(word)) && (w == sentenceStart || LIST_LEAD.matcher(text.substring(sentenceStart, w)).find())) {
            return false; // "1." opening a point of a list
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0)) && previousWordCapitalised(text, sentenceStart, w)) {
            return false; // an initial, as in "Donald J. Trump" (but "posted on X. He said" ends a sentence)
        }
        if (ABBREVIATIONS.contains(word)) {
            return false;
        }
        if (word.matches("(?:\\p{L}\\.)+\\p{L}")) {
            // U.S. / U.N.: a sentence ends here only if a typical opener follows
            return OPENERS.contains(nextWord);
        }
        return true;
    }

    private static boolean previousWordCapitalised(String text, int sentenceStart, int wordStart) {
        int e = wordStart - 1;
        while (e > sentenceStart && Character.isWhitespace(text.charAt(e))) {
            e--;
        }
        int b = e;
        while (b > sentenceStart && !Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return e >= b && b < text.length() && Character.isUpperCase(text.charAt(b));
    }

    private static String firstWord(String text, int at) {
        int i = at;
        while (i < text.length() && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return text.substring(i, j);
    }

    /**
     * Decides each candidate clause split of a sentence: the rules' own decision is given, and a learned splitter may
     * overrule it.
     */
    public interface ClauseDecider {
        /**
         * @param sentence the sentence
         * @param offset where the sentence begins in the text
         * @param at where the separator (comma, semicolon or the space before "and"/"but") begins
         * @param next where the second piece would begin
         * @param rule whether the rules split here
         */
        boolean split(String sentence, int offset, int at, int next, boolean rule);
    }

    /** Every candidate split point of a sentence: after a comma or semicolon, before "and" or "but". */
    static final Pattern CANDIDATE = Pattern.compile("[,;](?=\\s+\\S)|\\s+(?=(?:and|but)\\s)");

    private static final ClauseDecider RULES = (sentence, offset, at, next, rule) -> rule;

    /** The segments, with each candidate clause split decided by {@code decider}. */
    public List<Segment> segment(String text, ClauseDecider decider) {
        List<Segment> out = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                segmentLine(text, lineStart, i, out, decider);
                lineStart = i + 1;
            }
        }
        return out;
    }

    private void addClauses(String text, int start, int end, List<Segment> out, ClauseDecider decider) {
        String sentence = text.substring(start, end);
        // where the rules split: the start of the second piece
        Set<Integer> ruleSplits = new HashSet<>();
        Matcher m = clause.matcher(sentence);
        int s = 0;
        while (m.find()) {
            // both sides must be long enough to be a statement of their own
            if (words(sentence, s, m.start()) >= 4 && words(sentence, m.end(), sentence.length()) >= 3
                    && !insideQuote(sentence, m.start())) {
                ruleSplits.add(m.end());
                s = m.end();
            }
        }
        Map<Integer, Integer> candidates = new TreeMap<>(); // next -> at, in order
        Matcher c = CANDIDATE.matcher(sentence);
        while (c.find()) {
            int next = skipSpace(sentence, c.end(), sentence.length());
            candidates.putIfAbsent(next, c.start());
        }
        for (int r : ruleSplits) {
            candidates.putIfAbsent(r, r);
        }
        s = 0;
        for (var e : candidates.entrySet()) {
            int next = e.getKey();
            if (next <= s || next >= sentence.length()) {
                continue;
            }
            boolean rule = ruleSplits.contains(next);
            if (decider.split(sentence, start, e.getValue(), next, rule)
                    && (rule || words(sentence, s, e.getValue()) >= 3 && words(sentence, next, sentence.length()) >= 3)) {
                int cut = trimEnd(sentence, s, next);
                out.add(Segment.of(text, start + s, start + cut));
                s = next;
            }
        }
        int e = trimEnd(sentence, s, sentence.length());
        if (e > s) {
            out.add(Segment.of(text, start + s, start + e));
        }
    }

    /** Whether an odd number of double quotes opens before {@code at}. */
    static boolean insideQuote(String s, int at) {
        int quotes = 0;
        for (int i = 0; i < at; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    private static int words(String s, int from, int to) {
        int n = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
