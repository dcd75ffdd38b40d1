package org.stance.core.readout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stance.core.Fixtures;

class ReadoutAnalyzerTest {
    private final ReadoutAnalyzer analyzer = ReadoutAnalyzer.rules(Fixtures.gazetteer());

    private static final String SEED = "Secretary of State Marco Rubio spoke separately today with Indian External Affairs "
            + "Minister Subrahmanyam Jaishankar and Pakistani Prime Minister Shehbaz Sharif. In both calls, the Secretary "
            + "urged the two sides to work toward de-escalation. To Jaishankar, Rubio reaffirmed his commitment to work with "
            + "India in the fight against terrorism. He expressed sorrow to Sharif for the loss of civilian lives, while also "
            + "urging Pakistan to end support for terrorist groups. He expressed support for direct dialogue between India "
            + "and Pakistan.";

    @Test
    void seedReadoutIsAttributedAsTheGuideSays() {
        ReadoutAnalysis a = analyzer.analyze(Readout.of(SEED));
        assertEquals("United States", a.speaker());
        assertEquals(1, a.context().size(), "the call frame is context");
        List<List<String>> parties = a.statements().stream().map(AttributedStatement::parties).toList();
        assertEquals(List.of(List.of("India", "Pakistan"), List.of("India"), List.of("Pakistan"), List.of("Pakistan"),
                List.of("India", "Pakistan")), parties);
    }

    @Test
    void pronounCarriesTheCallsParty() {
        ReadoutAnalysis a = analyzer.analyze(Readout.of("Secretary Rubio held a call with Foreign Minister Enrique Manalo. "
                + "He condemned the attack on the supply mission. The Secretary also condemned China's dangerous manoeuvres at "
                + "Second Thomas Shoal."));
        assertEquals(List.of("Philippines"), a.statements().get(0).parties());
        assertEquals(List.of("China"), a.statements().get(1).parties(), "blame of a third party goes to that party");
    }

    @Test
    void otherActorsAndBackgroundAreContext() {
        ReadoutAnalysis a = analyzer.analyze(new Readout("WASHINGTON, May 8 — Secretary Rubio urged India and Pakistan to "
                + "show restraint. Pakistan's foreign ministry said it would respond to any aggression. Militants killed 26 "
                + "people in Pahalgam last month. State Department spokesperson Tammy Bruce said in a statement.",
                Optional.of("United States"), List.of()));
        assertEquals(1, a.statements().size());
        assertEquals(List.of("India", "Pakistan"), a.statements().get(0).parties());
        assertEquals(4, a.context().size());
    }

    @Test
    void theSpeakersOwnConcernIsAStatementEvenWhenItNamesKillingsAndAnotherOfficialsIsNot() {
        ReadoutAnalysis a = shipped.analyze(new Readout("The Secretary-General is gravely concerned by the clashes along the border "
                + "between Cambodia and Thailand, which have reportedly killed civilians on both sides. He extends his condolences to "
                + "the families of those who lost their lives. Thailand's army was alarmed by the shelling, which killed two soldiers.",
                Optional.of("United Nations"), List.of()));
        assertEquals(2, a.statements().size(), a.toString());
        assertEquals(List.of("Cambodia", "Thailand"), a.statements().get(0).parties());
        assertTrue(a.statements().get(1).segment().text().startsWith("He extends"));
        assertTrue(a.context().get(0).text().startsWith("Thailand's army"));
    }

    @Test
    void whomTheFirstPersonUrgesIsNotTheSpeakerThoughTheLeadNarratesWhatItDid() {
        ReadoutAnalyzer standard = ReadoutAnalyzer.standard(
                org.stance.core.party.Gazetteer.load(java.nio.file.Path.of("..", "datasets", "gazetteer.json")));
        ReadoutAnalysis a = standard.analyze(new Readout("On June 17, the Philippines sent a resupply ship to Ren'ai Jiao. "
                + "The China Coast Guard took necessary measures in accordance with the law. We urge the Philippines to "
                + "immediately stop its provocations. China remains committed to handling differences through dialogue.",
                Optional.empty(), List.of(), "Foreign Ministry Spokesperson's Remarks on the Philippines' Provocation at Ren'ai Jiao"));
        assertEquals("China", a.speaker());
        assertEquals(List.of("Philippines"), a.statements().get(a.statements().size() - 2).parties());
        // with no one else named as speaking, the Philippines still is not the speaker
        assertEquals("", standard.analyze(Readout.of("On June 17, the Philippines sent a resupply ship to Ren'ai Jiao. We urge the "
                + "Philippines to immediately stop its provocations.")).speaker());
    }

    @Test
    void aFirstPersonReleaseThatTellsTheOtherSideWhatItsStateWillDoNamesItsIssuer() {
        ReadoutAnalysis a = shipped.analyze(new Readout("This evening I spoke with Israel's Foreign Minister. I made clear to the "
                + "Minister that Australia expects full accountability for the deaths of the aid workers. We will keep pressing for "
                + "answers.", Optional.empty(), List.of(), "Call with the Foreign Minister of Israel"));
        assertEquals("Australia", a.speaker());
    }

