package org.stance.core.readout;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stance.core.party.Gazetteer;
import org.stance.core.party.MentionKind;
import org.stance.core.party.Party;
import org.stance.core.party.PartyMention;

/**
 * Party attribution by the rules of the annotation guide, tried in order for each statement:
 * <ol>
 *   <li>"between X and Y" gives X and Y;</li>
 *   <li>the objects of a demand, warning or address ("urged Pakistan to", "told Jaishankar",
 *       "called on Beijing") are the parties;</li>
 *   <li>the accused of a condemnation or accusation ("condemned China's manoeuvres", "attacks by the
 *       ELN") are the parties, victims and places ("against Philippine vessels", "into Guyanese
 *       waters") are not; blame with no named culprit stays with the party addressed;</li>
 *   <li>"to X" after words of sorrow, sympathy or support, and a leading "To X," give X;</li>
 *   <li>"both sides" as the subject ("Both sides agreed") means the parties of the call; elsewhere
 *       ("urged both sides") the parties of the readout's conflict;</li>
 *   <li>otherwise the parties the statement names, preferring the party of the call when it is
 *       among them; a statement naming none keeps the party of the call being described.</li>
 * </ol>
 * The speaker is never a party of its own statements; capitals used as venues or names of
 * agreements ("In Beijing,", "the Pretoria agreement") and organizations named as a framework
 * ("the UN Charter", "Security Council resolutions") do not count.
 */
