package org.stance.core.readout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stance.core.party.Gazetteer;

/** The speaker rules' evidence, the features the learned resolver reads from it, and the resolver itself. */
class LearnedSpeakerResolverTest {
    private static final Gazetteer G = Gazetteer.load(Path.of("..", "datasets", "gazetteer.json"));
    private final RuleSpeakerResolver rules = new RuleSpeakerResolver(G);

    private SpeakerEvidence evidence(String title, String text) {
        return rules.evidence(title, text, new RuleSegmenter().segment(text));
    }

    @Test
    void theEvidenceKeepsEachCueApartAndTheRulesAddThemUp() {
        SpeakerEvidence e = evidence("", "Jaishankar spoke with Secretary Rubio. He urged Pakistan to show restraint.");
        Map<String, Double> india = e.cues().get("India");
        assertEquals(Set.of("subject_frame_early", "lead_subject", "official_subject", "pronoun_strong_early"), india.keySet(), india.toString());
        assertEquals(6 + 4 + 1 + 3, e.score("India"), 1e-9);
        assertTrue(e.flagged("United States", SpeakerEvidence.COUNTERPART));
        assertEquals("India", e.ruleChoice());
        assertEquals("India", rules.resolve("", "Jaishankar spoke with Secretary Rubio. He urged Pakistan to show restraint.",
                new RuleSegmenter().segment("Jaishankar spoke with Secretary Rubio. He urged Pakistan to show restraint.")));
    }

    @Test
    void aPastedReleasesHeaderLineNamesItsIssuingOffice() {
        SpeakerEvidence presidency = evidence("", "Presidency of the Portuguese Republic\n\n23 November 2018\n\n"
                + "The President of the Republic today received the President of Angola, Joao Lourenco.");
        assertTrue(presidency.cues().getOrDefault("Portugal", Map.of()).containsKey("header_line"), presidency.cues().toString());
        SpeakerEvidence fco = evidence("", "Foreign & Commonwealth Office, London\n\nThe Foreign Secretary met the Zimbabwean delegation.");
        assertTrue(fco.cues().getOrDefault("United Kingdom", Map.of()).containsKey("header_line"), fco.cues().toString());
        assertFalse(fco.cues().containsKey("Commonwealth"), fco.cues().toString());
        // only what stands before the separator is the office: the place after it is where it was issued
        SpeakerEvidence place = evidence("", "Ministry of Foreign and European Affairs – Kigali, 7 January 2010\n\nThe Minister met "
                + "President Kagame.");
        assertFalse(place.cues().getOrDefault("Rwanda", Map.of()).containsKey("header_line"), place.cues().toString());
        // an office that names no state is placed by the field after it, read with it for names that hold a comma
        SpeakerEvidence roc = evidence("", "Ministry of Foreign Affairs, Republic of China (Taiwan) - press release\n\n"
                + "The Ministry regrets the decision.");
        assertTrue(roc.cues().getOrDefault("Taiwan", Map.of()).containsKey("header_line"), roc.cues().toString());
        SpeakerEvidence fcdo = evidence("", "From: Foreign, Commonwealth & Development Office\n\nThe Foreign Secretary met the envoy.");
        assertTrue(fcdo.cues().getOrDefault("United Kingdom", Map.of()).containsKey("header_line"), fcdo.cues().toString());
        assertFalse(fcdo.cues().containsKey("Commonwealth"), fcdo.cues().toString());
        // a headline pasted into the text does not open on an office, and a sentence is no header line
        assertTrue(evidence("", "Dutch, Australians dismayed as Moscow quits talks\n\nRussia said it was leaving the talks.")
                .cues().values().stream().noneMatch(c -> c.containsKey("header_line")));
        assertTrue(evidence("", "Government spokesman Piotr Muller said Poland would not pay.")
                .cues().values().stream().noneMatch(c -> c.containsKey("header_line")));
    }