    @Test
    void anotherPartysOfficialAccreditedToTheSpeakerAndAnIntroductoryLineAreContext() {
        ReadoutAnalysis a = shipped.analyze(new Readout("The council urged all parties to respect the safety of U.N. personnel. "
                + "Israel's U.N. ambassador Danny Danon said the peacekeepers should move north. The overview is as follows. "
                + "The council called on Israel and Hezbollah to implement resolution 1701.", Optional.of("United Nations"), List.of()));
        assertEquals(List.of("Israel's U.N. ambassador Danny Danon said the peacekeepers should move north.", "The overview is as follows."),
                a.context().stream().map(Segment::text).toList());
        assertEquals(2, a.statements().size());
    }

    @Test
    void bothSidesAreThoseTheTextSaysAreBetweenNotTheStatesItNamesMostOften() {
        ReadoutAnalysis a = shipped.analyze(new Readout("Qatar and Egypt welcomed an agreement between Israel and Hamas on a ceasefire "
                + "in Gaza. Egypt said the crossing would open. Egypt's foreign ministry thanked Qatar. He urged both sides to abide by "
                + "the terms of the deal.", Optional.of("Qatar"), List.of()));
        AttributedStatement last = a.statements().get(a.statements().size() - 1);
        assertEquals("He urged both sides to abide by the terms of the deal.", last.segment().text());
        assertEquals(List.of("Israel", "Hamas"), last.parties());
    }

    @Test
    void givenPartiesRestrictTheResultAndUnknownNamesAreReported() {
        ReadoutAnalysis a = analyzer.analyze(new Readout("Rubio spoke with Jaishankar. He urged India and Pakistan to talk. "
                + "He also thanked Minister Zorblat of Freedonia for his help.", Optional.empty(), List.of("India")));
        assertEquals(List.of("India"), a.statements().get(0).parties());
        assertTrue(a.unknownNames().stream().anyMatch(n -> n.contains("Zorblat")), a.unknownNames().toString());
        // a part of a name the gazetteer knows is not reported ("Democratic Republic" and "Congo" of the whole name)
        ReadoutAnalysis known = shipped.analyze(new Readout("The EU expresses its solidarity with the people of the Democratic "
                + "Republic of the Congo.", Optional.of("European Union"), List.of()));
        assertEquals(List.of(), known.unknownNames());
        assertEquals(List.of(), shipped.analyze(new Readout("Lavrov expressed concern over attempts by Western countries to "
                + "draw Yerevan away.", Optional.of("Russia"), List.of())).unknownNames());
        assertEquals(List.of("Democratic Republic of the Congo"), known.statements().get(0).parties());
    }

    @Test
    void wordsOfOfficesBodiesAndDatesAreNoUnknownNames() {
        ReadoutAnalysis a = shipped.analyze(new Readout("The Ministry of Foreign Affairs of the Republic of Türkiye strongly condemns "
                + "the attack. We extend our condolences to the people and Government of Pakistan. We also thank President "
                + "Zorblat of Freedonia for the message he sent in June.", Optional.of("Turkey"), List.of()));
        // "Affairs", "Government", "June" name no one; the stranger still does
        assertTrue(a.unknownNames().stream().noneMatch(n -> n.matches("Affairs|Government|June|Minister")), a.unknownNames().toString());
        assertTrue(a.unknownNames().stream().anyMatch(n -> n.contains("Zorblat")) || a.unknownNames().contains("Freedonia"),
                a.unknownNames().toString());
    }

    @Test
    void capitalsThatNameTwoFrameworksAreNoParties() {
        // "the Luanda and Nairobi processes": both capitals name frameworks, the first as much as the second
        assertEquals(List.of(List.of()), parties("The Minister called on all sides to return to the Luanda and Nairobi processes."));
        assertEquals(List.of(List.of()), parties("The Minister praised the Minsk and Astana formats."));
    }

    /** The shipped gazetteer: the rules below lean on its officials and their roles. */
    private final ReadoutAnalyzer shipped = ReadoutAnalyzer.rules(
            org.stance.core.party.Gazetteer.load(java.nio.file.Path.of("..", "datasets", "gazetteer.json")));

    private List<List<String>> parties(String text) {
        return shipped.analyze(Readout.of(text)).statements().stream().map(AttributedStatement::parties).toList();
    }

    @Test
    void aBareTitleNamesThePartyWhoseOfficialHoldsIt() {
        // two parties in the call frame; only Ethiopia records a head of government
        List<List<String>> p = parties("The Chairperson of the African Union Commission, Mahmoud Ali Youssouf, met Prime "
                + "Minister Abiy Ahmed and a delegation of the Tigray People's Liberation Front in Addis Ababa. With the Prime "
                + "Minister, he discussed the return of displaced families. He also congratulated the Prime Minister on the "
                + "opening of the new terminal.");
        assertEquals(List.of(List.of("Ethiopia"), List.of("Ethiopia")), p);
    }

    @Test
    void bothMemberStatesAreThePartiesOfTheReadout() {
        // a regional body calls its members "Member States" or "Partner States"
        List<List<String>> p = parties("The SADC Executive Secretary met the foreign ministers of Malawi and Tanzania in Gaborone. "
                + "She urged both Member States to refrain from unilateral steps on the lake.");
        assertEquals(List.of("Malawi", "Tanzania"), p.get(p.size() - 1));
    }