public final class RulePartyAttributor implements PartyAttributor {
    private static final String NAMES = "((?:[^,.;:]|,(?=\\s*(?:and\\s+)?(?-i:\\p{Lu})))*?)";
    private static final Pattern FRAME = Pattern.compile(
            "(?i)\\b(?:calls?|conversations?|meetings?|spoke|speaking|talked|talking|met|meeting|phone|telephone|talk|"
                    + "videoconference|video\\s+call|"
                    + "telephoned|phoned|sessions?|bilateral|message|letter|received|"
                    + "hosted|visit|visited|sat|conferred|consulted)\\b(?:\\s+[\\w'’]+){0,3}?\\s+(?:with|to|from)\\s+"
                    // a name or its article next: "calls by legislators to abandon the Pact of Bogotá" frames no call
                    + "(?=(?:the|his|her|their|its|a|an|our|my)\\b|(?-i:\\p{Lu}))"
                    + "|\\b(?:held|holds|holding|hold)\\s+(?:\\w+\\s+){0,2}?talks\\s+(?:\\w+\\s+){0,3}?with\\s+"
                    + "|\\bmet\\s+(?:with\\s+)?(?=(?:the\\s+|his\\s+|her\\s+)?(?-i:\\p{Lu}))"
                    + "|^\\s*(?:to|with)\\s+(?:the\\s+)?(?=(?-i:\\p{Lu}))|^\\s*meeting\\s+(?=(?:the\\s+)?(?-i:\\p{Lu}))|\\btold\\s+(?=(?:the\\s+|his\\s+|her\\s+)?(?-i:\\p{Lu}))|\\bcounterparts?,?\\s+(?=(?-i:\\p{Lu}))"
                    + "|\\b(?:received|hosted|welcomed)\\s+(?=(?:the\\s+)?(?-i:\\p{Lu})[\\p{L}.\\-]*+(?!['’]s\\b))|\\bvisit(?:ed|ing)?\\s+(?:to\\s+)?(?=(?-i:\\p{Lu}))");
    /** A sentence that describes a call or meeting without the "with X" the frame pattern reads its party from. */
    private static final Pattern MEETING = Pattern.compile("(?i)\\b(?:talks|conversation|call|meeting|consultations)\\b[^.;]{0,80}?"
            + "\\b(?:took\\s+place|was\\s+held|were\\s+held|between)\\b|\\b(?:spoke|talked|conferred)\\s+(?:by\\s+(?:tele)?phone|on\\s+the\\s+"
            + "(?:tele)?phone)\\b|\\b(?:received|receives|receiving)\\b|\\b(?:held|had|holds|has)\\s+(?:a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,3}?"
            + "(?:talks?|conversation|call|meeting|session)\\b|\\bwas\\s+contacted\\b|\\b(?:telephoned|phoned)\\b");
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\bbetween\\s+" + NAMES + "(?=[,.;:]|\\s+(?:to|on|over|in|that|is|are|was|were|would|will)\\b|$)");
    private static final Pattern DEMAND = Pattern.compile(
            "(?i)\\b(?:urged|urging|urges|called\\s+(?:on|upon)|calling\\s+(?:on|upon)|calls\\s+(?:on|upon)|pressed|pressing|"
                    + "asked|asking|told|telling|warned|warning|warns|appealed\\s+to|appealing\\s+to|encouraged|encouraging|"
                    + "requested|invited|reminded|implored|exhorted|pushed|demanded\\s+that|insisted\\s+that|challenged|expected|"
                    + "assured|assuring|reassured|thanked|thanking|congratulated|commended|praised|briefed|informed|"
                    + "expects|want(?:s|ed)?|need(?:s|ed)?)\\s+"
                    + "(?!(?:of|for|on|in|at|from|with|about)\\b)(?:the\\s+)?" + NAMES + "(?=\\s+(?:to|that|not|against|of|for|on)\\b|(?:,(?!\\s*(?:and\\s+)?(?-i:\\p{Lu}))|[.;])|$)");
    /** "the need for Cuba to send ...", "repeated his call for Hamas to release ...": a demand put as a noun. */
    private static final Pattern DEMAND_FOR = Pattern.compile("(?i)\\b(?:need|needed|calls?|called|calling|appeals?|appealed|pressed|"
            + "pushed|asked|imperative|important|essential|necessary|time)\\s+for\\s+(?:the\\s+)?" + NAMES + "(?=\\s+to\\b)");
    private static final Pattern DEMAND_OF_GROUP = Pattern.compile(
            "(?i)\\b(?:urged|urging|urges|called\\s+(?:on|upon)|calling\\s+(?:on|upon)|calls\\s+(?:on|upon)|pressed|pressing|asked|told|"
                    + "warned|appealed\\s+to|encouraged)\\s+(?:the\\s+)?[^,.;]{0,60}?(?:\\s+of|,\\s+(?:in\\s+particular|notably|especially|"
                    + "including))\\s+(?:the\\s+)?" + NAMES + "(?=,?\\s+(?:to|not)\\b)");
    private static final Pattern MODAL_DEMAND = Pattern.compile(
            "(?:^|(?i:\\b(?:that|said|says|added|stressed|insisted|warned|argued|believed|believes))\\s+|,\\s+)"
                    + "((?:(?-i:\\p{Lu})[\\p{L}'’.\\-]*\\s*){1,4})\\s+(?i:must|should|needs?\\s+to|has\\s+to|have\\s+to|ought\\s+to)\\b");
    private static final Pattern HOPE = Pattern.compile(
            "(?i)\\b(?:hopes?|hoped|expects?|wants?|wanted|trusts?|trusted|counts?\\s+on|counted\\s+on)\\s+(?:that\\s+)?"
                    + NAMES + "(?=\\s+(?:will|would|can|could|should|must|to|shall)\\b)");
    private static final Pattern CONTINUES_DEMAND = Pattern.compile("(?i)^\\s*(?:and|or|but)\\s+(?:also\\s+)?(?:not\\s+)?to\\b|^\\s*and\\s+that\\b");
    private static final Pattern PLACE_NAME_AFTER = Pattern.compile("^\\s+(?:Columbia|Ocean|Sea|Gulf|Peninsula|Plateau|Highlands|Basin|"
            + "Polynesia|Guiana|Riviera|Alps|Canal|Channel|Desert|Airlines|Airways|"
            // a building or institution named with a demonym ("the Saudi Maternity Hospital" in El Fasher) is a place
            + "Maternity|Hospital|University|College|School|Airport|Mosque|Church|Cathedral|Museum|Stadium)\\b");
    /** "voiced concern that Algeria continues to imprison ...": the subject of what worries the speaker is accused. */
    private static final Pattern CONCERN_THAT = Pattern.compile("(?i)\\b(?:concerns?|alarm|dismay|outrage|concerned|alarmed|troubled|"
            + "dismayed|disturbed|worried)\\s+(?:\\w+\\s+){0,2}?that\\s+(?:the\\s+)?((?-i:\\p{Lu})[\\p{L}'’.\\-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}'’.\\-]*){0,3})");
    private static final Pattern COMMUNITY_ADJECTIVE = Pattern.compile("^-(?:run|majority|speaking|born|populated|language|minority)\\b");
    private static final Pattern ACCUSE = Pattern.compile(
            "(?i)\\b(?:condemned|condemning|condemns|denounced|denouncing|denounces|accused|accusing|accuses|blamed|blaming|"
                    + "blames|criticized|criticised|criticizing|criticising|deplored|deploring|deplores|decried|faulted|"
                    + "held|holding|rebuked|castigated|slammed|protested|objected\\s+to|concern\\s+(?:about|over|at)|"
                    + "alarm\\s+(?:at|over)|alarmed\\s+(?:by|at)|concerned\\s+(?:by|about|over)|outrage\\s+(?:at|over)|"
                    + "condemnation\\s+of|denunciation\\s+of|criticism\\s+of|rejection\\s+of)\\s+"
                    + "([^;]*?)(?=\\s+(?:for|which|who|that|after|when|while|as|because|since)\\b|\\s+of\\s+\\w+ing\\b|[;.]"
                    + "|,\\s+(?:and|but|while|calling|urging|saying)\\b|$)");
    private static final Pattern ASSESSMENT = Pattern.compile(
            "(?i)\\b(?:said|says|noted|stressed|warned|believed|believes|argued|added|considered|found|judged)\\s+(?:that\\s+)?"
                    + "(?:the\\s+)?((?-i:\\p{Lu})[\\p{L}'’.\\-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}'’.\\-]*){0,3})\\s+"
                    + "(?:had|has|have|was|were|is|are|would|will|could|did|does|remained|continued|kept|bore|bears)\\b");
    /**
     * "told Mustafa that the Israeli decision was an extreme step", "underlined that Israel's withholding of tax revenues
     * was weakening the Authority": an assessment of what a named party did, its name as possessive or demonym.
     */
    private static final Pattern ASSESSMENT_OF_ACT = Pattern.compile(
            "(?i)\\b(?:said|says|noted|stressed|warned|believed|believes|argued|added|considered|found|judged|underlined|underscored|"
                    + "emphasi[sz]ed|observed|pointed\\s+out|agreed|insisted|stated|affirmed|recalled|told\\s+[^,;]{1,40}?)\\s+"
                    + "(?:that\\s+(?:the\\s+)?((?-i:\\p{Lu})[\\p{L}.\\-]*(?:['’]s)?)|((?-i:\\p{Lu})[\\p{L}.\\-]*['’]s))"
                    + "\\s+(?-i:\\p{Ll})[\\p{L}\\-]*(?:\\s+[\\p{L}'’\\-]+){0,5}?\\s+"
                    + "(?:had|has|have|was|were|is|are|would|will|could|should|must|amounted|constituted|represented)\\b");
    /**
     * "We thank our allies in the European Union and NATO for ...", "commended ECOWAS for ...", "We value the principled
     * positions of the Gulf Cooperation Council": whoever is thanked or praised is addressed, an organization too.
     */
    private static final Pattern THANKED = Pattern.compile("(?i)(?<!\\bthe\\s)(?<!\\bof\\s)\\b(?:thank|thanks|thanked|thanking|commend|commends|"
            + "commended|praise|praises|praised|value|values|valued|salute|salutes|saluted|hail|hails|hailed)\\s+"
            + "((?:[^\\s,;.]+\\s+){0,5}?(?-i:\\p{Lu})[^,;.]*?)(?=\\s+(?:for|in\\s+support|on)\\b|[,;.]|$)");
    private static final Pattern TOLD_THAT = Pattern.compile("(?i)\\btold\\s+[^,;]{1,40}?\\s+that\\b");
    private static final Pattern TO_ADDRESSEE = Pattern.compile(
            "(?i)\\b(?:sorrow|condolences?|sympathy|sympathies|solidarity|support|gratitude|thanks|message|letter|"
                    + "congratulations|assurances?|appreciation|regards|greetings|wishes|invitation|commitment|concern|"
                    + "concerns|position|view|views|offer|proposal|readiness|respect|expressed|conveyed|extended|sent|"
                    + "reiterated|reaffirmed|underlined|stressed|emphasi[sz]ed|made\\s+clear|said|noted|added)\\s+"
                    + "to\\s+(?:the\\s+)?" + NAMES + "(?=\\s+(?:for|on|over|that|about|after|at|in)\\b|(?:,(?!\\s*(?:and\\s+)?(?-i:\\p{Lu}))|[.;])|$)"
                    + "|^\\s*(?:To|With)\\s+(?:the\\s+)?" + NAMES + "(?=,)");
    static final Pattern BOTH = Pattern.compile(
            "(?i)\\b(?:both|the two|all the|all)\\s+(?:(?:brotherly|neighbouring|neighboring|warring|rival|feuding|fraternal|member|partner|NATO|"
                    + "Asian|African|European|Arab|Gulf|Caucasus|Balkan|regional)\\s+)?(?:sides|parties|delegations|allies|countries|nations|governments|neighbou?rs|capitals|"
                    + "leaders|states|militaries|armies|belligerents|warring parties|counterparts|ministers|sides'|meetings|"
                    + "calls|capitals|interlocutors|hosts|conversations)\\b(?!\\s+of\\b)|\\b(?:in|to)\\s+each\\s+(?:capital|call|meeting)\\b|"
                    + "\\bboth\\s+of\\s+(?:his|her|their)\\s+(?:hosts|counterparts|interlocutors)\\b|"
                    + "\\beach other\\b|\\bthe warring parties\\b|\\bthe parties\\b|\\bboth\\s+of\\s+them\\b");
    static final Pattern SUBJECT_BOTH = Pattern.compile(
            "(?i)^\\s*(?:both|the two)\\s+(?:sides|leaders|ministers|counterparts|delegations|officials)\\b|^\\s*the\\s+(?:parties|sides)\\b");
    private static final Pattern AUTHORITIES_IN = Pattern.compile(
            "(?i)\\b(?:authorities|government|leadership|forces|officials|rulers|regime|administration)\\s+in\\s+$");
    private static final Pattern VICTIM = Pattern.compile(
            "(?i)\\b(?:against|into|on|upon|toward|towards|near|in|at|across|over|from|to|inside|within|off|targeting|"
                    + "hitting|struck|killing|killed|wounding|injuring)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\w'’-]+\\s+){0,2}$");
    private static final Pattern AGENT_CUE = Pattern.compile("(?i)\\b(?:by|of)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\w'’-]+\\s+){0,2}$");
    private static final Pattern VENUE_BEFORE = Pattern.compile(
            "(?i)(?:^|[,;]\\s*)(?:in|at|from)\\s+(?:the\\s+)?$|\\b(?:at|under|through|via|within|under the auspices of|"
                    + "with the support of|in line with|in accordance with|consistent with)\\s+(?:the\\s+)?$");
    static final Pattern LOCATION_BEFORE = Pattern.compile("(?i)\\b(?:in|across|inside|throughout|near|into|from|within|around|over|off|"
            + "(?:off\\s+)?the\\s+coasts?\\s+of)\\s+(?:the\\s+)?$");
    private static final Pattern VICTIM_NOUN_AFTER = Pattern.compile("(?i)^\\s+(?:cities|city|towns?|villages?|civilians?|territory|"
            + "waters|soil|people|children|hospitals?|infrastructure|homes?|positions|soldiers|troops|forces|vessels?|ships?|"
            + "fishermen|workers|families|communities|border|airspace|sovereignty|side\\s+of)\\b");
    /** Hostile acts whose author is the accused: "attacks by X", "X's strikes". */
    private static final String HOSTILE_ACTS = "offensive|attacks?|strikes?|aggression|war|incursions?|shelling|bombardment|"
            + "violations?|advance|occupation|invasion|raids?|drills|provocations?|harassment|blockade|abductions?|killings?|"
            + "manoeuvres|maneuvers|conduct|actions|behaviou?r|intimidation|coercion|threats|support\\s+for\\s+terror\\w*|"
            + "infringements?|targeting|bombing|bombings|encroachments?|interference|breach(?:es)?|seizures?|annexation|"
            + "airstrikes?|air\\s+strikes?|drone\\s+strikes?|missile\\s+strikes?|escalation|militari[sz]ation|deployments?|"
            + "abuses|atrocities|crimes|massacres?|conscription|forced\\s+recruitment|crackdown|repression|obstruction|siege";
    private static final Pattern ACCUSE_BY = Pattern.compile("(?i)\\b(?:" + HOSTILE_ACTS + ")\\s+(?:carried\\s+out\\s+|[a-z]+ed\\s+)?by\\s+(?:the\\s+)?" + NAMES + "(?=(?:,(?!\\s*(?:and\\s+)?(?-i:\\p{Lu}))|[.;])|\\s+(?:on|against|in|near|at|was|were|is|are)\\b|$)");
    private static final Pattern ACCUSE_OF = Pattern.compile("(?i)\\b(?:" + HOSTILE_ACTS + ")\\s+of\\s+(?:the\\s+)?"
            + "((?-i:\\p{Lu})[\\p{L}'’\\-]*\\d*(?:\\s+(?-i:\\p{Lu})[\\p{L}'’\\-]*){0,3})");
    private static final Pattern AGENT_NOUN_AFTER = Pattern.compile("(?i)^\\s+(?:armed\\s+|security\\s+|naval\\s+|military\\s+|"
            + "coast\\s+guard\\s+|maritime\\s+militia\\s+)?(?:forces|troops|soldiers|vessels|ships|boats|army|militias?|military|units|"
            + "fighters|drones|aircraft|jets|navy|coast\\s+guard|warships)\\b");
    private static final Pattern ACCUSE_SUBJECT = Pattern.compile("((?:(?-i:\\p{Lu})[\\p{L}'’.\\-]*\\s*){1,4})\\s+(?i:bore|bears|bear|is|was|were|are)"
            + "\\s+(?i:fully\\s+|solely\\s+|directly\\s+)?(?i:responsib\\w+|to\\s+blame|accountable|culpable)\\b");
    private static final Pattern ACCUSE_POSSESSIVE = Pattern.compile("((?:(?-i:\\p{Lu})[\\p{L}.\\-]*\\s*){1,4}['’]s)\\s+(?:[a-z\\-]+\\s+){0,2}"
            + "(?i:" + HOSTILE_ACTS + ")\\b");
    private static final Pattern INSTITUTION_OR_VICTIMS = Pattern.compile("(?i)\\bthe\\s+(?:government|authorities|military|army|"
            + "junta|regime|security\\s+forces|de\\s+facto\\s+authorities)\\b|\\b(?:families|victims|bereaved|mourn\\w*|"
            + "condolences?|sympath\\w+|heart|thoughts|prayers|grief|sorrow|saddened|wounded|injured)\\b");
    private static final Pattern ACCUSE_DEMONYM = Pattern.compile("((?-i:\\p{Lu})[\\p{L}\\-]+)\\s+(?:[a-z\\-]+\\s+){0,2}(?i:"
            + HOSTILE_ACTS + ")\\b(?!\\s+(?:by|against|on)\\s+(?:the\\s+)?(?-i:\\p{Lu}))");
    private static final Pattern RELATIVE_OPEN = Pattern.compile(",\\s+(?:which|who|whose|where)\\s[^,;]*$");
    /** "the bombing, which al-Shabaab claimed,": the relative clause names the culprit. */
    private static final Pattern CLAIMED = Pattern.compile("(?i)^\\s+(?:has\\s+|had\\s+)?(?:claimed|carried\\s+out|perpetrated|staged|launched|committed|ordered)\\b");
    private static final Pattern RELATIVE_CLOSE = Pattern.compile("^[^,;.]*,");
    private static final Pattern INSIDE_NAME_BEFORE = Pattern.compile("(?<![.!?:]\\s)(?<!^)\\b(?-i:\\p{Lu})\\p{Ll}+\\s+$");
    private static final Pattern INSIDE_NAME_AFTER = Pattern.compile("^\\s+(?-i:\\p{Lu})\\p{Ll}+");
    /** "In both calls, ...", "On each call, ...": what follows went to every party of the calls. */
    private static final Pattern LEADING_BOTH = Pattern.compile("(?i)^\\s*(?:in|on|during)\\s+(?:both|each|all|the\\s+two)\\s+(?:of\\s+the\\s+)?"
            + "(?:calls?|conversations?|meetings?|talks|capitals|exchanges)\\b");
    /** "..., and, later the same day, with ...": a second call in the same frame sentence. */
    private static final Pattern AND_WITH = Pattern.compile("(?i)\\band\\s*,?\\s*(?:[^,.;]{0,40},\\s*)?(?:then\\s+|later\\s+)?with\\s+"
            + "(?=(?:the\\s+|his\\s+|her\\s+)?(?-i:\\p{Lu}))");
    private static final List<String> NUMBERS = List.of("three", "four", "five");
    private static final Pattern SEVERAL = Pattern.compile("(?i)\\b(?:the|all)\\s+(three|four|five)\\s+(?:\\w+\\s+)?(?:countries|states|"
            + "governments|neighbou?rs|capitals|parties|sides|nations|riparian\\s+states|leaders)\\b");
    private static final Pattern IN_CAPITAL = Pattern.compile("^\\s*In\\s+((?:(?-i:\\p{Lu})[\\p{L}'’.\\-]*\\s?){1,3}),");
    private static final Pattern VENUE_ANYWHERE = Pattern.compile("(?i)\\b(?:in|at|from|to|near|outside|around)\\s+$");
    private static final Pattern FRAMEWORK_AFTER = Pattern.compile(
            // "the Luanda and Nairobi processes": the first of two frameworks too
            "(?i)^(?:'s\\s+)?\\s*(?:-\\s*)?(?:and\\s+(?-i:\\p{Lu})[\\p{L}'’.\\-]*\\s+)?(?:convention|charter|resolutions?|security\\s+council\\s+resolutions?|led|facilitated|"
                    + "backed|brokered|mediated|sponsored|mission|missions|peacekeepers|peacekeeping|envoy|agencies|agency|"
                    + "framework|process(?:es)?|law|general\\s+assembly|summits?|standards|guidelines|agreements?|accords?|formats?|"
                    + "declaration|communiqu[eé]|principles|roadmap|plan|talks|treaty|protocol|conference|platform|"
                    + "initiatives?|mechanisms?|commission|court|tribunal|rules)\\b");
    /** Bare titles of a state's officials, by the role the gazetteer records them under. */
    private static final Map<String, String> TITLE_ROLES = Map.ofEntries(
            Map.entry("prime minister", "head of government"), Map.entry("premier", "head of government"),
            Map.entry("chancellor", "head of government"), Map.entry("crown prince", "head of government"),
            Map.entry("president", "head of state"), Map.entry("emir", "head of state"), Map.entry("king", "head of state"),
            Map.entry("sultan", "head of state"), Map.entry("foreign minister", "foreign minister"),
            Map.entry("foreign secretary", "foreign minister"), Map.entry("external affairs minister", "foreign minister"),
            Map.entry("defence minister", "defence minister"));
    private static final Pattern TITLE = Pattern.compile("\\b(?:the|his|her|their)\\s+(Prime\\s+Minister|Premier|Chancellor|Crown\\s+Prince|"
            + "President|Emir|King|Sultan|Foreign\\s+Minister|Foreign\\s+Secretary|External\\s+Affairs\\s+Minister|"
            + "Defen[cs]e\\s+Minister)\\b(?!\\s+(?:of\\b|(?-i:\\p{Lu})))");
    private final Gazetteer gazetteer;