    @Test
    void theStateWhoseMinistryAnEnvoyWasSummonedToIssuesTheRelease() {
        SpeakerEvidence named = evidence("On the summoning of the Ambassador of Norway", "The Ambassador of Norway was invited to the "
                + "Ministry of Foreign Affairs of Russia on 3 May and handed a note of protest.");
        assertTrue(named.cues().getOrDefault("Russia", Map.of()).containsKey(SpeakerEvidence.SUMMONING_MINISTRY), named.cues().toString());
        assertTrue(named.flagged("Norway", SpeakerEvidence.SUMMONED_ENVOY));
        SpeakerEvidence demonym = evidence("", "Norway's chargé d'affaires was summoned to the Russian Foreign Ministry this morning.");
        assertTrue(demonym.cues().getOrDefault("Russia", Map.of()).containsKey(SpeakerEvidence.SUMMONING_MINISTRY), demonym.cues().toString());
        SpeakerEvidence building = evidence("", "The Ambassador of Egypt was received at the Farnesina this morning by the Secretary "
                + "General.");
        assertTrue(building.cues().getOrDefault("Italy", Map.of()).containsKey(SpeakerEvidence.SUMMONING_MINISTRY), building.cues().toString());
        // the speaker's own envoy summoned abroad: the ministry is the other side's
        SpeakerEvidence ours = evidence("", "Yesterday our Ambassador was summoned to the Serbian Ministry of Foreign Affairs. We regret it.");
        assertTrue(ours.cues().values().stream().noneMatch(c -> c.containsKey(SpeakerEvidence.SUMMONING_MINISTRY)), ours.cues().toString());
    }

    @Test
    void aTitleThatNamesNoStateIsTheIssuersOwnHolder() {
        SpeakerEvidence after = evidence("", "The President of the Republic, Marcelo Rebelo de Sousa, today received the President of "
                + "the Republic of Angola, Joao Lourenco.");
        assertTrue(after.cues().getOrDefault("Portugal", Map.of()).containsKey("own_title"), after.cues().toString());
        assertFalse(after.cues().getOrDefault("Angola", Map.of()).containsKey("own_title"), after.cues().toString());
        SpeakerEvidence before = evidence("", "The Minister was received by His Excellency Professor Faustin-Archange Touadéra, "
                + "President of the Republic, Head of State.");
        assertTrue(before.cues().getOrDefault("Central African Republic", Map.of()).containsKey("own_title"), before.cues().toString());
        // the holder named after the title wins over a name before it
        SpeakerEvidence both = evidence("", "At the invitation of His Majesty King Mohammed VI, the President of the Republic, "
                + "Emmanuel Macron, paid a state visit to Morocco.");
        assertTrue(both.cues().getOrDefault("France", Map.of()).containsKey("own_title"), both.cues().toString());
        assertFalse(both.cues().getOrDefault("Morocco", Map.of()).containsKey("own_title"), both.cues().toString());
        // a title that names its state is not read
        assertTrue(evidence("", "The President of the Republic of Angola, Joao Lourenco, received the minister.").cues().values()
                .stream().noneMatch(c -> c.containsKey("own_title")));
    }

    @Test
    void theRulesSetAsideASummonedEnvoysStateAndWhomTheFirstPersonUrges() {
        SpeakerEvidence e = evidence("", "The Ambassador of Russia was summoned to the Ministry of Foreign Affairs of Moldova. "
                + "Russia's envoy was handed a note of protest. We urge Russia to stop its interference.");
        assertTrue(e.flagged("Russia", SpeakerEvidence.SUMMONED_ENVOY));
        assertTrue(e.flagged("Russia", SpeakerEvidence.ADDRESSED_BY_WE));
        assertFalse(e.ruleChoice().equals("Russia"), e.ruleChoice());
    }