    @Test
    void anAssessmentOfWhatANamedPartyDidGoesToThatPartyNotToTheCall() {
        List<List<String>> p = parties("Foreign Minister Espen Barth Eide spoke with Prime Minister Mohammad Mustafa of Palestine. "
                + "Eide told Mustafa that the Israeli decision was an extreme step. "
                + "He also underlined that Israel's withholding of tax revenues was weakening the Authority. "
                + "He said Israel's revocation of the diplomats' accreditation had been a punishment.");
        assertEquals(List.of("Israel"), p.get(p.size() - 3));
        assertEquals(List.of("Israel"), p.get(p.size() - 2));
        assertEquals(List.of("Israel"), p.get(p.size() - 1), "a possessive needs no \"that\"");
    }

    @Test
    void whoeverTheSpeakerThanksIsAddressedAnOrganizationToo() {
        // organizations named in passing are not addressed; thanked, they are
        List<List<String>> p = parties("The Ministry of Foreign Affairs of the Czech Republic condemns the cyberattack on its network. "
                + "We thank our allies in the European Union and NATO for their swift expressions of solidarity.");
        assertEquals(List.of("European Union", "NATO"), p.get(p.size() - 1));
    }

    @Test
    void partiesNamedTogetherAreBothAddressed() {
        List<List<String>> p = parties("Wang Yi held a phone call with Iranian Foreign Minister Abbas Araghchi. Wang Yi said "
                + "that Iran and Pakistan are both valued neighbours of China.");
        assertEquals(List.of(List.of("Iran", "Pakistan")), p);
    }

    @Test
    void inSeparateCallsAStatementNamingOneSidesOfficialMovesTheCallToThatSide() {
        // "Abiy" and "Isaias" are how Ethiopian and Eritrean leaders are called; the bare statements after a
        // statement to one of them keep that side, not both
        List<List<String>> p = parties("President William Ruto held telephone conversations with Prime Minister Abiy Ahmed of "
                + "Ethiopia and President Isaias Afwerki of Eritrea. President Ruto assured Prime Minister Abiy that Kenya would "
                + "support talks on access to the sea. He conveyed condolences for the lives lost in the floods. He asked President "
                + "Isaias to receive an envoy in Asmara. He also discussed trade.");
        assertEquals(List.of(List.of("Ethiopia"), List.of("Ethiopia"), List.of("Eritrea"), List.of("Eritrea")), p);
    }

    @Test
    void theGroupOrTheMovementIsTheArmedGroupLastNamed() {
        List<List<String>> p = parties("Youssouf met President Felix Tshisekedi in Kinshasa. He condemned the M23 offensive on "
                + "Uvira. He warned that the parallel administration the movement has set up in Goma had no legitimacy.");
        assertEquals(List.of(List.of("M23"), List.of("M23")), p);
        // no armed group named before: "the group" stays unresolved, and the call's party keeps the statement
        assertEquals(List.of(List.of("Democratic Republic of the Congo")), parties("Youssouf met President Felix Tshisekedi in "
                + "Kinshasa. He warned that the group had no legitimacy."));
    }

    @Test
    void welcomingAPartysDecisionIsNoMeetingWithIt() {
        List<List<String>> p = parties("Minister of Foreign Affairs Hakan Fidan hosted Minister of Foreign Affairs of Iraq Fuad Hussein "
                + "in Ankara today. He welcomed the PKK's decision to lay down its arms. He noted that Türkiye is also facing a severe drought.");
        assertEquals(List.of("Iraq"), p.get(1), p.toString());
    }

    @Test
    void satDownWithFramesAMeeting() {
        List<List<String>> p = parties("NATO Secretary General Mark Rutte sat down today with President Alexander Stubb of Finland "
                + "and Prime Minister Kristen Michal of Estonia. He discussed the repair of the damaged cables.");
        assertEquals(List.of(List.of("Finland", "Estonia")), p);
    }

    @Test
    void aCallWhosePartyIsNamedBeforeTheVerbOrAfterBetweenFramesWhatFollows() {
        assertEquals(List.of("Ethiopia"), frameOfSecond("Russia", "On 14 March, talks took place in Moscow between Russian Foreign "
                + "Minister Sergey Lavrov and the Minister of Foreign Affairs of Ethiopia, Gedion Timothewos.",
                "Sergey Lavrov conveyed sincere sympathy over the lives lost to the landslides."));
        assertEquals(List.of("Egypt"), frameOfSecond("China", "At the request of Egyptian Foreign Minister Badr Abdelatty, Foreign "
                + "Minister Wang Yi held a phone conversation with him on 21 September.", "Wang Yi said the two sides should keep up "
                + "close strategic communication."));
        assertEquals(List.of("Afghanistan"), frameOfSecond("Qatar", "The Prime Minister received a phone call today from the Acting "
                + "Minister of Foreign Affairs in the Afghan caretaker government.", "He stressed the importance of dialogue."));
        assertEquals(List.of(), frameOfSecond("Qatar", "The Prime Minister welcomed Afghanistan's decision to reopen schools.",
                "He stressed the importance of dialogue."), "a sentence that tells of no call frames nothing");
        assertEquals(List.of(), frameOfSecond("Peru", "The Minister said calls by legislators to abandon the Pact of Bogotá were "
                + "misguided.", "She said the ruling was final."), "'calls ... to' a verb is no call with the place named after it");
    }

