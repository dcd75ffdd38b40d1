package org.stance.core.readout;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stance.core.party.Gazetteer;
import org.stance.core.party.PartyMention;

/**
 * Party attribution by the rules of the annotation guide:
 * <ul>
 *   <li>call and meeting frames ("in a call with X", "To X,", "told X", "separate calls with X and Y")
 *       set the parties of the call being described; a statement naming no party keeps them;</li>
 *   <li>a statement that names parties (by name, official, capital or demonym) goes to those it
 *       names, so blame of a named third party inside a call goes to that third party;</li>
 *   <li>"both sides", "all parties", "the two countries" mean the parties of the readout's conflict
 *       (the parties of its call frames, else the states it names);</li>
 *   <li>the speaker is never a party of its own statements; organizations named only as a venue
 *       or a framework ("at the UN", "under the UN charter") do not count.</li>
 * </ul>
 */
public final class RulePartyAttributor implements PartyAttributor {
    private static final Pattern FRAME = Pattern.compile(
            "(?i)\\b(?:calls?|conversations?|meetings?|talks|spoke|speaking|talked|met|meeting|discussions?|phone|told|"
                    + "telephoned|phoned|contacts?|exchange|sessions?|bilateral)\\b(?:\\s+\\w+){0,3}?\\s+(?:with|to)\\s+"
                    + "|^\\s*(?:to|with)\\s+(?=[\\p{Lu}])|\\btold\\s+(?=[\\p{Lu}])|\\bhis\\s+\\p{L}+\\s+counterpart\\b|"
                    + "\\bher\\s+\\p{L}+\\s+counterpart\\b");
    private static final Pattern BOTH = Pattern.compile(
            "(?i)\\b(?:both|the two|all the|all)\\s+(?:sides|parties|countries|nations|governments|neighbou?rs|capitals|"
                    + "leaders|states|militaries|armies|belligerents|warring parties|sides')\\b|\\bboth\\s+(?:of them|sides)\\b|"
                    + "\\beach other\\b|\\bthe warring parties\\b|\\bthe parties\\b");
    private static final Pattern VENUE = Pattern.compile(
            "(?i)(?:\\b(?:at|in|under|through|via|before|to|of|by|with the support of|within|under the auspices of)\\s+the\\s*$"
                    + "|\\b(?:at|under|through|via|within)\\s*$)");
    private final Gazetteer gazetteer;

    public RulePartyAttributor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<List<String>> attribute(List<Segment> segments, List<Boolean> statement, String speaker, List<String> given) {
        List<String> conflictParties = conflictParties(segments, speaker, given);
        List<List<String>> out = new ArrayList<>();
        List<String> frame = List.of();
        for (int i = 0; i < segments.size(); i++) {
            String text = segments.get(i).text();
            List<String> framed = frameParties(text, speaker);
            if (!framed.isEmpty()) {
                frame = framed;
            }
            if (!statement.get(i)) {
                out.add(List.of());
                continue;
            }
            Set<String> parties = new LinkedHashSet<>(named(text, speaker));
            if (BOTH.matcher(text).find()) {
                parties.addAll(conflictParties);
            }
            if (parties.isEmpty()) {
                parties.addAll(frame);
            }
            if (parties.isEmpty() && conflictParties.size() == 1) {
                parties.addAll(conflictParties);
            }
            List<String> result = new ArrayList<>(parties);
            if (!given.isEmpty()) {
                result.retainAll(given);
            }
            out.add(result);
        }
        return out;
    }

    /** Parties a segment names, the speaker and venue-only organizations left out. */
    List<String> named(String text, String speaker) {
        Set<String> out = new LinkedHashSet<>();
        for (PartyMention m : gazetteer.find(text)) {
            String name = m.party().name();
            if (name.equals(speaker)) {
                continue;
            }
            if (!m.party().isState()) {
                String before = text.substring(0, m.start());
                if (VENUE.matcher(before).find() || text.startsWith("-", m.end()) && !text.startsWith("-based", m.end())) {
                    continue;
                }
            }
            out.add(name);
        }
        return new ArrayList<>(out);
    }

    private List<String> frameParties(String text, String speaker) {
        Matcher m = FRAME.matcher(text);
        Set<String> out = new LinkedHashSet<>();
        while (m.find()) {
            int end = clauseEnd(text, m.end());
            for (PartyMention pm : gazetteer.find(text.substring(m.end(), end))) {
                if (!pm.party().name().equals(speaker)) {
                    out.add(pm.party().name());
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** The end of the noun phrase list after "with": the next comma not followed by a name, or a verb. */
    private static int clauseEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
                    || c == ';' || c == ':') {
                return i;
            }
            if (c == ',') {
                String rest = text.substring(i + 1).stripLeading();
                if (rest.startsWith("and ") || rest.isEmpty() || !Character.isUpperCase(rest.charAt(0))) {
                    return i;
                }
            }
            String tail = text.substring(i).toLowerCase(Locale.ROOT);
            if (i > from && (tail.startsWith(" about ") || tail.startsWith(" on ") || tail.startsWith(" to discuss")
                    || tail.startsWith(" regarding ") || tail.startsWith(" that ") || tail.startsWith(" after ")
                    || tail.startsWith(" amid ") || tail.startsWith(" following "))) {
                return i;
            }
            i++;
        }
        return text.length();
    }

    /** The parties of the readout's conflict: given ones, else those of call frames, else the states named. */
    List<String> conflictParties(List<Segment> segments, String speaker, List<String> given) {
        if (!given.isEmpty()) {
            return given;
        }
        Set<String> framed = new LinkedHashSet<>();
        Set<String> states = new LinkedHashSet<>();
        for (Segment s : segments) {
            framed.addAll(frameParties(s.text(), speaker));
            for (PartyMention m : gazetteer.find(s.text())) {
                if (m.party().isState() && !m.party().name().equals(speaker)) {
                    states.add(m.party().name());
                }
            }
        }
        if (framed.size() >= 2) {
            return new ArrayList<>(framed);
        }
        if (framed.size() == 1) {
            // a one-party call: "both sides" means that party and the other state named most
            Set<String> out = new LinkedHashSet<>(framed);
            states.stream().filter(s -> !framed.contains(s)).findFirst().ifPresent(out::add);
            return new ArrayList<>(out);
        }
        return new ArrayList<>(states).subList(0, Math.min(2, states.size()));
    }
}