    @Test
    void aReleaseThatNeverNamesItselfIsReadFromWhereTheEnvoyIsPostedAndFromItsOwnResolve() {
        // the summoning state is named only as the envoy's post
        SpeakerEvidence summons = evidence("", "The Ambassador of Algeria in Niamey was summoned to this Ministry. "
                + "He was told that the Government objects to the expulsions.");
        assertTrue(summons.flagged("Algeria", SpeakerEvidence.SUMMONED_ENVOY));
        assertTrue(summons.score("Niger") > 0, summons.cues().toString());
        assertEquals("Niger", summons.ruleChoice());
        // "called in" is a summons too; "a port call in Karachi" and "calls in 2016" are not
        SpeakerEvidence calledIn = evidence("", "The First Vice Minister called in the Russian Ambassador to the Republic of Korea on "
                + "21 October. He urged the Russian side to end the cooperation at once.");
        assertTrue(calledIn.flagged("Russia", SpeakerEvidence.SUMMONED_ENVOY), calledIn.cues() + " " + calledIn.ruleChoice());
        assertEquals("South Korea", calledIn.ruleChoice(), calledIn.cues().toString());
        // whom a minister received is the other side, an initial in the visitor's name notwithstanding
        assertTrue(evidence("", "The Minister received Ferdinand R. Marcos Jr., who brought a letter. He said the apology was "
                + "accepted.").flagged("Philippines", SpeakerEvidence.COUNTERPART));
        // an envoy "received at" or "invited to" the ministry is summoned as well
        SpeakerEvidence received = evidence("", "Austria's Ambassador in Moscow was received at the Ministry of Foreign Affairs at "
                + "the Ministry's invitation. It was pointed out that megaphone diplomacy serves no one.");
        assertTrue(received.flagged("Austria", SpeakerEvidence.SUMMONED_ENVOY), received.cues().toString());
        assertEquals("Russia", received.ruleChoice(), received.cues().toString());
        // one conveys one's own state's position, not in the other side's paraphrase
        SpeakerEvidence own = evidence("", "THE SPOKESPERSON: We condemn the violence against our embassy in Ouagadougou. "
                + "I would also like to recall France's solidarity with the Burkinabe people.");
        assertTrue(own.cues().getOrDefault("France", java.util.Map.of()).containsKey(SpeakerEvidence.SELF_POSSESSIVE),
                own.cues().toString());
        assertFalse(evidence("", "Minister Wang met Minister Iwaya. For his part, Minister Wang explained China's position on the "
                + "islands.").cues().getOrDefault("China", java.util.Map.of()).containsKey(SpeakerEvidence.SELF_POSSESSIVE));
        // a release dated from an organization's seat is the organization's where it is named and the host state is not
        SpeakerEvidence seat = evidence("Press point by the NATO Secretary General", "Brussels, 24 November 2015\n\n"
                + "The Council met at the request of Turkey. NATO stands with our Ally.");
        assertTrue(seat.flagged("NATO", SpeakerEvidence.ISSUING_CAPITAL), seat.cues().toString());
        assertFalse(seat.flagged("Belgium", SpeakerEvidence.ISSUING_CAPITAL));
        SpeakerEvidence host = evidence("", "Brussels, 3 May 2024\n\nThe Belgian government regrets the decision of the EU.");
        assertTrue(host.flagged("Belgium", SpeakerEvidence.ISSUING_CAPITAL), host.cues().toString());
        assertFalse(evidence("", "A Turkish ship made a port call in Karachi, the ambassador to Pakistan said. Relations soured after "
                + "calls in 2016 to halt the talks.").flagged("Turkey", SpeakerEvidence.SUMMONED_ENVOY));
        // the issuer names itself only as the subject of what it will go on doing, after a lead on the other side
        SpeakerEvidence release = evidence("", "On 1 July, France announced that it was suspending its participation. "
                + "We regret that an Ally has chosen a public campaign against our country. "
                + "Türkiye will continue to support the legitimate Government of Libya.");
        assertTrue(release.cues().getOrDefault("Turkey", java.util.Map.of()).containsKey(SpeakerEvidence.SELF_RESOLVE),
                release.cues().toString());
        // without a first person the same sentence is a report about that state, not its voice
        assertFalse(evidence("", "Officials said Türkiye will continue to support the government.").cues()
                .getOrDefault("Turkey", java.util.Map.of()).containsKey(SpeakerEvidence.SELF_RESOLVE));
    }