    @Test
    void aCallNamingBothSidesBeforeTheVerbNamesNoCounterpartForTheSpeakerRules() {
        // with the speaker unknown, "between Lavrov and the Minister of Ethiopia" cannot tell the counterpart from the speaker
        assertEquals(List.of(), new RulePartyAttributor(shipped.gazetteer()).counterparts("Talks took place in Moscow between Russian "
                + "Foreign Minister Sergey Lavrov and the Minister of Foreign Affairs of Ethiopia, Gedion Timothewos."));
    }

    /** The call frame the rules read for the second of two sentences, the first a context line. */
    private List<String> frameOfSecond(String speaker, String first, String second) {
        String text = first + " " + second;
        List<Segment> segments = List.of(Segment.of(text, 0, first.length()), Segment.of(text, first.length() + 1, text.length()));
        return new RulePartyAttributor(shipped.gazetteer()).evidence(segments, List.of(false, true), speaker, List.of())
                .segments().get(1).frame();
    }

    @Test
    void concernThatAPartyDoesWrongAccusesThatParty() {
        List<List<String>> p = parties("President Steinmeier received Foreign Minister Jean-Noel Barrot in Berlin. Steinmeier voiced "
                + "concern that Algeria continues to imprison a French journalist. He encouraged Paris to resume calm exchanges "
                + "with Algiers.");
        assertEquals(List.of(List.of("Algeria"), List.of("France", "Algeria")), p);
    }

    @Test
    void theAgentAfterOfInAHostileActIsAccusedButNotAStateThatSuffersIt() {
        RulePartyAttributor rules = new RulePartyAttributor(shipped.gazetteer());
        String vessels = "He voiced serious concern over the dangerous actions of Chinese vessels against Philippine boats near "
                + "Scarborough Shoal.";
        assertEquals(Map.of("China", AttributionCue.ACCUSED_BY), cues(rules, vessels, "Japan"));
        assertEquals(Map.of("M23", AttributionCue.ACCUSED_BY), cues(rules, "He denounced the offensive of the M23 on Goma.", "Kenya"));
        // a state after "of" is what suffers the act
        assertEquals(Map.of("Ukraine", AttributionCue.ACCUSED), cues(rules, "He condemned the invasion of Ukraine.", "Japan"));
        // a war is a hostile act of whoever wages it
        assertEquals(Map.of("Russia", AttributionCue.ACCUSED_POSSESSIVE), cues(rules, "She said ties had sunk to a historic low because of "
                + "Moscow's war against Ukraine.", "Iceland"));
    }

    @Test
    void aDemandPutAsANounGoesToWhomItIsMadeOfAndACoastIsAPlace() {
        RulePartyAttributor rules = new RulePartyAttributor(Fixtures.gazetteer());
        assertEquals(Map.of("Pakistan", AttributionCue.DEMAND), cues(rules, "The two leaders discussed the need for Pakistan to "
                + "act against the groups.", "United States"));
        assertEquals(Map.of("Pakistan", AttributionCue.DEMAND), cues(rules, "He repeated his call for Islamabad to release them.",
                "India"));
        // a state whose coast locates something is named only as a place, as "in Pakistan" is
        assertEquals(Map.of("Pakistan", AttributionCue.NAMED_WEAK), cues(rules, "The consequences for the naval operation off the "
                + "coast of Pakistan would be serious.", "France"));
    }

    private static Map<String, AttributionCue> cues(RulePartyAttributor rules, String text, String speaker) {
        return rules.evidence(List.of(Segment.of(text, 0, text.length())), List.of(true), speaker, List.of()).segments().get(0).cues();
    }

    @Test
    void aPlaceNamedWithADemonymIsNotTheParty() {
        List<List<String>> p = parties("Foreign Minister Anita Anand met Minister Jaishankar in New Delhi. She said the meeting had "
                + "also covered the criminal proceedings under way in British Columbia.");
        assertEquals(List.of(List.of("India")), p);
        ReadoutAnalysis hospital = shipped.analyze(new Readout("The Secretary-General condemns the attack on the Saudi Maternity "
                + "Hospital in El Fasher.", Optional.of("United Nations"), List.of()));
        assertTrue(hospital.statements().get(0).parties().stream().noneMatch("Saudi Arabia"::equals), hospital.statements().toString());
    }

    @Test
    void brusselsIsTheEuropeanUnionAndTheBlocTheOrganizationLastNamed() {
        List<List<String>> p = parties("Lavrov met Foreign Minister Maka Botchorishvili in Moscow. Lavrov accused Brussels of "
                + "blackmailing Georgia. He said the European Union had lost its way and that the bloc's sanctions would fail.");
        assertEquals(List.of(List.of("European Union"), List.of("European Union")), p);
        // where the readout speaks of Belgium, Brussels stays its capital
        assertEquals(List.of(List.of("Belgium")), parties("Lavrov met the Belgian ambassador in Moscow. Lavrov accused Brussels of "
                + "spying."));
    }

