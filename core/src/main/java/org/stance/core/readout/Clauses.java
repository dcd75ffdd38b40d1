package org.stance.core.readout;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stance.core.party.Gazetteer;
import org.stance.core.party.PartyMention;

/** Shallow reading of one segment: its first verb of speech and the words before it (the subject). */
final class Clauses {
    private Clauses() {
    }

    /** Words that refer to the speaker when they are the subject of a verb of speech. */
    static final Set<String> SPEAKER_REFERENCES = Set.of("he", "she", "we", "i", "secretary", "minister", "spokesperson",
            "spokesman", "spokeswoman", "secretary-general", "representative", "president", "chancellor", "premier",
            "statement", "readout", "communique", "communiqué", "ministry", "department", "government", "council",
            "bloc", "envoy", "ambassador", "leader", "commission", "chair", "chairperson", "office", "administration",
            "foreign", "they", "our", "pope", "pontiff", "king", "emir", "sultan", "prince", "mediator", "mediators",
            "union", "delegation", "also", "sides", "two", "both", "parties", "excellency", "highness", "majesty",
            "ministers", "leaders", "counterparts", "members", "senator", "lord", "chairman",
            "secretariat", "presidency", "it", "sultanate", "kingdom", "mission", "community", "emirate", "organisation",
            "organization", "bloc's", "alliance", "coalition", "co-chairs", "quartet", "head", "eam", "advisor", "adviser",
            "commissioner", "coordinator", "rapporteur");

    record Reading(int verbAt, String verb, String subject, List<String> words) {
        boolean hasVerb() {
            return verbAt >= 0;
        }
    }

    static Reading read(String text) {
        return read(text, Set.of());
    }

    /** Reads a segment; verbs in {@code extra} also count as the verb (frame verbs, for speaker inference). */
    static Reading read(String text, Set<String> extra) {
        List<String> words = new java.util.ArrayList<>();
        // two-word speech acts read as one verb
        text = BIGRAMS.matcher(text).replaceAll(r -> r.group(1).toLowerCase(Locale.ROOT).startsWith("made") ? "clarified"
                : r.group(1).toLowerCase(Locale.ROOT).startsWith("went") ? "reviewed"
                : r.group(1).toLowerCase(Locale.ROOT).startsWith("tak") ? "noted" : "exchanged");
        Matcher m = SpeechActs.WORD.matcher(text);
        int verbAt = -1;
        String verb = "";
        int subjectEnd = 0;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (verbAt < 0 && (SpeechActs.PAST.contains(w) || extra.contains(w)
                    || words.isEmpty() && SpeechActs.PARTICIPLE.contains(w))) {
                verbAt = words.size();
                verb = w;
                subjectEnd = m.start();
            }
            words.add(w);
        }
        return new Reading(verbAt, verb, verbAt < 0 ? "" : text.substring(0, subjectEnd), words);
    }

    /** Mentions of parties other than the speaker in a piece of text, canonical names in order. */
    static List<String> others(Gazetteer g, String text, String speaker) {
        return g.find(text).stream().map(PartyMention::party).map(p -> p.name()).filter(n -> !n.equals(speaker))
                .distinct().toList();
    }

    static boolean mentions(Gazetteer g, String text, String speaker) {
        return !speaker.isEmpty() && g.find(text).stream().anyMatch(m -> m.party().name().equals(speaker));
    }

    /** "Meeting the M23 delegation, the Minister ...": the party of a leading participle is the addressee. */
    private static final Pattern LEADING_FRAME = Pattern.compile(
            "(?i)^\\s*(?:meeting|speaking\\s+(?:to|with)|receiving|addressing|welcoming|hosting|visiting|calling)\\b[^,]*,");
    private static final Pattern BIGRAMS = Pattern.compile("(?i)\\b(made\\s+clear|went\\s+over|exchanged\\s+views|tak(?:en|es)\\s+note)\\b");

    /** The subject without its prepositional phrases: "In a call with Jaishankar, Rubio" becomes ", Rubio". */
    static String stripObjects(String subject) {
        return LEADING_FRAME.matcher(subject).replaceFirst("").replaceAll("(?i)\\b(?:with|to|for|from|between|against|on|about|of|in|at|during|after|before|"
                + "ahead of|following|by)\\s+[^,]*", " ");
    }

    /** Like {@link #stripObjects} but keeps "of" phrases ("The members of the Security Council"). */
    static String stripObjectsKeepOf(String subject) {
        return LEADING_FRAME.matcher(subject).replaceFirst("").replaceAll("(?i)\\b(?:with|to|for|from|between|against|on|about|in|at|during|after|before|"
                + "ahead of|following|by)\\s+[^,]*", " ");
    }

    static final Pattern QUOTE_START = Pattern.compile("^[\"“‘']");
    /** "Question:", "Q:", "Anadolu Agency:" opening a journalist's question. */
    static final Pattern QUESTION_LABEL = Pattern.compile("^\\s*(?:Q|(?i:question)|AFP|Reuters|AP|Bloomberg|CNN|BBC|Xinhua|Kyodo|Yonhap|TASS|"
            + "RIA Novosti|Anadolu|Al Jazeera|CCTV|CGTN|NHK|Phoenix TV|China Daily|Global Times|[\\p{Lu}][\\p{L}.&'’ ]{1,40}(?:Agency|News|Press|TV|"
            + "Television|Radio|Times|Post|Daily|Reuters|AFP|Bloomberg|CNN|BBC|Xinhua|Kyodo|Yonhap|Sputnik|TASS|RIA))\\s*:\\s+\\S");
    /**
     * Who answers in a briefing transcript, before the answer: "Maria Zakharova: ...", "Shri Randhir Jaiswal:", "OFFICIAL
     * SPOKESPERSON, SHRI ARINDAM BAGCHI:" (a role and a comma may come first; "Arusha, Tanzania:" is no speaker).
     */
    static final Pattern SPEAKER_LABEL = Pattern.compile("^\\s*((?:(?:[\\p{Lu}][\\p{L}'’\\-]*\\s+){0,3}(?i:spokesperson|spokesman|"
            + "spokeswoman|minister|secretary|ambassador|representative),\\s+)?(?:[\\p{Lu}][\\p{L}.'’\\-]*\\s+){0,6}[\\p{Lu}][\\p{L}.'’\\-]*)"
            + "\\s*:(?:\\s+|$)");

    /** Which segments are a journalist's question: from a question label to its question mark. */
    static boolean[] questions(List<Segment> segments) {
        boolean[] out = new boolean[segments.size()];
        boolean inQuestion = false;
        for (int i = 0; i < segments.size(); i++) {
            String t = segments.get(i).text();
            if (QUESTION_LABEL.matcher(t).find() || inQuestion) {
                out[i] = true;
                inQuestion = !QUESTION.matcher(t).find();
            }
        }
        return out;
    }

    /** A question ("Question: ...?", "AFP: ...?"): in a briefing transcript, the journalist's. */
    static final Pattern QUESTION = Pattern.compile("\\?[\"”’]?\\s*$");
    static final Pattern ATTRIBUTION_TAIL = Pattern.compile("[,.!?][\"”’']?\\s+([^\"“”]{1,80}?)\\s+(?:said|says|added|wrote|told)\\b[^\"“”]*$");
}