    @Test
    void theFirstPersonReportingItsOwnStatesResolveNamesTheIssuer() {
        // the counterpart of the call leads; the issuer names itself only in what "I" said it will do
        SpeakerEvidence e = evidence("", "Had a frank phone conversation today with Slovak Foreign Minister Juraj Blanar. "
                + "I reiterated that Ukraine will not allow Russia to profit from the transit.");
        assertTrue(e.cues().getOrDefault("Ukraine", Map.of()).containsKey(SpeakerEvidence.SELF_RESOLVE), e.cues().toString());
        assertFalse(e.cues().getOrDefault("Russia", Map.of()).containsKey(SpeakerEvidence.SELF_RESOLVE), e.cues().toString());
        // a sentence both forms read counts once: the resolve weighs as much as in a sentence only one form reads
        SpeakerEvidence both = evidence("", "Had a frank phone conversation today with Slovak Foreign Minister Juraj Blanar. "
                + "Ukraine will not waver, as we reiterated today that Ukraine will not allow Russia to profit from the transit.");
        assertEquals(e.cues().get("Ukraine").get(SpeakerEvidence.SELF_RESOLVE), both.cues().get("Ukraine").get(SpeakerEvidence.SELF_RESOLVE),
                both.cues().toString());
        // a state that "will not" do something, reported by someone else, is not the issuer's resolve
        assertFalse(evidence("", "Officials said that Ukraine will not allow the transit.").cues()
                .getOrDefault("Ukraine", Map.of()).containsKey(SpeakerEvidence.SELF_RESOLVE));
    }

    @Test
    void aBareSecretaryIsTheStateDepartmentsAndTheSecretaryGeneralTheUnitedNations() {
        SpeakerEvidence state = evidence("", "The Secretary spoke today with Sudanese Armed Forces Commander al-Burhan. The Secretary "
                + "condemned the atrocities in El Fasher.");
        assertEquals("United States", state.ruleChoice(), state.cues().toString());
        SpeakerEvidence un = evidence("", "The Secretary-General spoke today with Sudanese Armed Forces Commander al-Burhan.");
        assertEquals("United Nations", un.ruleChoice(), un.cues().toString());
        // a secretary of someone is not the State Department's
        SpeakerEvidence foreign = evidence("", "The Foreign Secretary spoke today with Prime Minister Mikati of Lebanon.");
        assertFalse(foreign.cues().containsKey("United States"), foreign.cues().toString());
    }

    @Test
    void theLineThatSaysWhomAPastedReleaseIsAttributableToNamesItsIssuer() {
        // the headline names Nauru first; the release's own line names the State Department's spokesperson
        SpeakerEvidence e = evidence("Nauru's Decision to Sever Diplomatic Relations with Taiwan", "Office of the Spokesperson\n\n"
                + "Press Statement\n\nThe following is attributable to Spokesperson Tammy Bruce:\n\nThe United States has taken note "
                + "of today's announcement by the Government of Nauru.");
        assertTrue(e.cues().getOrDefault("United States", Map.of()).containsKey("issuer_line"), e.cues().toString());
        assertEquals("United States", e.ruleChoice(), e.cues().toString());
    }

    @Test
    void aReleaseSignedOffFromACapitalIsIssuedThere() {
        String text = "PRESS STATEMENT\n\nThe Government of the Democratic Republic of the Congo has recalled its Ambassador for "
                + "consultations. The Government has no part in the declaration made at a hotel by private individuals.\n\n"
                + "Issued in Nairobi on 16 December 2023 - ENDS -";
        SpeakerEvidence e = evidence("", text);
        assertTrue(e.flagged("Kenya", SpeakerEvidence.ISSUING_CAPITAL), e.toString());
        // a capital named in the body is no sign-off
        assertFalse(evidence("", "The Minister said the talks in Nairobi went well.").flagged("Kenya", SpeakerEvidence.ISSUING_CAPITAL));
    }

    @Test
    void aBriefingLabelMayOpenOnTheRoleButADatelineIsNoLabel() {
        SpeakerEvidence e = evidence("", "QUESTION: Did India ask for the visit to be stopped?\n\n"
                + "OFFICIAL SPOKESPERSON, SHRI ARINDAM BAGCHI: We reject the insinuations made in Beijing.");
        assertTrue(e.cues().getOrDefault("India", Map.of()).containsKey("briefing_label"), e.cues().toString());
        SpeakerEvidence dateline = evidence("", "Arusha, Tanzania: The Secretary General of the Community met the envoys.");
        assertFalse(dateline.cues().getOrDefault("Tanzania", Map.of()).containsKey("briefing_label"), dateline.cues().toString());
    }