    @Test
    void anOrganizationsOwnNameForItselfOrItsHeadsTitleIsThatOrganization() {
        // "the Agency" and "the Director General" after the IAEA is named; "the Union" is the union last named; the speaker's
        // own organization is never its own addressee
        String text = "Foreign Minister Araghchi met the head of the International Atomic Energy Agency and the African Union envoy. "
                + "He accused the Agency of silence. He reproached the Director General for bias. He said the Union was right.";
        List<Segment> segments = new RuleSegmenter().segment(text);
        RulePartyAttributor rules = new RulePartyAttributor(shipped.gazetteer());
        AttributionEvidence e = rules.evidence(segments, segments.stream().map(s -> true).toList(), "Iran", List.of());
        List<List<String>> counted = e.segments().stream().map(s -> s.counted().stream().map(m -> m.party().name()).toList()).toList();
        assertEquals(List.of("International Atomic Energy Agency"), counted.get(1), counted.toString());
        assertEquals(List.of("International Atomic Energy Agency"), counted.get(2), counted.toString());
        assertEquals(List.of("African Union"), counted.get(3), counted.toString());
        AttributionEvidence own = rules.evidence(segments, segments.stream().map(s -> true).toList(), "International Atomic Energy Agency",
                List.of());
        assertTrue(own.segments().get(1).counted().isEmpty(), own.segments().get(1).counted().toString());
    }

    @Test
    void aHyphenatedFamilyNameIsMatchedWhole() {
        // "Martínez" alone is Guatemala's foreign minister; "Martínez-Acha" is Panama's
        assertEquals(List.of(List.of("Panama")), parties("Ramdin met Minister Martínez-Acha in Antigua. He praised Panama's role."));
    }

    @Test
    void appealsToDonorsPartnersOrMemberStatesGoToNoParty() {
        List<List<String>> p = parties("Youssouf met President Bola Tinubu in Abuja. He appealed to the continent's partners "
                + "to fund programmes for rural youth. We urge the donor community to step up its contributions. "
                + "He said member states should consider a stronger mandate for the mission.");
        assertEquals(List.of(List.of(), List.of(), List.of()), p);
    }

    @Test
    void aDemandOfDonorsIsAddressedToNoParty() {
        List<List<String>> p = parties("Lavrov received Algerian Foreign Minister Ahmed Attaf in Moscow. Lavrov called on the "
                + "international community to increase aid to the refugee camps near Tindouf.");
        assertEquals(List.of(List.of()), p);
    }

    @Test
    void theUnnamedGovernmentOfADemandIsTheReadoutsMainState() {
        List<List<String>> p = parties("Kallas discussed South Sudan with the IGAD envoy. She urged the government and the "
                + "SPLM-IO to resume talks in Juba. South Sudan must not slide back into war, she said.");
        assertEquals(List.of("SPLM-IO", "South Sudan"), p.get(1));
    }

    @Test
    void theNthCallSwitchesTheParty() {
        List<List<String>> p = parties("Foreign Minister Johann Wadephul held calls with Chadian Foreign Minister Abderaman "
                + "Koulamallah and Cameroonian Foreign Minister Lejeune Mbella Mbella. In the second call, Wadephul and "
                + "Minister Mbella Mbella discussed the situation in the Far North Region. He voiced his sympathy for the "
                + "displaced families.");
        assertEquals(List.of("Cameroon"), p.get(p.size() - 1), p.toString());
    }

    @Test
    void anEarlierMeetingToldInThePluperfectDoesNotMoveTheCall() {
        List<List<String>> p = parties("Federal Chancellor Karl Nehammer met President Vladimir Putin in Moscow. The Chancellor "
                + "travelled from Kyiv, where he had met President Volodymyr Zelensky. He told his host that the offensive must stop.");
        assertEquals(List.of("Russia"), p.get(p.size() - 1), p.toString());
    }

    @Test
    void theLeadOfAReportNamesTheSpeakerEvenWhenTheOtherSideSpeaksMore() {
        ReadoutAnalysis a = shipped.analyze(Readout.of("BEIJING, July 4 - China on Friday told India to stop interfering "
                + "in Xizang affairs. India's foreign ministry said it takes no position on matters of faith. An Indian "
                + "minister said on Thursday that nobody else had a say. India's government said the matter was closed."));
        assertEquals("China", a.speaker());
    }

    @Test
    void aBriefingOfTheSpeakerByTheOtherSideIsContext() {
        ReadoutAnalysis a = shipped.analyze(new Readout("Prince Faisal bin Farhan received a phone call from Ethiopian "
                + "Foreign Minister Gedion Timothewos. Minister Gedion briefed His Highness on the situation along the "
                + "border. Prince Faisal stressed the importance of dialogue.", Optional.of("Saudi Arabia"), List.of()));
        assertEquals(1, a.statements().size(), a.statements().toString());
        assertTrue(a.statements().get(0).segment().text().startsWith("Prince Faisal stressed"));
    }