    public RulePartyAttributor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<List<String>> attribute(List<Segment> segments, List<Boolean> statement, String speaker, List<String> given) {
        List<List<String>> out = new ArrayList<>();
        for (AttributionEvidence.SegmentEvidence e : evidence(segments, statement, speaker, given).segments()) {
            out.add(List.copyOf(e.cues().keySet()));
        }
        return out;
    }

    /** The rules' parties for each statement with the cue that gave each, and what they were read from. */
    public AttributionEvidence evidence(List<Segment> segments, List<Boolean> statement, String speaker, List<String> given) {
        // the readout-level figures below all read the same mentions and call frames: find them once
        List<List<PartyMention>> mentions = segments.stream().map(s -> gazetteer.find(s.text())).toList();
        List<List<PartyMention>> parties = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            parties.add(counted(segments.get(i).text(), mentions.get(i), speaker));
        }
        List<List<PartyMention>> names = withReferences(segments, mentions, parties, speaker);
        // a first reading of the call frames, from the names alone: the loop below reads each frame again with titles
        // ("the Minister") resolved, which needs the frame in force, so the readout-level figures cannot wait for it
        List<List<String>> frames = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            frames.add(frameParties(segments.get(i).text(), speaker, names.get(i)));
        }
        List<String> conflictParties = conflictParties(segments, names, frames, given);
        List<String> dominant = dominantParty(names, frames, given);
        List<String> main = dominant.isEmpty() ? mainState(names, given) : dominant;
        List<String> warring = warringParties(names, given);
        List<AttributionEvidence.SegmentEvidence> out = new ArrayList<>();
        List<String> named = namedStates(mentions, speaker);
        List<String> frame = List.of();
        List<String> calls = List.of();
        for (int i = 0; i < segments.size(); i++) {
            String text = segments.get(i).text();
            List<String> framed = frameParties(text, speaker, withTitles(text, speaker, names.get(i), new Scope(frame, named)));
            if (framed.isEmpty()) {
                framed = nthCall(text, calls);
            }
            if (!framed.isEmpty()) {
                frame = framed;
                if (framed.size() >= 2) {
                    calls = framed;
                }
            }
            List<PartyMention> counted = withTitles(text, speaker, names.get(i), new Scope(frame, named));
            if (framed.isEmpty() && calls.size() >= 2 && calls.containsAll(frame) && statement.get(i)) {
                // separate calls: "President Ruto assured Prime Minister Abiy that ..." names the call now being
                // described, and the bare statements after it stay with that party
                List<String> officials = counted.stream().filter(m -> m.kind() == MentionKind.OFFICIAL)
                        .map(m -> m.party().name()).filter(calls::contains).distinct().toList();
                if (officials.size() == 1) {
                    frame = officials;
                }
            }
            if (!statement.get(i)) {
                out.add(new AttributionEvidence.SegmentEvidence(frame, counted, Map.of()));
                continue;
            }
            Map<String, AttributionCue> result = new LinkedHashMap<>();
            if (CONTINUES_DEMAND.matcher(text).find() && i > 0 && statement.get(i - 1) && !out.get(i - 1).cues().isEmpty()
                    && counted.isEmpty()) {
                // "..., and to refrain from strikes": the second half of the demand goes where the first went
                out.get(i - 1).cues().keySet().forEach(p -> result.put(p, AttributionCue.CONTINUES));
            } else {
                result.putAll(attributeOne(text, counted, frame, conflictParties, dominant, main, named, warring));
            }
            if (!given.isEmpty()) {
                result.keySet().retainAll(given);
            }
            out.add(new AttributionEvidence.SegmentEvidence(frame, counted, result));
        }
        Map<String, Integer> organizations = new LinkedHashMap<>();
        mentions.forEach(ms -> ms.stream().filter(m -> "organization".equals(m.party().kind()))
                .forEach(m -> organizations.merge(m.party().name(), 1, Integer::sum)));
        // the kind of text once here, not for each statement: it reads every segment
        return new AttributionEvidence(conflictParties, dominant, out, organizations, AttributionFeatures.documentKind(out, segments));
    }

    Map<String, AttributionCue> attributeOne(String text, List<PartyMention> mentions, List<String> frame,
                                             List<String> conflictParties, List<String> dominant, List<String> main,
                                             List<String> named, List<String> warring) {
        Map<String, AttributionCue> out = new LinkedHashMap<>();
        collect(BETWEEN, AttributionCue.BETWEEN, text, mentions, out, false);
        collect(DEMAND, AttributionCue.DEMAND, text, mentions, out, false);
        collect(DEMAND_FOR, AttributionCue.DEMAND, text, mentions, out, false);
        if (out.size() == 1 && TOLD_THAT.matcher(text).find()) {
            // "told Minister Aghabekian that Israel's restrictions ... were a flagrant breach": what was told is about
            // the party whose act it judges, not about the one it was told to
            Map<String, AttributionCue> about = new LinkedHashMap<>();
            collect(ASSESSMENT_OF_ACT, AttributionCue.ASSESSMENT, text, mentions, about, false);
            about.keySet().removeAll(out.keySet());
            if (!about.isEmpty()) {
                out.clear();
                out.putAll(about);
            }
        }
        if (out.isEmpty()) {
            // "urged the remaining elements of the CPC to ...", "called on the armed groups, in particular the CPC, to ..."
            collect(DEMAND_OF_GROUP, AttributionCue.DEMAND, text, mentions, out, false);
        }
        collect(MODAL_DEMAND, AttributionCue.MODAL_DEMAND, text, mentions, out, false);
        collect(HOPE, AttributionCue.HOPE, text, mentions, out, false);
        if (out.isEmpty()) {
            collect(ACCUSE_SUBJECT, AttributionCue.ACCUSED_SUBJECT, text, mentions, out, false);
            collect(ACCUSE_POSSESSIVE, AttributionCue.ACCUSED_POSSESSIVE, text, mentions, out, false);
            if (out.isEmpty()) {
                // "the criminal Israeli aggression", "the NATO aggression of 2011": the demonym or group before the act
                List<PartyMention> demonyms = mentions.stream().filter(m -> m.kind() == MentionKind.DEMONYM || nonStateByName(m)).toList();
                collect(ACCUSE_DEMONYM, AttributionCue.ACCUSED_POSSESSIVE, text, demonyms, out, false);
            }
            collect(ACCUSE_BY, AttributionCue.ACCUSED_BY, text, mentions, out, false);
            if (out.isEmpty()) {
                // "the dangerous actions of Chinese vessels", "the offensive of the M23": the agent after "of"; a state
                // named there is more often the victim ("the invasion of Ukraine"), so only a demonym before forces or
                // vessels, or an armed group or other non-state party, counts
                List<PartyMention> agents = mentions.stream().filter(m -> m.kind() == MentionKind.DEMONYM
                        ? AGENT_NOUN_AFTER.matcher(text.substring(m.end())).find() : nonStateByName(m)).toList();
                collect(ACCUSE_OF, AttributionCue.ACCUSED_BY, text, agents, out, false);
            }
            if (out.isEmpty()) {
                collect(CONCERN_THAT, AttributionCue.ACCUSED, text, mentions, out, true);
            }
            if (out.isEmpty()) {
                collect(ACCUSE, AttributionCue.ACCUSED, text, mentions, out, true);
            }
        }
        if (!main.isEmpty() && out.keySet().stream().noneMatch(main::contains) && governmentInDemand(text)) {
            // "urged the government and the armed groups of the CPC to ...": the unnamed government is the main state's
            main.forEach(p -> out.putIfAbsent(p, AttributionCue.DEMAND));
        }
        if (out.isEmpty()) {
            collect(TO_ADDRESSEE, AttributionCue.TO_ADDRESSEE, text, mentions, out, false);
        }
        if (out.isEmpty()) {
            collect(THANKED, AttributionCue.TO_ADDRESSEE, text, mentions, out, false);
        }
        if (LEADING_BOTH.matcher(text).find() && out.keySet().stream().noneMatch(p -> !frame.contains(p) && !conflictParties.contains(p))) {
            // "In both conversations, the Senior Advisor said Washington wanted ...": every party of the calls
            (frame.size() >= 2 ? frame : conflictParties).forEach(p -> out.putIfAbsent(p, AttributionCue.BOTH_SIDES));
        }
        if (out.isEmpty()) {
            // "Iran and Pakistan are both close neighbours", "cooperation with Tehran and Islamabad": parties named
            // together are spoken of together
            conjoined(text, mentions).forEach(p -> out.put(p, AttributionCue.CONJOINED));
        } else if (out.values().stream().allMatch(c -> c == AttributionCue.DEMAND)) {
            // "encouraged the Afghan side to keep its channels with Tehran open": the other side of the dialogue urged
            collect(DIALOGUE_WITH, AttributionCue.DEMAND, text, mentions, out, false);
        }
        // "Both sides agreed ..." is the speaker and the party of the call: nothing to add here
        Matcher several = SEVERAL.matcher(text);
        if (out.isEmpty() && several.find() && named.size() >= NUMBERS.indexOf(several.group(1).toLowerCase(Locale.ROOT)) + 3) {
            // "the three countries": the first three states the readout names
            named.subList(0, NUMBERS.indexOf(several.group(1).toLowerCase(Locale.ROOT)) + 3)
                    .forEach(p -> out.put(p, AttributionCue.BOTH_SIDES));
        }
        if (out.isEmpty() && BOTH.matcher(text).find() && !SUBJECT_BOTH.matcher(text).find()) {
            List<String> sides = WARRING.matcher(text).find() && !warring.isEmpty() ? warring
                    : conflictParties.isEmpty() ? frame : conflictParties;
            sides.forEach(p -> out.put(p, AttributionCue.BOTH_SIDES));
        }
        if (!out.isEmpty()) {
            return out;
        }
        // "said the European Union had forfeited ...": an assessment about a named party goes to that party
        collect(ASSESSMENT, AttributionCue.ASSESSMENT, text, mentions, out, false);
        if (out.isEmpty()) {
            collect(ASSESSMENT_OF_ACT, AttributionCue.ASSESSMENT, text, mentions, out, false);
        }
        if (!out.isEmpty() && !frame.containsAll(out.keySet())) {
            out.keySet().removeIf(frame::contains);
            return out;
        }
        out.clear();
        // no cue: the statement speaks to the party of the call being described; names in it are places or third
        // parties in passing ("aid entering Gaza" in a call with Sa'ar stays with Israel). Without a call, names
        // of states and armed groups count first, then demonyms and capitals; organizations named in passing
        // ("in close contact with the African Union") are not addressed.
        if (COLLECTIVE_DEMAND.matcher(text).find()) {
            // "called on the international community to step up aid": a demand of others than the parties
            return out;
        }
        if (!frame.isEmpty()) {
            frame.forEach(p -> out.put(p, AttributionCue.CALL));
            return out;
        }
        Map<String, AttributionCue> strong = new LinkedHashMap<>();
        Map<String, AttributionCue> weak = new LinkedHashMap<>();
        for (PartyMention m : mentions) {
            if ("organization".equals(m.party().kind())) {
                continue;
            }
            boolean isWeak = m.kind() == MentionKind.DEMONYM || m.kind() == MentionKind.CAPITAL
                    || LOCATION_BEFORE.matcher(text.substring(0, m.start())).find();
            if (isWeak) {
                weak.putIfAbsent(m.party().name(), AttributionCue.NAMED_WEAK);
            } else {
                strong.putIfAbsent(m.party().name(), AttributionCue.NAMED);
            }
        }
        if (!strong.isEmpty()) {
            return strong;
        }
        if (!weak.isEmpty()) {
            return weak;
        }
        dominant.forEach(p -> out.put(p, AttributionCue.DOMINANT));
        if (out.isEmpty() && INSTITUTION_OR_VICTIMS.matcher(text).find()) {
            // "pressed the authorities to stop blocking aid", "his thoughts were with the families": a state's
            // institutions or its victims, unnamed, are those of the state the readout is about
            main.forEach(p -> out.put(p, AttributionCue.MAIN_STATE));
        }
        return out;
    }

    /** Those asked to help who are not parties: donors, partners, member states, the international community. */
    private static final String OTHERS_ASKED = "(?:the\\s+|all\\s+|other\\s+|its\\s+|their\\s+|our\\s+|the\\s+[\\w-]+['’]s\\s+)?"
            + "(?:wider\\s+|broader\\s+|regional\\s+|development\\s+|global\\s+)?(?:international\\s+(?:community|partners|donors)|donors|"
            + "donor\\s+(?:community|countries|governments|states|nations)|partners|member\\s+states|technical\\s+and\\s+"
            + "financial\\s+partners|humanitarian\\s+partners|the\\s+world|countries\\s+of\\s+the\\s+region)\\b";
    static final Pattern COLLECTIVE_DEMAND = Pattern.compile("(?i)\\b(?:urged|urging|urges?|called\\s+(?:on|upon)|calling\\s+"
            + "(?:on|upon)|calls?\\s+(?:on|upon)|appealed\\s+to|appealing\\s+to|appeals?\\s+to|asked|asks?|encouraged|encourages?|"
            + "invited|invites?)\\s+" + OTHERS_ASKED
            + "|(?i)^\\s*(?:and\\s+)?(?:\\w+\\s+){0,3}?(?:said|stressed|added)\\s+(?:that\\s+)?" + OTHERS_ASKED + "\\s+(?:should|must|needs?\\s+to|ought\\s+to)\\b");
    private static final Pattern NTH_CALL = Pattern.compile("(?i)^\\s*(?:in|during)\\s+(?:the|a)\\s+(?:first|second|third|other|latter|"
            + "former|later|separate|subsequent|next)\\s+(?:call|meeting|conversation|talks|session|exchange)\\b");
    private static final Pattern DIALOGUE_WITH = Pattern.compile("(?i)\\b(?:dialogue|talks|channels|contacts|negotiations|consultations|exchanges|engagement|"
            + "lines\\s+of\\s+communication)\\s+with\\s+(?:the\\s+)?" + NAMES + "(?=[,.;]|\\s+(?:open|on|over|about|to|in|and|so)\\b|$)");
    private static final Pattern CONJUNCTION = Pattern.compile("^(?:\\s*,\\s*|\\s*,?\\s+and\\s+)(?:the\\s+)?$");
    private static final Pattern GOVERNMENT = Pattern.compile("(?i)^(?:the\\s+)?(?:government|authorities)\\b|\\bthe\\s+(?:government|authorities)\\b");

    /** States and armed groups named in one coordination ("X and Y", "X, Y and Z"), if at least two, else none. */
    private static Set<String> conjoined(String text, List<PartyMention> mentions) {
        Set<String> out = new LinkedHashSet<>();
        for (int k = 1; k < mentions.size(); k++) {
            PartyMention a = mentions.get(k - 1);
            PartyMention b = mentions.get(k);
            if (a.end() <= b.start() && CONJUNCTION.matcher(text.substring(a.end(), b.start())).find()
                    && !"organization".equals(a.party().kind()) && !"organization".equals(b.party().kind())
                    && !a.party().equals(b.party()) && !LOCATION_BEFORE.matcher(text.substring(0, a.start())).find()) {
                out.add(a.party().name());
                out.add(b.party().name());
            }
        }
        return out;
    }

    private static boolean governmentInDemand(String text) {
        Matcher m = DEMAND.matcher(text);
        while (m.find()) {
            if (m.group(1) != null && GOVERNMENT.matcher(m.group(1)).find()) {
                return true;
            }
        }
        return false;
    }

    /** An armed group or organization named by its name or an alias ("the M23", "NATO"), not by a demonym or capital. */
    private static boolean nonStateByName(PartyMention m) {
        return !m.party().isState() && (m.kind() == MentionKind.NAME || m.kind() == MentionKind.ALIAS);
    }

    /** Parties named in the group of each match of a pattern; for accusations, victims and places are dropped. */
    private void collect(Pattern p, AttributionCue cue, String text, List<PartyMention> mentions, Map<String, AttributionCue> out,
                         boolean accusation) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) == null) {
                    continue;
                }
                int from = m.start(g);
                int to = m.end(g);
                for (PartyMention pm : mentions) {
                    if (pm.start() >= from && pm.end() <= to) {
                        if (accusation) {
                            String before = text.substring(from, pm.start());
                            if (VICTIM.matcher(before).find() && !AGENT_CUE.matcher(before).find()
                                    && !AUTHORITIES_IN.matcher(text.substring(0, pm.start())).find()) {
                                continue;
                            }
                            if (pm.kind() == MentionKind.DEMONYM && VICTIM_NOUN_AFTER.matcher(text.substring(pm.end())).find()) {
                                continue; // "the bombardment of Ukrainian cities": the victims, not the accused
                            }
                        }
                        out.putIfAbsent(pm.party().name(), cue);
                    }
                }
            }
        }
    }

    /**
     * Where a bare title ("the Prime Minister", "the Emir") may point: the parties of the call in force, else the
     * states the readout names.
     */
    record Scope(List<String> frame, List<String> named) {
    }

    /** The states a readout names anywhere, other than the speaker, in order of first mention. */
    private static List<String> namedStates(List<List<PartyMention>> mentions, String speaker) {
        Set<String> out = new LinkedHashSet<>();
        for (List<PartyMention> here : mentions) {
            for (PartyMention m : here) {
                if (m.party().isState() && !m.party().name().equals(speaker)) {
                    out.add(m.party().name());
                }
            }
        }
        return new ArrayList<>(out);
    }


    /**
     * The counted names of a segment plus bare titles that name exactly one party in scope ("With the Prime
     * Minister, he discussed ..." in a readout of calls with Abiy and the TPLF is Ethiopia, the only one whose
     * recorded officials include a head of government).
     */
    private List<PartyMention> withTitles(String text, String speaker, List<PartyMention> names, Scope scope) {
        if (scope.named().isEmpty()) {
            return names;
        }
        List<PartyMention> out = new ArrayList<>(names);
        Matcher t = TITLE.matcher(text);
        boolean added = false;
        while (t.find()) {
            int start = t.start(1);
            if (text.substring(0, t.start()).isBlank()
                    || out.stream().anyMatch(m -> m.start() < t.end() && start < m.end())) {
                continue; // a title that opens the sentence is its subject, most often the speaker's own official
            }
            String role = TITLE_ROLES.get(t.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace("defense", "defence"));
            String party = titled(role, scope.frame(), speaker);
            if (party == null) {
                party = titled(role, scope.named(), speaker);
            }
            if (party != null) {
                out.add(new PartyMention(gazetteer.party(party).orElseThrow(), start, t.end(1), t.group(1), MentionKind.OFFICIAL));
                added = true;
            }
        }
        if (added) {
            out.sort(java.util.Comparator.comparingInt(PartyMention::start));
        }
        return out;
    }

    /** "the group's attacks", "the movement has set up", "the coalition": the armed group the readout last named. */
    private static final Pattern GROUP_ANAPHOR = Pattern.compile("(?i)\\bthe\\s+((?:armed\\s+|rebel\\s+|militant\\s+|jihadist\\s+|separatist\\s+)?"
            + "(?:group|movement|militia|rebels|insurgents|coalition|insurgency|gangs?|militants))(?:['’]s)?\\b(?!\\s+of\\b)");

    /** "the bloc's bureaucracy": the organization the readout last named. */
    private static final Pattern BLOC_ANAPHOR = Pattern.compile("(?i)\\bthe\\s+(bloc)(?:['’]s)?\\b");

    /**
     * References that name no party by themselves: "the group", "the movement" (the armed group last named), "the
     * bloc" (the organization last named), and "Brussels", which in diplomatic prose is the European Union unless
     * the readout speaks of Belgium.
     */
    private List<List<PartyMention>> withReferences(List<Segment> segments, List<List<PartyMention>> mentions, List<List<PartyMention>> names,
                                                    String speaker) {
        boolean belgium = names.stream().flatMap(List::stream)
                .anyMatch(x -> x.party().name().equals("Belgium") && x.kind() != MentionKind.CAPITAL);
        Party eu = gazetteer.party("European Union").orElse(null);
        List<List<PartyMention>> out = new ArrayList<>();
        Party lastGroup = null;
        Party lastOrganization = null;
        List<Party> organizations = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            String text = segments.get(i).text();
            List<PartyMention> here = new ArrayList<>();
            for (PartyMention x : names.get(i)) {
                boolean brussels = eu != null && !belgium && x.kind() == MentionKind.CAPITAL && x.party().name().equals("Belgium");
                here.add(brussels ? new PartyMention(eu, x.start(), x.end(), x.surface(), MentionKind.CAPITAL) : x);
            }
            lastGroup = resolveAnaphora(GROUP_ANAPHOR, text, here, lastGroup, "armed group", speaker);
            lastOrganization = resolveAnaphora(BLOC_ANAPHOR, text, here, lastOrganization, "organization", speaker);
            resolveOrganizationTitles(text, mentions.get(i), here, organizations, speaker);
            out.add(here.equals(names.get(i)) ? names.get(i) : List.copyOf(here));
        }
        return out;
    }

    /** "the Agency", "the Alliance", "the Union", "the Secretary-General": an organization's own name for itself, or its head's title. */
    private static final Pattern ORGANIZATION_TITLE = Pattern.compile("\\bthe\\s+(Agency|Alliance|Union|Organi[sz]ation|"
            + "Secretary[- ]General|Director[- ]General)(?:['’]s)?\\b(?!\\s+(?:of\\s+(?:the\\s+)?\\p{Lu}|\\p{Lu}))");

    /**
     * Adds the organization each {@link #ORGANIZATION_TITLE} refers to: the last organization named before it whose name
     * holds the noun ("the Agency" after the IAEA, "the Union" after the African Union) or whose head holds the title
     * ("the Director General" after the IAEA). {@code seen} holds the organizations named so far, the latest last.
     */
    private void resolveOrganizationTitles(String text, List<PartyMention> mentions, List<PartyMention> here, List<Party> seen,
                                           String speaker) {
        Matcher m = ORGANIZATION_TITLE.matcher(text);
        List<PartyMention> found = new ArrayList<>();
        int k = 0;
        // every organization the text names counts as named, a venue or a discounted mention too ("the African Union envoy")
        List<PartyMention> named = mentions.stream().filter(x -> "organization".equals(x.party().kind())).toList();
        while (m.find()) {
            int at = m.start();
            if (here.stream().anyMatch(x -> x.start() < m.end() && at < x.end())) {
                continue;
            }
            while (k < named.size() && named.get(k).start() < at) {
                latest(seen, named.get(k++).party());
            }
            String noun = m.group(1).toLowerCase(Locale.ROOT).replace(' ', '-').replace("organisation", "organization");
            for (int j = seen.size() - 1; j >= 0; j--) {
                Party o = seen.get(j);
                if (refersTo(noun, o)) {
                    if (!o.name().equals(speaker)) {
                        found.add(new PartyMention(o, at, m.end(1), m.group(), MentionKind.ALIAS));
                    }
                    break;
                }
            }
        }
        for (; k < named.size(); k++) {
            latest(seen, named.get(k).party());
        }
        if (!found.isEmpty()) {
            here.addAll(found);
            here.sort(java.util.Comparator.comparingInt(PartyMention::start));
        }
    }

    /** Moves {@code o} to the end of {@code seen}, the organizations named so far, the latest last. */
    private static void latest(List<Party> seen, Party o) {
        seen.remove(o);
        seen.add(o);
    }

    private boolean refersTo(String noun, Party o) {
        return switch (noun) {
            case "secretary-general" -> gazetteer.roles(o.name()).contains("secretary-general");
            case "director-general" -> gazetteer.roles(o.name()).contains("director general");
            default -> java.util.stream.Stream.concat(java.util.stream.Stream.of(o.name()), gazetteer.aliases(o.name()).stream())
                    .anyMatch(n -> n.toLowerCase(Locale.ROOT).replace("organisation", "organization").contains(noun));
        };
    }

    /** Adds the party each anaphor of {@code p} refers to (the last of that kind named before it); returns the last one named. */
    private static Party resolveAnaphora(Pattern p, String text, List<PartyMention> here, Party last, String kind, String speaker) {
        List<PartyMention> named = here.stream().filter(x -> kind.equals(x.party().kind())).toList();
        Matcher m = p.matcher(text);
        while (m.find()) {
            int at = m.start();
            if (here.stream().anyMatch(x -> x.start() < m.end() && at < x.end())) {
                continue;
            }
            Party referent = last;
            for (PartyMention x : named) {
                if (x.start() < at) {
                    referent = x.party();
                }
            }
            if (referent != null && !referent.name().equals(speaker)) {
                here.add(new PartyMention(referent, at, m.end(1), m.group(), MentionKind.ALIAS));
            }
        }
        here.sort(java.util.Comparator.comparingInt(PartyMention::start));
        Party out = last;
        for (PartyMention x : here) {
            if (kind.equals(x.party().kind())) {
                out = x.party();
            }
        }
        return out;
    }

    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");
    private static final Pattern ORDINAL_CALL = Pattern.compile("(?i)^\\s*(?:(?:in|during)\\s+)?(?:the|his|her|their)\\s+(first|second|third|fourth)\\s+"
            + "(?:call|meeting|conversation|session|exchange)\\b");

    /** "His second call, with Foreign Minister Gedion, came that evening": the second party of the last calls named. */
    private static List<String> nthCall(String text, List<String> calls) {
        Matcher m = ORDINAL_CALL.matcher(text);
        if (!m.find()) {
            return List.of();
        }
        int k = ORDINALS.indexOf(m.group(1).toLowerCase(Locale.ROOT));
        return k < calls.size() ? List.of(calls.get(k)) : List.of();
    }

    /** The one party among these whose officials hold the role, else null. */
    private String titled(String role, List<String> parties, String speaker) {
        String found = null;
        for (String p : parties) {
            if (!p.equals(speaker) && gazetteer.party(p).map(x -> x.isState()).orElse(false) && gazetteer.roles(p).contains(role)) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    /** Of a segment's mentions, those that count as parties: not the speaker, not venues, not frameworks. */
    private List<PartyMention> counted(String text, List<PartyMention> mentions, String speaker) {
        List<PartyMention> out = new ArrayList<>();
        for (PartyMention m : mentions) {
            if (m.party().name().equals(speaker)) {
                continue;
            }
            String before = text.substring(0, m.start());
            String after = text.substring(m.end());
            if (RELATIVE_OPEN.matcher(before).find() && RELATIVE_CLOSE.matcher(after).find() && !CLAIMED.matcher(after).find()) {
                continue; // "the Arakan Army, which holds the border with Bangladesh, must ...": a description, not a party
            }
            if (m.kind() == MentionKind.DEMONYM && INSIDE_NAME_BEFORE.matcher(before).find() && INSIDE_NAME_AFTER.matcher(after).find()) {
                continue; // "the Grand Ethiopian Renaissance Dam": a name that holds a demonym, not the party
            }
            boolean placeLike = m.kind() == MentionKind.CAPITAL || !m.party().isState();
            if (placeLike && VENUE_BEFORE.matcher(before).find()) {
                continue;
            }
            if ((placeLike || m.kind() == MentionKind.NAME) && FRAMEWORK_AFTER.matcher(after).find()
                    && !after.startsWith("'s") && !after.startsWith("’s")) {
                continue;
            }
            if (m.kind() == MentionKind.DEMONYM && PLACE_NAME_AFTER.matcher(after).find()) {
                continue; // "British Columbia", "the Indian Ocean", "the Saudi Hospital": a place named with a demonym, not the party
            }
            if (m.kind() == MentionKind.DEMONYM && COMMUNITY_ADJECTIVE.matcher(after).find()) {
                continue;
            }
            if (m.kind() == MentionKind.CAPITAL && VENUE_ANYWHERE.matcher(before).find() && !AUTHORITIES_IN.matcher(before).find()) {
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /**
     * The other side of the calls and meetings a sentence describes ("spoke with X", "told X", "received a call from X"):
     * whoever stands there is not the one whose readout it is.
     */
    List<String> counterparts(String text) {
        return frameParties(text, "", gazetteer.find(text));
    }

    /** A verb in the pluperfect: the call or meeting it tells of came before the one the readout describes. */
    private static final Pattern EARLIER = Pattern.compile("(?i)\\bhad\\s+(?:(?:already|earlier|previously|last|also|just|first)\\s+)?$");

    /** The parties of a call or meeting the segment frames, from its counted mentions. */
    private List<String> frameParties(String text, String speaker, List<PartyMention> mentions) {
        Matcher m = FRAME.matcher(text);
        Set<String> out = new LinkedHashSet<>();
        // "In Islamabad, the Minister ...": a visit to that party's capital frames what follows
        Matcher in = IN_CAPITAL.matcher(text);
        if (in.find()) {
            for (PartyMention pm : gazetteer.find(in.group(1))) {
                if (pm.kind() == MentionKind.CAPITAL && !pm.party().name().equals(speaker)) {
                    out.add(pm.party().name());
                }
            }
        }
        if (NTH_CALL.matcher(text).find()) {
            // "In the second call, Wadephul and Minister Mbella Mbella discussed ...": the call switches to the
            // party named in the sentence
            mentions.stream().filter(pm -> !"organization".equals(pm.party().kind())).forEach(pm -> out.add(pm.party().name()));
            if (!out.isEmpty()) {
                return new ArrayList<>(out);
            }
        }
        Set<String> orgs = new LinkedHashSet<>();
        boolean framed = false;
        while (m.find()) {
            if (EARLIER.matcher(text.substring(0, m.start())).find()) {
                continue; // "where on Saturday he had met President Zelensky": an earlier meeting, told as background
            }
            framed = true;
            namesFrom(text, m.end(), mentions, out, orgs);
        }
        Matcher more = AND_WITH.matcher(text);
        while (framed && more.find()) {
            namesFrom(text, more.end(), mentions, out, orgs);
        }
        if (out.isEmpty() && orgs.isEmpty() && !speaker.isEmpty() && MEETING.matcher(text).find()) {
            // "Wang Yi held a phone conversation with him", "talks took place in Moscow between Sergey Lavrov and the
            // Minister of Foreign Affairs of Ethiopia", "the Minister received a phone call from the Acting Minister in
            // the Afghan government": the call's party is named elsewhere in the sentence than after "with". Only where the
            // speaker is known, to leave it out: the speaker rules, asking who the counterparts are, would find the speaker too
            for (PartyMention pm : mentions) {
                if (!pm.party().name().equals(speaker)) {
                    ("organization".equals(pm.party().kind()) ? orgs : out).add(pm.party().name());
                }
            }
        }
        return new ArrayList<>(out.isEmpty() ? orgs : out);
    }

    /** The parties named from {@code from} to the end of that list of names; organizations apart. */
    private static void namesFrom(String text, int from, List<PartyMention> mentions, Set<String> out, Set<String> orgs) {
        int end = clauseEnd(text, from);
        for (PartyMention pm : mentions) {
            if (pm.start() >= from && pm.end() <= end) {
                ("organization".equals(pm.party().kind()) ? orgs : out).add(pm.party().name());
            }
        }
    }

    /** "Mr.", "H.E.", "Dr." and initials ("Amadeo R. Perez") before a name: their full stop ends no list. */
    private static final Pattern ABBREVIATION_BEFORE = Pattern.compile("(?:^|[\\s(])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Amb|Lt|Col|Capt|Adm|"
            + "Sgt|St|Jr|Sr|Md|H\\.E|\\p{Lu}|U\\.S|U\\.N|U\\.K|Sheikh|Hon)$");

    /** A further item of a list of names: capitalised words up to the next comma, "and" or the end. */
    private static final Pattern LIST_ITEM = Pattern.compile(
            "(?:and\\s+)?(?:(?:the|of|al|bin|de|du|la|le)\\s+|(?-i:\\p{Lu})[\\p{L}'’.\\-]*\\s*)+(?:[,;.:]|\\s+and\\b|\\s+(?:in|on|about|at|to|for)\\b|$)");

    /** The end of the list of names after "with": the next comma not followed by a name, or a clause word. */
    private static int clauseEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))) && !ABBREVIATION_BEFORE.matcher(text.substring(0, i)).find()
                    || c == ';' || c == ':') {
                return i;
            }
            if (c == ',') {
                String rest = text.substring(i + 1).stripLeading();
                if (rest.isEmpty() || !Character.isUpperCase(rest.charAt(0)) && !rest.startsWith("and ")
                        || !LIST_ITEM.matcher(rest).lookingAt()) {
                    return i; // "Speaking to Minister Shingiro, Lord Collins discussed ...": the list has ended
                }
            }
            String tail = text.substring(i).toLowerCase(Locale.ROOT);
            if (i > from && (tail.startsWith(" about ") || tail.startsWith(" on ") || tail.startsWith(" to discuss")
                    || tail.startsWith(" regarding ") || tail.startsWith(" that ") || tail.startsWith(" after ")
                    || tail.startsWith(" amid ") || tail.startsWith(" following ") || tail.startsWith(" to ")
                    || tail.startsWith(" in ") || tail.startsWith(" at ") || tail.startsWith(" for "))) {
                return i;
            }
            i++;
        }
        return text.length();
    }

    /**
     * The party a readout is about when no call frames it: the one named at least twice as often as any
     * other (or the only one), else none.
     */
    private static List<String> dominantParty(List<List<PartyMention>> names, List<List<String>> frames, List<String> given) {
        if (given.size() == 1) {
            return given;
        }
        if (frames.stream().anyMatch(f -> !f.isEmpty())) {
            return List.of();
        }
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (List<PartyMention> segmentNames : names) {
            for (PartyMention m : segmentNames) {
                if (!"organization".equals(m.party().kind())) {
                    counts.merge(m.party().name(), 1, Integer::sum);
                }
            }
        }
        List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue()).toList();
        if (ranked.size() == 1 || ranked.size() > 1 && ranked.get(0).getValue() >= 2 * ranked.get(1).getValue()) {
            return List.of(ranked.get(0).getKey());
        }
        return List.of();
    }

    private static final Pattern WARRING = Pattern.compile("(?i)\\b(?:warring\\s+(?:parties|sides|factions)|belligerents)\\b");

    /**
     * "The warring parties" of a readout that names an armed group: that group, the one named most, and the state
     * named most; else none (then the parties of the conflict stand).
     */
    private static List<String> warringParties(List<List<PartyMention>> names, List<String> given) {
        Map<String, Integer> states = new LinkedHashMap<>();
        Map<String, Integer> groups = new LinkedHashMap<>();
        for (List<PartyMention> segmentNames : names) {
            for (PartyMention m : segmentNames) {
                if (!given.isEmpty() && !given.contains(m.party().name())) {
                    continue;
                }
                if (m.party().isState()) {
                    states.merge(m.party().name(), 1, Integer::sum);
                } else if ("armed group".equals(m.party().kind())) {
                    groups.merge(m.party().name(), 1, Integer::sum);
                }
            }
        }
        if (states.isEmpty() || groups.isEmpty()) {
            return List.of();
        }
        return List.of(top(states), top(groups));
    }

    private static String top(Map<String, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** The state named most often in a readout, if strictly more often than any other, else none. */
    private static List<String> mainState(List<List<PartyMention>> names, List<String> given) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (List<PartyMention> segmentNames : names) {
            for (PartyMention m : segmentNames) {
                if (m.party().isState() && (given.isEmpty() || given.contains(m.party().name()))) {
                    counts.merge(m.party().name(), 1, Integer::sum);
                }
            }
        }
        List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).toList();
        if (ranked.size() == 1 || ranked.size() > 1 && ranked.get(0).getValue() > ranked.get(1).getValue()) {
            return List.of(ranked.get(0).getKey());
        }
        return List.of();
    }

    /** The parties of the readout's conflict: given ones, else those of call frames, else the states named most. */
    private static List<String> conflictParties(List<Segment> segments, List<List<PartyMention>> names, List<List<String>> frames,
                                                List<String> given) {
        if (!given.isEmpty()) {
            return given;
        }
        Set<String> framed = new LinkedHashSet<>();
        frames.forEach(framed::addAll);
        if (framed.size() < 2) {
            // "an agreement between Israel and Hamas on a ceasefire": the text names the two sides itself, and they
            // outrank whichever states it happens to mention more often (the mediators, the venue)
            for (int i = 0; i < segments.size(); i++) {
                Matcher m = BETWEEN.matcher(segments.get(i).text());
                if (m.find()) {
                    Set<String> pair = new LinkedHashSet<>();
                    for (PartyMention n : names.get(i)) {
                        if (n.start() >= m.start() && n.end() <= m.end()) {
                            pair.add(n.party().name());
                        }
                    }
                    if (pair.size() >= 2) {
                        return new ArrayList<>(pair);
                    }
                }
            }
        }
        Map<String, Integer> states = new LinkedHashMap<>();
        for (List<PartyMention> segmentNames : names) {
            for (PartyMention m : segmentNames) {
                if (!"organization".equals(m.party().kind())) {
                    states.merge(m.party().name(), 1, Integer::sum);
                }
            }
        }
        if (framed.size() >= 2) {
            return new ArrayList<>(framed);
        }
        List<Map.Entry<String, Integer>> counts = states.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue()).toList();
        List<String> ranked = counts.stream().map(Map.Entry::getKey).toList();
        Set<String> out = new LinkedHashSet<>(framed);
        for (String s : ranked) {
            if (out.size() >= 2) {
                break;
            }
            out.add(s);
        }
        return new ArrayList<>(out);
    }
}
