package org.stance.core.readout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSegmenterTest {
    private final RuleSegmenter seg = new RuleSegmenter();

    private List<String> texts(String text) {
        return seg.segment(text).stream().map(Segment::text).toList();
    }

    @Test
    void aJournalistsQuestionStaysWholeUpToTheAnswer() {
        assertEquals(List.of("Q: On Saturday the ministry said he had died, calling the centres camps and urging China to close "
                        + "them. What is your response?", "Hua Chunying: The statement flies in the face of the facts.", "He is alive."),
                texts("Q: On Saturday the ministry said he had died, calling the centres camps and urging China to close them. "
                        + "What is your response? Hua Chunying: The statement flies in the face of the facts. He is alive."));
        // with no label, the answer begins after the question mark
        assertEquals(List.of("Q: Will pilgrims go this year? Will the numbers be usual?", "Arrangements have been made."),
                texts("Q: Will pilgrims go this year? Will the numbers be usual? Arrangements have been made."));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "Rubio spoke with Dar.  He urged calm.";
        for (Segment s : seg.segment(text)) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
        }
    }

    @Test
    void abbreviationsTitlesAndInitialsDoNotEndSentences() {
        assertEquals(List.of("The U.S. envoy met Sen. Graham and Dr. Tedros on Sept. 3 in Washington.",
                        "Donald J. Trump said the U.S. would help."),
                texts("The U.S. envoy met Sen. Graham and Dr. Tedros on Sept. 3 in Washington. Donald J. Trump said the U.S. would help."));
        // "Md." (Mohammad) in Bangladeshi names
        assertEquals(List.of("Jaishankar met Foreign Adviser Md. Touhid Hossain in Bangkok."),
                texts("Jaishankar met Foreign Adviser Md. Touhid Hossain in Bangkok."));
    }

    @Test
    void dottedAbbreviationEndsASentenceBeforeAnOpener() {
        assertEquals(List.of("Talks were held in the U.S.", "The minister left."),
                texts("Talks were held in the U.S. The minister left."));
    }

    @Test
    void quotesEllipsesAndLineBreaks() {
        assertEquals(List.of("He said: \"We will not stand by.\"", "The talks ended... without a deal.", "Next paragraph."),
                texts("He said: \"We will not stand by.\" The talks ended... without a deal.\n\nNext paragraph."));
    }

    @Test
    void aQuotationOpenedByAColonSplitsIntoItsSentencesOneClosedByAnAttributionDoesNot() {
        assertEquals(List.of("The Foreign Secretary said: \"I condemn the strikes in Doha.", "Our thoughts are with the people of Qatar.",
                        "I call on all parties to show restraint.\"", "The minister left."),
                texts("The Foreign Secretary said: \"I condemn the strikes in Doha. Our thoughts are with the people of Qatar. "
                        + "I call on all parties to show restraint.\" The minister left."));
        assertEquals(List.of("\"The agreement ended a war. No one should put that at risk,\" the spokesperson said.", "She left."),
                texts("\"The agreement ended a war. No one should put that at risk,\" the spokesperson said. She left."));
    }

    @Test
    void aFirstPersonSpeechActAfterACommaAndStartsAClause() {
        assertEquals(List.of("We urge the Philippines to stop its provocations,", "and we firmly oppose the United States meddling in the issue."),
                texts("We urge the Philippines to stop its provocations, and we firmly oppose the United States meddling in the issue."));
        // not a speech act: one clause
        assertEquals(List.of("We met the delegation, and we firmly believe the talks went well."),
                texts("We met the delegation, and we firmly believe the talks went well."));
    }

    @Test
    void datelineIsASegmentOfItsOwn() {
        assertEquals(List.of("ISLAMABAD, May 8 —", "Pakistan rejected the claims."),
                texts("ISLAMABAD, May 8 — Pakistan rejected the claims."));
        // datelines of other houses, pasted without their line break
        assertEquals(List.of("Valletta (dpa) -", "Lavrov accused the bloc."), texts("Valletta (dpa) - Lavrov accused the bloc."));
        assertEquals(List.of("Pretoria, 15 March 2025", "The Presidency has noted the announcement."),
                texts("Pretoria, 15 March 2025 The Presidency has noted the announcement."));
        assertEquals(List.of("Brussels, 07.08.2025", "The European Union deplores the sentence."),
                texts("Brussels, 07.08.2025 The European Union deplores the sentence."));
        assertEquals(List.of("Addis Ababa, 19 June 2025:", "The Chairperson received the minister."),
                texts("Addis Ababa, 19 June 2025: The Chairperson received the minister."));
        assertEquals(List.of("Addis Ababa -", "The Chairperson received the minister."),
                texts("Addis Ababa - The Chairperson received the minister."));
        assertTrue(RuleSegmenter.isDateline("Washington, D.C., March 18, 2025"));
        // a sentence that opens on a place is not a dateline
        assertEquals(List.of("Brussels, 7 August 2025 marked a turning point."), texts("Brussels, 7 August 2025 marked a turning point."));
    }

    @Test
    void clausesWithASecondSpeechActAreSplit() {
        assertEquals(List.of("He expressed sorrow to Sharif for the loss of civilian lives,",
                        "while also urging Pakistan to end support for terrorist groups."),
                texts("He expressed sorrow to Sharif for the loss of civilian lives, while also urging Pakistan to end support for terrorist groups."));
        // "while" that brings in what others did is no second speech act
        assertEquals(List.of("Qatar welcomed the ceasefire agreement, while Israeli air strikes killed at least 20 people."),
                texts("Qatar welcomed the ceasefire agreement, while Israeli air strikes killed at least 20 people."));
        assertEquals(List.of("Spain will keep its embassy open,", "while it continues to accompany the talks."),
                texts("Spain will keep its embassy open, while it continues to accompany the talks."));
        assertEquals(List.of("The minister condemned the attack on the convoy,", "and called on both sides to respect the truce."),
                texts("The minister condemned the attack on the convoy, and called on both sides to respect the truce."));
        assertEquals(List.of("The minister condemned the attack", "and he urged both sides to respect the truce."),
                texts("The minister condemned the attack and he urged both sides to respect the truce."));
        assertEquals(List.of("She welcomed the prisoner exchange;", "she also pressed Moscow to return the deported children."),
                texts("She welcomed the prisoner exchange; she also pressed Moscow to return the deported children."));
        // news copy reports the second speech act with a participle: ", saying ...", ", dismissing ..."
        assertEquals(List.of("Harare on Tuesday denounced the new sanctions on senior officials,",
                        "saying Washington had put a new label on old measures."),
                texts("Harare on Tuesday denounced the new sanctions on senior officials, saying Washington had put a new label on old measures."));
        assertEquals(List.of("Tehran condemned the sanctions on its intelligence ministry,",
                        "dismissing them as a worn-out instrument of pressure."),
                texts("Tehran condemned the sanctions on its intelligence ministry, dismissing them as a worn-out instrument of pressure."));
    }

    @Test
    void aSecondThatOfTheSameVerbIsNotASecondSpeechAct() {
        // "underlined that A, and that B": one speech act with two contents, as the guide's clause-split convention has it
        String one = "Đurić underlined that Serbia and Montenegro are bound by history, and that no political decision can sever "
                + "the bonds between the two peoples.";
        assertEquals(List.of(one), texts(one));
    }

    @Test
    void aClauseSharingItsSubjectWithoutACommaStaysWhole() {
        // the guide's example: one statement, accusatory and condolence
        assertEquals(List.of("He condemned the horrific attack and offered condolences to the families of the victims."),
                texts("He condemned the horrific attack and offered condolences to the families of the victims."));
    }

    @Test
    void plainCoordinationIsNotSplit() {
        assertEquals(List.of("He urged restraint and dialogue between the two neighbours."),
                texts("He urged restraint and dialogue between the two neighbours."));
    }

    @Test
    void eachPointOfAListIsASegment() {
        assertEquals(List.of("The Chairperson set out the following points:", "1. The border should be settled peacefully;",
                        "2. The Union thanks Qatar for its mediation;", "3. The Council will be briefed."),
                texts("The Chairperson set out the following points: 1. The border should be settled peacefully; "
                        + "2. The Union thanks Qatar for its mediation; 3. The Council will be briefed."));
        assertEquals(List.of("He conveyed these points:", "(i) channels should stay open;", "(ii) force serves no one; and",
                        "(iii) talks should resume."),
                texts("He conveyed these points: (i) channels should stay open; (ii) force serves no one; and (iii) talks should resume."));
        assertEquals(List.of("Talks were held in rounds: 2 of them in Doha."), texts("Talks were held in rounds: 2 of them in Doha."),
                "a number without its full stop opens no list");
        // Japanese readouts number their sentences: "(2)" after a full stop opens the next one; "(Reuters)" does not
        assertEquals(List.of("(1) Minister Iwaya stated that Japan stands with Ukraine.", "(2) The two ministers shared serious concern."),
                texts("(1) Minister Iwaya stated that Japan stands with Ukraine. (2) The two ministers shared serious concern."));
        assertEquals(List.of("The talks ended. (Reuters) reported it."), texts("The talks ended. (Reuters) reported it."));
        // points numbered in Roman figures, as Pakistani notes number theirs; an initial "v." between names is no point
        assertEquals(List.of("The following points were conveyed:", "i. Allegations are unacceptable.", "ii. The struggle has cost lives.",
                        "iii. Pakistan remains ready for dialogue."),
                texts("The following points were conveyed: i. Allegations are unacceptable. ii. The struggle has cost lives. "
                        + "iii. Pakistan remains ready for dialogue."));
        assertEquals(List.of("The case Croatia v. Slovenia was heard."), texts("The case Croatia v. Slovenia was heard."));
        // a briefing's abbreviated title before the speaker's name does not end a sentence
        assertEquals(List.of("SEC. PANELO: We are not going to war."), texts("SEC. PANELO: We are not going to war."));
    }

    @Test
    void aTitleAfterAnAbbreviatedCountryDoesNotEndTheSentence() {
        assertEquals(List.of("U.N. Secretary-General Antonio Guterres welcomed the handover."),
                texts("U.N. Secretary-General Antonio Guterres welcomed the handover."));
    }
}