    @Test
    void aHeadlineStatementBySomeoneOnBehalfOfABlocNamesTheBlocNotTheTopic() {
        String text = "The humanitarian situation in the Transnistrian region of Moldova is alarming. Russia bears full "
                + "responsibility for halting the gas deliveries.";
        assertTrue(!shipped.analyze(Readout.of(text)).speaker().equals("European Union"));
        Readout titled = new Readout(text, Optional.empty(), List.of(),
                "Moldova: Statement by the High Representative on behalf of the EU on the energy situation");
        assertEquals("European Union", shipped.analyze(titled).speaker());
        Readout byMinistry = new Readout(text, Optional.empty(), List.of(), "Press release issued by the Ministry of Foreign Affairs of Romania");
        assertEquals("Romania", shipped.analyze(byMinistry).speaker());
    }

    @Test
    void aReleasesIssuerLineNamesTheSpeaker() {
        String text = "Official Communiqué 045-22 of the Ministry of Foreign Affairs of Peru, issued in Lima on 13 December 2022.\n"
                + "The Ministry rejects the joint communiqué released yesterday by the Governments of Mexico, Argentina and Bolivia. "
                + "Mexico's foreign ministry said it stood by the statement.";
        assertEquals("Peru", shipped.analyze(Readout.of(text)).speaker());
        // "a Declaration of Principles between ..." names no issuer
        Readout titled = new Readout("Al-Khulaifi attended the signing in Doha. He congratulated the two delegations.", Optional.empty(),
                List.of(), "Qatar Welcomes Signing of Declaration of Principles Between the DRC Government and AFC/M23");
        assertEquals("Qatar", shipped.analyze(titled).speaker());
        // the issuer ends where its meeting begins
        Readout un = new Readout("During the high-level week, the Secretary-General received Abdoulaye Diop, Mali's Minister for Foreign "
                + "Affairs. Mali's minister said the transition would hold.", Optional.empty(), List.of(),
                "Readout of the Secretary-General's meeting with Mali's Minister for Foreign Affairs");
        assertEquals("United Nations", shipped.analyze(un).speaker());
    }

    @Test
    void aTopicBeforeAStatementByATitleIsNotTheSpeaker() {
        String text = "Brussels, 22.04.2025\nThe European Union has taken note with concern of the heavy prison terms handed down "
                + "by a court in Tunis. The EU expects the appeal proceedings to uphold these guarantees.";
        Readout eeas = new Readout(text, Optional.empty(), List.of(), "Tunisia: Statement by the Spokesperson on the verdicts");
        assertEquals("European Union", shipped.analyze(eeas).speaker());
        Readout vatican = new Readout("In response to questions from journalists, the Director issued the following declaration: the "
                + "decision of the Nicaraguan authorities is without justification.", Optional.empty(), List.of(),
                "Declaration of the Director of the Holy See Press Office");
        assertEquals("Holy See", shipped.analyze(vatican).speaker());
    }

    @Test
    void aCallHeadlineNamesTheSideThatIssuedTheReadout() {
        String text = "A phone conversation took place on Sunday between Fuad Hussein and his Turkish counterpart Hakan Fidan. "
                + "The Turkish minister briefed his Iraqi counterpart on the measures Ankara has taken. Fidan stressed that the "
                + "disarmament must be verified.";
        assertEquals("Iraq", speakerOf(text, "Foreign Minister Fuad Hussein receives a telephone call from Turkish Foreign Minister Hakan Fidan"));
        // a statement the release is about is not its issuer
        assertEquals("Peru", shipped.analyze(new Readout("The Ministry of Foreign Affairs of Peru rejects the joint communiqué "
                + "released yesterday by the Governments of Mexico and Bolivia. Peru's foreign minister stressed that the "
                + "succession was lawful.", Optional.empty(), List.of(),
                "Official Communiqué on the joint statement by Mexico, Argentina, Colombia and Bolivia")).speaker());
    }

    @Test
    void withNoOneSpeakingTheGovernmentThatOpensTheLeadIsTheSpeaker() {
        String text = "N'Djamena, 28 November 2024.\nThe Government of the Republic of Chad has decided to terminate the defence "
                + "cooperation agreement with the French Republic.";
        assertEquals("Chad", shipped.analyze(Readout.of(text)).speaker());
    }

    @Test
    void ofAHeadlinesClausesTheOneWhoseSubjectSpeaksNamesTheSpeaker() {
        String text = "ERBIL, Iraq (AP) - Iran's Revolutionary Guard fired missiles on Wednesday at the bases of Kurdish opposition "
                + "groups in northern Iraq, killing at least 13 people. Iranian state media said the strikes targeted terrorist "
                + "headquarters. The State Department said the attack was an assault on Iraq's sovereignty.";
        assertEquals("United States", speakerOf(text, "Iran strikes Kurdish opposition groups in northern Iraq; US condemns attack"));
        assertEquals("Iran", speakerOf(text, "Iran strikes Kurdish opposition groups in northern Iraq"), "with one clause, its subject leads");
    }

