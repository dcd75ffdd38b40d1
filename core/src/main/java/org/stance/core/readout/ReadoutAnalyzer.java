package org.stance.core.readout;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stance.core.party.Gazetteer;
import org.stance.core.party.PartyMention;

/** Runs the stages in order: segment, resolve the speaker, tell statements from context, attribute parties. */
public final class ReadoutAnalyzer {
    private static final Pattern CANDIDATE_NAME = Pattern.compile(
            "\\b(?:with|to|told|urged|pressed|thanked|between|and|of|by)\\s+(?:the\\s+)?"
                    + "(?:(?:Prime|Foreign|Defen[cs]e|Interior|Minister|President|Secretary|General|Chancellor|King|Emir|"
                    + "Ambassador|Envoy|Sheikh|Sen\\.|Dr\\.|Mr\\.|Ms\\.|Mrs\\.)\\s+)*((?:\\p{Lu}[\\p{L}'’\\-]+\\s?){1,4})");
    /**
     * Capitalised words that name an office, a body, a document or a date, not anyone: "the Ministry of Foreign Affairs",
     * "the people and Government of Pakistan", "Member States", "in June". A candidate made of these words alone is not
     * reported; over the 1,276 gold readouts they were most of what was (State 48 times, Minister 46, Government 43).
     */
    private static final Set<String> GENERIC_WORDS = Set.of("State", "States", "Member", "Minister", "Ministers", "Ministry",
            "Government", "Governments", "President", "Presidential", "Affairs", "Foreign", "Republic", "Kingdom", "Ambassador",
            "Embassy", "Secretary", "Secretary-General", "Council", "Commission", "Assembly", "Parliament", "Court", "Justice",
            "Treaty", "Convention", "Constitution", "Charter", "Union", "Community", "Organization", "Organisation", "Head", "Heads",
            "Federal", "National", "Office", "Department", "Agency", "Agreement", "Interior", "Treasury", "Commerce", "Defence",
            "Defense", "Security", "Armed", "Forces", "Allies", "High", "Representative", "Personal", "Envoy", "Annex",
            "Understanding", "Conduct", "Emir", "King", "Prime", "General",
            "Sea", "Gulf", "Ocean", "North", "South", "East", "West", "Western", "Eastern", "Northern", "Southern", "European",
            "African", "Asian", "Arab", "Islamic", "Jewish", "Muslim", "Muslims", "Christian", "Christians", "Allied",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
            "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private final Gazetteer gazetteer;
    private final Segmenter segmenter;
    private final SpeakerResolver speakers;
    private final StatementDetector detector;
    private final PartyAttributor attributor;

    public ReadoutAnalyzer(Gazetteer gazetteer, Segmenter segmenter, SpeakerResolver speakers, StatementDetector detector,
                           PartyAttributor attributor) {
        this.gazetteer = gazetteer;
        this.segmenter = segmenter;
        this.speakers = speakers;
        this.detector = detector;
        this.attributor = attributor;
    }

    /** The default: the bundled learned models, over the rules, for clause splits, the speaker, statements and parties. */
    public static ReadoutAnalyzer standard(Gazetteer gazetteer) {
        return with(gazetteer, LearnedStatementDetector.bundled(gazetteer), LearnedPartyAttributor.bundled(gazetteer));
    }

    /** The rule-based pipeline throughout. */
    public static ReadoutAnalyzer rules(Gazetteer gazetteer) {
        return new ReadoutAnalyzer(gazetteer, new RuleSegmenter(), new RuleSpeakerResolver(gazetteer), new RuleStatementDetector(gazetteer),
                new RulePartyAttributor(gazetteer));
    }

    /**
     * The bundled segmenter; the speaker, statements and parties by the given models. A null model means the bundled
     * model of its stage.
     */
    public static ReadoutAnalyzer of(Gazetteer gazetteer, LogisticModel speaker, LogisticModel statements, LogisticModel attribution) {
        return of(gazetteer, null, speaker, statements, attribution);
    }

    /** As above, with the clause splits of the learned segmenter by {@code clauses} (null: the bundled model). */
    public static ReadoutAnalyzer of(Gazetteer gazetteer, LogisticModel clauses, LogisticModel speaker, LogisticModel statements,
                                     LogisticModel attribution) {
        Segmenter segmenter = clauses == null ? LearnedSegmenter.bundled() : new LearnedSegmenter(clauses);
        SpeakerResolver speakers = speaker == null ? LearnedSpeakerResolver.bundled(gazetteer) : new LearnedSpeakerResolver(gazetteer, speaker);
        StatementDetector detector = statements == null ? LearnedStatementDetector.bundled(gazetteer)
                : new LearnedStatementDetector(gazetteer, statements);
        PartyAttributor attributor = attribution == null ? LearnedPartyAttributor.bundled(gazetteer)
                : LearnedPartyAttributor.of(gazetteer, attribution);
        return new ReadoutAnalyzer(gazetteer, segmenter, speakers, detector, attributor);
    }

    /** The bundled speaker model; statements by the given detector and parties by the given attributor. */
    public static ReadoutAnalyzer with(Gazetteer gazetteer, StatementDetector detector, PartyAttributor attributor) {
        return with(gazetteer, LearnedSpeakerResolver.bundled(gazetteer), detector, attributor);
    }

    /** The bundled learned segmenter with the given stages. */
    public static ReadoutAnalyzer with(Gazetteer gazetteer, SpeakerResolver speakers, StatementDetector detector, PartyAttributor attributor) {
        return new ReadoutAnalyzer(gazetteer, LearnedSegmenter.bundled(), speakers, detector, attributor);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public Segmenter segmenter() {
        return segmenter;
    }

    public SpeakerResolver speakers() {
        return speakers;
    }

    public StatementDetector detector() {
        return detector;
    }

    public PartyAttributor attributor() {
        return attributor;
    }

    public ReadoutAnalysis analyze(Readout readout) {
        // a surname in one piece names the official whose full name another piece or the title gives
        try (Gazetteer.DocumentScope document = gazetteer.document(readout.title(), readout.text())) {
            return analyzeInScope(readout);
        }
    }

    private ReadoutAnalysis analyzeInScope(Readout readout) {
        List<Segment> segments = segmenter.segment(readout.text());
        String speaker = readout.speaker().filter(s -> !s.isBlank())
                .map(s -> gazetteer.resolve(s).map(p -> p.name()).orElse(s))
                .orElseGet(() -> speakers.resolve(readout.title(), readout.text(), segments));
        List<Boolean> statement = detector.detect(segments, speaker);
        List<List<String>> parties = attributor.attribute(segments, statement, speaker, readout.parties());
        List<AttributedStatement> statements = new ArrayList<>();
        List<Segment> context = new ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (int i = 0; i < segments.size(); i++) {
            if (statement.get(i)) {
                statements.add(new AttributedStatement(segments.get(i), parties.get(i)));
                unknown.addAll(unknownNames(segments.get(i).text()));
            } else {
                context.add(segments.get(i));
            }
        }
        return new ReadoutAnalysis(speaker, statements, context, new ArrayList<>(unknown));
    }

    /** Capitalised names after "with", "to", "told" ... that the gazetteer does not know. */
    private List<String> unknownNames(String text) {
        List<String> out = new ArrayList<>();
        // a part of a longer name the gazetteer knows is no unknown name ("the Democratic Republic of the Congo" gives
        // "Democratic Republic" after "the people of" and "Congo" after "of the")
        List<PartyMention> known = gazetteer.find(text);
        Matcher m = CANDIDATE_NAME.matcher(text);
        while (m.find()) {
            String name = m.group(1).strip();
            int start = m.start(1);
            int end = start + name.length();
            if (known.stream().anyMatch(k -> k.start() < end && start < k.end())) {
                continue;
            }
            // pronouns name no one, nor do words of offices, bodies and dates alone ("attempts by Western countries")
            if (gazetteer.find(name).isEmpty() && !name.matches("(?:The|He|She|They|It|We|This|That|His|Her)\\b.*")
                    && !onlyGenericWords(name)) {
                out.add(name);
            }
        }
        return out;
    }

    private static boolean onlyGenericWords(String name) {
        for (String word : name.split("\\s+")) {
            if (!GENERIC_WORDS.contains(word.replaceFirst("['’]s$", ""))) {
                return false;
            }
        }
        return true;
    }
}