    @Test
    void aHeadlineNamesTheOtherSideAfterWithEvenBehindATitle() {
        // "Taoiseach" is no party name: the name after it is still the object of "with", not the headline's subject
        SpeakerEvidence e = evidence("PM meeting with Taoiseach Simon Harris: 7 September 2024",
                "The Prime Minister met the Taoiseach in Dublin today.");
        assertFalse(e.cues().getOrDefault("Ireland", Map.of()).containsKey("headline_subject"), e.cues().toString());
        assertTrue(evidence("Harris meets Starmer in Dublin", "They met today.").cues()
                .getOrDefault("Ireland", Map.of()).containsKey("headline_subject"));
    }

    @Test
    void featuresNameTheCuesTheRankTheGenreAndHowTheTextNamesEachCandidate() {
        String text = "BEIJING, July 4 (Reuters) - China on Friday told India to stop interfering in Xizang affairs. "
                + "\"We take no position on matters of faith,\" India's foreign ministry said.";
        List<Segment> segments = new RuleSegmenter().segment(text);
        Map<String, Set<String>> f = new SpeakerFeatures().of(text, segments,
                rules.evidence("China tells India to stay out", text, segments));
        assertEquals(List.of("China", "India"), List.copyOf(f.keySet()));
        assertTrue(f.get("China").containsAll(Set.of("rule_choice", "rank:1", "cue:wire_dateline", "title_first", "in_title",
                "news&rule_choice", "kind:capital")), f.get("China").toString());
        assertTrue(f.get("India").containsAll(Set.of("in_title", "quoted:1")), f.get("India").toString());
        assertFalse(f.get("India").contains("rule_choice"));
    }

    @Test
    void theModelDecidesAndAModelOfAnotherStageIsRefused() {
        // a model that trusts only the other side of a call takes it for the speaker: the model, not the rules, decides
        LogisticModel counterpart = new LogisticModel(LogisticModel.SPEAKER, Map.of("flag:counterpart", 8.0), -4.0, 0.5, Map.of());
        String text = "Jaishankar spoke with Secretary Rubio. He urged Pakistan to show restraint.";
        assertEquals("United States", new LearnedSpeakerResolver(G, counterpart).resolve("", text, new RuleSegmenter().segment(text)));
        assertEquals("India", LearnedSpeakerResolver.bundled(G).resolve("", text, new RuleSegmenter().segment(text)));
        // no candidate the model finds likely enough: the speaker is unknown rather than guessed
        LogisticModel doubtful = new LogisticModel(LogisticModel.SPEAKER, Map.of("rule_choice", 1.0), -4.0, 0.5, Map.of());
        assertTrue(doubtful.probability(Set.of("rule_choice")) < LearnedSpeakerResolver.MIN_PROBABILITY);
        assertEquals("", new LearnedSpeakerResolver(G, doubtful).resolve("", text, new RuleSegmenter().segment(text)));
        LogisticModel likelier = new LogisticModel(LogisticModel.SPEAKER, Map.of("rule_choice", 3.0), -4.0, 0.5, Map.of());
        assertEquals("India", new LearnedSpeakerResolver(G, likelier).resolve("", text, new RuleSegmenter().segment(text)));
        LogisticModel statements = new LogisticModel(LogisticModel.STATEMENTS, Map.of(), 0, 0.5, Map.of());
        assertThrows(IllegalArgumentException.class, () -> new LearnedSpeakerResolver(G, statements));
    }

    @Test
    void whomTheFirstPersonUrgesIsNeverACandidate() {
        String text = "On June 17, the Philippines sent a resupply ship to Ren'ai Jiao. We urge the Philippines to immediately stop "
                + "its provocations.";
        assertEquals("", LearnedSpeakerResolver.bundled(G).resolve("", text, new RuleSegmenter().segment(text)));
    }
}