    @Test
    void aFirstPersonReleaseIsIssuedFromItsDatelineOrItsMinistrysSeat() {
        String dated = "Bogotá, D.C., 16 September 2025 - This morning we received the chargé d'affaires of the Embassy of the "
                + "United States and handed him a note verbale. We rejected the determination published yesterday in Washington.";
        assertEquals("Colombia", shipped.analyze(Readout.of(dated)).speaker());
        String seat = "On 7 June the chargé d'affaires of the Republic of Belarus was summoned to the Ministry of Foreign Affairs "
                + "in Warsaw. We handed him a note of protest over the death of a soldier at the border.";
        assertEquals("Poland", shipped.analyze(Readout.of(seat)).speaker());
        String summoned = "This morning we summoned the chargé d'affaires of the Islamic Republic of Iran in Baghdad and handed him "
                + "a note of protest over the missiles fired at Erbil.";
        assertEquals("Iraq", shipped.analyze(Readout.of(summoned)).speaker());
        // a place the release only mentions is not where it was issued from
        String mentioned = "We handed a note of protest to the chargé d'affaires over the incident in Minsk.";
        assertEquals("", shipped.analyze(Readout.of(mentioned)).speaker());
    }

    @Test
    void aWireDatelinesCapitalTipsASpeakerThatIsOtherwiseInDoubt() {
        String story = " - Three European states moved on Thursday to restore United Nations sanctions on the nuclear programme. "
                + "Iran said the move had no legal basis. Britain said the decision was taken with regret after months of talks.";
        assertEquals("United Kingdom", shipped.analyze(Readout.of("LONDON, Aug 28 (Reuters)" + story)).speaker());
        assertEquals("Iran", shipped.analyze(Readout.of("TEHRAN, Aug 28 (Reuters)" + story)).speaker());
        // weak evidence: a lead that names who spoke still outweighs it
        String led = "LONDON, Aug 28 (Reuters) - Iran's foreign minister condemned the move on Thursday, calling it unlawful. "
                + "He urged the three European states to reconsider.";
        assertEquals("Iran", shipped.analyze(Readout.of(led)).speaker());
    }

    @Test
    void theStateOfASummonedEnvoyIsNotTheHeadlinesSpeaker() {
        String text = "Following a national investigation, the Ministry today summoned the Ambassador of the People's Republic of "
                + "China. We have established that the campaign against our network was carried out by a group linked to the "
                + "Chinese Ministry of State Security.";
        assertEquals("China", speakerOf(text, "Chinese Ambassador rejects the charges"), "an envoy who speaks in the headline is its speaker");
        assertEquals("", speakerOf(text, "Chinese Ambassador summoned over cyberattack"));
    }

    @Test
    void aBriefingByTheSpokespersonForTheSecretaryGeneralIsTheUnsWhateverItsAnswersName() {
        String text = "QUESTION: Does the Secretary-General have anything to say about the opposition leader taken from Nairobi?\n\n"
                + "SPOKESPERSON: I think it's important that the Kenyan Government look into how this happened on its territory.";
        assertEquals("United Nations", speakerOf(text, "Noon briefing by the Spokesperson for the Secretary-General"));
        assertEquals("", speakerOf(text, "Noon briefing on the events in Nairobi"), "without its issuer the headline names no one");
    }

    @Test
    void inAReleaseTheSummonedEnvoysStateIsNotTheIssuerThoughItsEnvoySpeaksMost() {
        String text = "The Ambassador of the Republic of Moldova, Lilian Darii, was summoned to the Ministry of Foreign Affairs "
                + "today. Ambassador Darii stressed that Chisinau had acted within the law and rejected the protest. Deputy "
                + "Minister Mikhail Galuzin said Moscow expected an explanation.";
        assertEquals("Russia", shipped.analyze(Readout.of(text)).speaker());
        // in a wire story the summoned state is often the one answering
        String story = "MOSCOW, Sept 30 (Reuters) - Russia's ambassador was summoned to the Moldovan foreign ministry. "
                + "Russia rejected the accusations and urged Chisinau to stop its hostile campaign.";
        assertEquals("Russia", shipped.analyze(Readout.of(story)).speaker());
    }

    @Test
    void theCounterpartsOfficialIsNotTheIssuerOfAFirstPersonReadout() {
        String text = "Had a frank phone conversation today with Slovak Foreign Minister Juraj Blanar. I reiterated that transit "
                + "money must not fund the war, and I invited my colleague to visit in the coming weeks.";
        assertEquals("", shipped.analyze(Readout.of(text)).speaker());
    }

    @Test
    void aHeadlineThatLeadsWithAPartyNamesTheSpeaker() {
        String text = "Addis Ababa - The Chairperson held a working session today with President Daniel Chapo of Mozambique. "
                + "Ethiopia's foreign ministry said it welcomed the visit. The Chairperson commended Mozambique for restoring "
                + "public services in Cabo Delgado.";
        assertEquals("Ethiopia", shipped.analyze(Readout.of(text)).speaker(), "without a headline the text alone decides");
        Readout titled = new Readout(text, Optional.empty(), List.of(), "AU Commission Chairperson consults Mozambique");
        assertEquals("African Union", shipped.analyze(titled).speaker());
        Readout object = new Readout(text, Optional.empty(), List.of(), "Chairperson consults Mozambique on the north");
        assertEquals("Ethiopia", shipped.analyze(object).speaker(), "a party after the verb is not the headline's subject");
    }

    @Test
    void inABriefingTranscriptQuestionsAreContextAndTheAnswersTheSpokespersons() {
        String text = "Question: Chisinau says Moscow caused the energy crisis in Transnistria. What is your comment?\n\n"
                + "Maria Zakharova: Such claims are absurd. We urge Chisinau to return to dialogue with Tiraspol.";
        ReadoutAnalysis a = shipped.analyze(Readout.of(text));
        assertEquals("Russia", a.speaker());
        // the question is one piece of context, however many sentences it has
        assertEquals(List.of("Question: Chisinau says Moscow caused the energy crisis in Transnistria. What is your comment?"),
                a.context().stream().map(Segment::text).toList());
        assertEquals(2, a.statements().size(), a.statements().toString());
        assertEquals(List.of("Moldova"), a.statements().get(1).parties());
    }

    @Test
    void publicationBoilerplateIsContext() {
        ReadoutAnalysis a = shipped.analyze(new Readout("Secretary Rubio spoke with Foreign Minister Bourita. "
                + "The Secretary urged Morocco and Algeria to restore ties.\n\nRelated: Morocco renews its position on the border"
                + "\n\nTammy Bruce, Spokesperson for the Department of State\n\nWashington, 26 September 2025",
                Optional.of("United States"), List.of()));
        assertEquals(1, a.statements().size(), a.statements().toString());
        assertEquals(4, a.context().size(), a.context().toString());
    }

    @Test
    void aSummonsIsContextUnlessItSaysWhatWasConveyed() {
        ReadoutAnalysis a = shipped.analyze(new Readout("This Friday morning, we summoned the Chargé d'affaires of the "
                + "Dominican Republic in Port-au-Prince. On Saturday, the Ministry summoned the ambassador of the Russian Federation, "
                + "Vladimir Lipaev, to convey a firm protest over the violation of national airspace.",
                Optional.of("Haiti"), List.of()));
        assertEquals(List.of("This Friday morning, we summoned the Chargé d'affaires of the Dominican Republic in Port-au-Prince."),
                a.context().stream().map(Segment::text).toList());
    }

    @Test
    void aShortLineThatIsNoSentenceIsContext() {
        // an issuing office or a byline: twelve words at most and no sentence-final punctuation
        ReadoutAnalysis a = shipped.analyze(new Readout("The President received the Belgian Minister of Foreign Affairs. "
                + "He urged Belgium to press Rwanda to withdraw its troops.\n\nCommunication Unit of the Presidency of the Republic",
                Optional.of("Democratic Republic of the Congo"), List.of()));
        assertEquals(List.of("He urged Belgium to press Rwanda to withdraw its troops."),
                a.statements().stream().map(s -> s.segment().text()).toList());
    }

    @Test
    void modalDemandsAndJointSubjectsAreTheSpeakers() {
        ReadoutAnalysis a = shipped.analyze(new Readout("The European Union is concerned by the borderisation along the "
                + "occupation line. Russia must withdraw its forces to the positions held before the war.",
                Optional.of("European Union"), List.of()));
        assertEquals(2, a.statements().size(), a.context().toString());
        assertEquals(List.of("Russia"), a.statements().get(1).parties());
        ReadoutAnalysis b = shipped.analyze(new Readout("EAM held talks with Iranian Foreign Minister Abbas Araghchi in New "
                + "Delhi. EAM and FM Araghchi reviewed progress on the Chabahar terminal.", Optional.of("India"), List.of()));
        assertEquals(1, b.statements().size(), b.context().toString());
        assertEquals(List.of("Iran"), b.statements().get(0).parties());
    }

    @Test
    void inANewsReportTheSpeakersActionsAreBackgroundAndItsStancesStatements() {
        ReadoutAnalysis a = shipped.analyze(new Readout("GITEGA, March 3 (Reuters) - Burundi said on Monday it would keep its "
                + "border with Rwanda closed. Burundi shut the frontier in January 2024, weeks after an attack near the "
                + "Congolese border. Burundi remains ready to talk to Kigali.", Optional.of("Burundi"), List.of()));
        assertEquals(List.of("Burundi said on Monday it would keep its border with Rwanda closed.",
                        "Burundi remains ready to talk to Kigali."),
                a.statements().stream().map(x -> x.segment().text()).toList());
    }

    @Test
    void theOperativePointsOfACommuniqueAreTheSpeakers() {
        ReadoutAnalysis a = shipped.analyze(new Readout("The Council met in Nairobi. The Council:\n\n1. Condemns the attack on the "
                + "garrison in Nasir; 2. Urges the Transitional Government to release the detained officials; 3. Decides to "
                + "remain seized of the matter.\n\nOffice of the Spokesperson", Optional.of("IGAD"), List.of()));
        assertEquals(3, a.statements().size(), a.statements().toString());
        assertTrue(a.statements().get(0).segment().text().startsWith("1. Condemns"));
        assertTrue(a.context().stream().anyMatch(c -> c.text().equals("Office of the Spokesperson")), a.context().toString());
    }

    /** The speaker the shipped analyzer infers for a text under a headline. */
    private String speakerOf(String text, String title) {
        return shipped.analyze(new Readout(text, Optional.empty(), List.of(), title)).speaker();
    }
}
