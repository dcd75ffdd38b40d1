package org.stance.core.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance.core.Fixtures;
import org.stance.core.corpus.DataValidationException;

class GazetteerTest {
    private final Gazetteer g = Fixtures.gazetteer();

    private List<String> names(String text) {
        return g.find(text).stream().map(m -> m.party().name()).toList();
    }

    @Test
    void resolvesNamesOfficialsSurnamesCapitalsAndDemonyms() {
        assertEquals(List.of("United States", "India", "Pakistan"),
                names("Secretary Rubio spoke with the Indian minister, then with Islamabad."));
        assertEquals(List.of("Pakistan"), names("He expressed sorrow to Prime Minister Sharif."), "surname of an official");
        assertEquals(List.of("India"), names("New Delhi said nothing."), "multi-word capital");
        assertEquals(List.of("Pakistan", "India"), names("Pakistanis and Indians mourned."), "plural demonyms");
    }

    @Test
    void ethiopianAndEritreanOfficialsAreMatchedByTheirGivenName() {
        Gazetteer shipped = Gazetteer.load(Path.of("..", "datasets", "gazetteer.json"));
        assertEquals(List.of("Ethiopia", "Eritrea"), shipped.find("Prime Minister Abiy thanked President Isaias.").stream()
                .map(m -> m.party().name()).toList());
        // the father's name is not how they are called, and "Ahmed" is shared by many
        assertTrue(shipped.find("Ahmed spoke.").isEmpty());
        // a Spanish name is called by the father's surname; a surname glued into another name is not the official
        // ("Rodríguez" is then both Cuba's Bruno Rodríguez Parrilla and Venezuela's Delcy Rodríguez: matched alone, it is neither)
        assertTrue(shipped.find("Minister Rodríguez met the envoy.").isEmpty());
        assertEquals(List.of("Peru"), shipped.find("Foreign Minister Schialer spoke.").stream().map(m -> m.party().name()).toList());
        assertTrue(shipped.find("They prayed at Al-Haram Al-Sharif.").isEmpty());
        // nor one that begins a compound given name: Haiti's Fritz Alphonse Jean is not in "Jean-Pierre Thébault", and Saint
        // Lucia's Philip Pierre is not in it either; a full name with a hyphen still is
        assertTrue(shipped.find("Ambassador Jean-Pierre Thébault was recalled.").isEmpty());
        assertEquals(List.of("United Nations"), shipped.find("Jean-Pierre Lacroix briefed the Council.").stream()
                .map(m -> m.party().name()).toList());
        assertEquals(List.of("Syria"), shipped.find("President al-Sharaa spoke.").stream().map(m -> m.party().name()).toList());
        // wire headlines abbreviate the Koreas
        assertEquals(List.of("South Korea", "North Korea"), shipped.find("S. Korea protests N. Korea launch").stream()
                .map(m -> m.party().name()).toList());
    }

    @Test
    void officialsOfLate2025AndWireSpellingsResolve() {
        Gazetteer shipped = Gazetteer.load(Path.of("..", "datasets", "gazetteer.json"));
        assertEquals(List.of("United Kingdom", "Ukraine", "Thailand", "Poland"), shipped.find("Foreign Secretary Yvette Cooper spoke "
                + "with President Zelenskiy, then with Prime Minister Anutin; Cooper later met Nawrocki.").stream()
                .map(m -> m.party().name()).distinct().toList());
    }

    @Test
    void aFamilyNameFollowedByAnotherNameIsSomeoneElse() {
        Gazetteer shipped = Gazetteer.load(Path.of("..", "datasets", "gazetteer.json"));
        // Nigeria's Lai Mohammed is not Taiwan's Lai Ching-te, whose full name and lone family name still are
        assertEquals(List.of("Nigeria"), shipped.find("Nigeria's Information Minister Lai Mohammed spoke.").stream()
                .map(m -> m.party().name()).toList());
        assertEquals(List.of("Taiwan", "Taiwan"), shipped.find("Lai Ching-te spoke; later, President Lai left.").stream()
                .map(m -> m.party().name()).toList());
        // a surname two parties' officials share names no one alone; the full names still do
        assertTrue(shipped.find("Ambassador Ramón Santos was summoned.").isEmpty());
        assertEquals(List.of("Colombia", "Angola"), shipped.find("Juan Manuel Santos met João Ernesto dos Santos.").stream()
                .map(m -> m.party().name()).toList());
        assertEquals(List.of("Timor-Leste"), shipped.find("Prime Minister Rui Maria de Araújo spoke.").stream()
                .map(m -> m.party().name()).toList());
        // a currency is not the party
        assertTrue(shipped.find("a capital of one million US dollars").isEmpty());
        assertEquals(List.of("United States"), shipped.find("US officials said").stream().map(m -> m.party().name()).toList());
    }

    @Test
    void aSurnameOrCapitalUsedAsSomeoneElsesGivenNameIsNoMention() {
        Gazetteer shipped = Gazetteer.load(Path.of("..", "datasets", "gazetteer.json"));
        // a Ukrainian diplomat called Petro is not Colombia's Gustavo Petro; Sofia Sapega is no mention of Bulgaria
        assertEquals(List.of("Ukraine"), shipped.find("The Ukrainian envoy, Petro Ivanenko, was received.").stream()
                .map(m -> m.party().name()).toList());
        assertTrue(shipped.find("They demanded the release of Sofia Sapega by the authorities.").isEmpty());
        // the surname and the capital alone, or in a headline in title case, still are
        assertEquals(List.of("Colombia", "Bulgaria"), shipped.find("Petro said Sofia would not be heard.").stream()
                .map(m -> m.party().name()).toList());
        assertEquals(List.of("United States", "China", "Thailand"), shipped.find("Rubio Meets Wang in Bangkok").stream()
                .map(m -> m.party().name()).toList());
    }

    @Test
    void aSurnameAfterSomeoneElsesGivenNameIsNoMention() {
        Gazetteer shipped = Gazetteer.load(Path.of("..", "datasets", "gazetteer.json"));
        Function<String, List<String>> find = t -> shipped.find(t).stream().map(m -> m.party().name()).toList();
        // New Zealand's Judith Collins is not the United Kingdom's Lord Collins, nor an envoy called David Smith Jamaica's Kamina Johnson Smith
        assertEquals(List.of(), find.apply("The minister, Judith Collins, announced the finding."));
        assertEquals(List.of(), find.apply("The envoy, David Smith, was received."));
        // a particle may stand between the given name and the surname: the island of Juan de Nova is no official of São Tomé
        assertEquals(List.of(), find.apply("The islands of Europa, Juan de Nova and Tromelin were discussed."));
        // a title, a name the official is recorded under, an abbreviation or the opening of a sentence keep the match
        assertEquals(List.of("Jamaica"), find.apply("The envoy met Minister Smith."));
        assertEquals(List.of("Iran"), find.apply("The two ministers, Abbas Araghchi and his guest, met."));
        assertEquals(List.of("Israel"), find.apply("In a call, FM Sa'ar thanked him."));
        assertEquals(List.of("Afghanistan"), find.apply("He left. To Muttaqi, the minister said more."));
        assertEquals(List.of("Rwanda", "Burundi"), find.apply("The accord signed by Presidents Kagame and Ndayishimiye held."));
    }

    @Test
    void aSharedSurnameNamesTheOfficialWhoseFullNameTheTextGives() {
        Gazetteer shipped = Gazetteer.load(Path.of("..", "datasets", "gazetteer.json"));
        Function<String, List<String>> find = t -> shipped.find(t).stream().map(m -> m.party().name()).toList();
        // Spain's Pedro Sánchez and Colombia's Pedro Arnulfo Sánchez share the surname: alone it names neither ...
        assertEquals(List.of(), find.apply("Sánchez said the talks would go on."));
        // ... but after the full name it names him, here and in any later sentence
        assertEquals(List.of("Spain", "Spain", "Spain"), find.apply("Prime Minister Pedro Sánchez met the envoy. Sánchez said the "
                + "talks would go on, and Sánchez's aides agreed."));
        assertEquals(List.of("South Korea", "South Korea"), find.apply("Foreign Minister Cho Hyun spoke. Cho urged restraint."));
        // a text that names both leaves the surname unmatched, and someone else's given name still keeps it from matching
        assertEquals(List.of("Spain", "Colombia"), find.apply("Pedro Sánchez and Pedro Arnulfo Sánchez met. Sánchez spoke."));
        assertEquals(List.of("Spain"), find.apply("Pedro Sánchez arrived. The envoy, Luis Sánchez, was received."));
    }

    @Test
    void aCapitalOrSurnameInsideAPlaceOrInstrumentNameIsNoMention() {
        Gazetteer shipped = Gazetteer.load(Path.of("..", "datasets", "gazetteer.json"));
        assertTrue(shipped.find("Fishers on Lake Victoria met at Capital Hill.").isEmpty(), "Seychelles' capital, El Salvador's minister");
        assertTrue(shipped.find("Raids around Lake Chad and on Lake Malawi.").isEmpty(), "lakes named like states");
        assertEquals(List.of("European Union", "NATO"), shipped.seatedIn("Brussels").stream().map(Party::name).toList());
        assertEquals(List.of(), shipped.seatedIn("Paris"));
        assertTrue(shipped.find("Monitoring of the River Uruguay and boats on the Niger River.").isEmpty(), "rivers named like states");
        // "Martin" and "García" are first names or common surnames far more often than they are Micheál Martin or the ELN's commander
        assertTrue(shipped.find("Dredging the Martín García channel near the General San Martín bridge.").isEmpty());
        // a generational suffix names no one alone ("Jamalul Kiram III" is not Lloyd J. Austin III)
        assertTrue(shipped.find("Jamalul Kiram III said so.").isEmpty());
        assertEquals(List.of("Ireland"), shipped.find("Micheál Martin said so.").stream().map(m -> m.party().name()).toList());
        assertEquals(List.of("Saudi Arabia"), shipped.find("The Custodian of the Two Holy Mosques received a call.").stream()
                .map(m -> m.party().name()).toList());
        assertEquals(List.of("Chad"), shipped.find("Chad said so.").stream().map(m -> m.party().name()).toList());
        assertTrue(shipped.find("It breaches the Vienna Convention and the Algiers Agreement.").isEmpty());
        assertTrue(shipped.find("The blast hit the port of Bandar Abbas.").isEmpty(), "an Iranian city, not Palestine's president");
        // the second half of "Willem-Alexander" is a common first name, never the King alone
        assertEquals(List.of("Netherlands"), shipped.find("Ambassador Alexander Zmeyevsky met King Willem-Alexander.").stream()
                .map(m -> m.party().name()).toList());
        // the same words name the party where they stand alone
        assertEquals(List.of("Austria", "Seychelles", "El Salvador"), shipped.find("Vienna and Victoria thanked Minister Hill.").stream()
                .map(m -> m.party().name()).toList());
    }

    @Test
    void matchesLongestFirstAndIgnoresAccentsAndPossessives() {
        List<PartyMention> ms = g.find("Türkiye's envoy met the U.S. team and António Guterres.");
        assertEquals(List.of("Turkey", "United States", "United Nations"), ms.stream().map(m -> m.party().name()).toList());
        assertEquals("António Guterres", ms.get(2).surface());
        assertEquals(MentionKind.OFFICIAL, ms.get(2).kind());
    }

    @Test
    void lowerCaseArmedGroupNamesAreFound() {
        assertEquals(List.of("al-Shabaab"), names("He condemned the al-Shabaab attack."));
    }

    @Test
    void unknownNamesAreNotInvented() {
        assertTrue(g.find("Minister Zorblat of Freedonia spoke.").isEmpty());
        assertTrue(g.resolve("Freedonia").isEmpty());
        assertEquals("India", g.resolve("Jaishankar").orElseThrow().name());
    }

    @Test
    void withinADocumentASurnameInAnyPieceNamesTheOfficialTheDocumentNamesInFull() {
        Gazetteer shipped = Gazetteer.load(Path.of("..", "datasets", "gazetteer.json"));
        Function<String, List<String>> find = t -> shipped.find(t).stream().map(m -> m.party().name()).toList();
        String piece = "Sánchez said the talks would go on, and Bainimarama agreed.";
        // Sánchez is shared by Spain and Colombia; Fiji's Bainimarama is recorded to be matched only after his full name
        assertEquals(List.of(), find.apply(piece));
        try (Gazetteer.DocumentScope document = shipped.document("Sánchez meets Fiji's leader",
                "Prime Minister Pedro Sánchez received Commodore Frank Bainimarama. " + piece)) {
            assertEquals(List.of("Spain", "Fiji"), find.apply(piece));
            // a piece's own full names come first, and scopes nest
            assertEquals(List.of("Colombia", "Colombia"), find.apply("Pedro Arnulfo Sánchez spoke. Sánchez left."));
            try (Gazetteer.DocumentScope inner = shipped.document("", "No one is named here.")) {
                assertEquals(List.of(), find.apply(piece));
            }
            assertEquals(List.of("Spain", "Fiji"), find.apply(piece));
        }
        assertEquals(List.of(), find.apply(piece), "closing the scope forgets the document");
    }

    @Test
    void aSurnameRecordedNotAloneIsMatchedOnlyAfterTheFullName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("g.json");
        Files.writeString(file, """
                {"parties": [
                 {"name": "Fiji", "officials": [{"name": "Frank Bainimarama", "role": "former head of government",
                   "surname_alone": false}]},
                 {"name": "Jamaica", "officials": [{"name": "Kamina Johnson Smith", "role": "foreign minister"}]},
                 {"name": "Australia", "officials": [{"name": "Stephen Smith", "role": "former foreign minister",
                   "surname_alone": false}]}]}""");
        Gazetteer quiet = Gazetteer.load(file);
        Function<String, List<String>> find = t -> quiet.find(t).stream().map(m -> m.party().name()).toList();
        assertEquals(List.of(), find.apply("Bainimarama spoke."));
        assertEquals(List.of("Fiji", "Fiji"), find.apply("Commodore Frank Bainimarama arrived. Bainimarama spoke."));
        // a surname recorded not alone takes nothing from an official who is matched by it
        assertEquals(List.of("Jamaica"), find.apply("Minister Smith spoke."));
        assertEquals(List.of("Australia"), find.apply("Stephen Smith arrived."));
    }

    @Test
    void whereSomethingIsBasedAndASurnameAfterAParticleAreNoMentions() {
        Gazetteer shipped = Gazetteer.load(Path.of("..", "datasets", "gazetteer.json"));
        Function<String, List<String>> find = t -> shipped.find(t).stream().map(m -> m.party().name()).toList();
        assertEquals(List.of(), find.apply("the Luxembourg-based court ruled"));
        assertEquals(List.of("Qatar"), find.apply("the Doha-based channel reported that Qatar had agreed"));
        assertEquals(List.of(), find.apply("the resolutions on Senator de Lima"));
        assertEquals(List.of(), find.apply("Leila de Lima was released"));
        assertEquals(List.of("Peru"), find.apply("talks in Lima ended"));
        // a Spanish name's second word is its father's surname unless it is a given name: "José Raúl Mulino" is no "Raúl"
        assertEquals(List.of(), find.apply("The ouster of Attorney General Raul Salvatierra was condemned."));
        assertEquals(List.of("Panama"), find.apply("Mulino said the canal would stay open."));
        // a surname that names one party's official alone is another party's where the text names only that one in full
        assertEquals(List.of("Bolivia"), find.apply("Morales announced the expulsion."));
        assertEquals(List.of("Guatemala", "Guatemala"), find.apply("President Jimmy Morales signed it, and Morales announced the expulsion."));
        try (Gazetteer.DocumentScope scope = shipped.document("President Jimmy Morales signed the order.")) {
            assertEquals(List.of("Guatemala"), find.apply("Morales announced the expulsion."));
        }
        // Spain's ministry is named after the Union, and is Spain
        assertEquals(List.of("Spain", "Spain"), find.apply("The Minister of Foreign Affairs, European Union and Cooperation, Josep Borrell, spoke."));
        // the offices of a state whose names hold an organization's ("Commonwealth")
        assertEquals(List.of("United Kingdom", "United Kingdom"), find.apply("Foreign & Commonwealth Office, London"));
        assertEquals(List.of("United Kingdom"), find.apply("From: Foreign, Commonwealth & Development Office"));
    }

    @Test
    void anOfficialOfSeveralPartiesIsThePartyTheTextOrDocumentPlacesBesideOrNames(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("g.json");
        Files.writeString(file, """
                {"parties": [
                 {"name": "Netherlands", "demonyms": ["Dutch"], "capital": "Amsterdam", "officials": [
                   {"name": "Mark Rutte", "role": "former head of government", "surname_alone": false}]},
                 {"name": "NATO", "officials": [{"name": "Mark Rutte", "role": "secretary-general"}]},
                 {"name": "Turkey", "demonyms": ["Turkish"], "officials": [{"name": "Mevlut Cavusoglu", "role": "former foreign minister"}]},
                 {"name": "Ukraine", "officials": [{"name": "Volodymyr Zelensky", "role": "head of state"}]}]}""");
        Gazetteer g = Gazetteer.load(file);
        Function<String, List<String>> find = t -> g.find(t).stream().map(m -> m.party().name()).toList();
        // nothing says which: the party where the role is held now
        assertEquals(List.of("NATO", "Ukraine"), find.apply("Rutte met Volodymyr Zelensky."));
        // a party beside the name, before it with only a title between or after it in apposition
        assertEquals(List.of("Netherlands", "Netherlands", "Turkey"),
                find.apply("Dutch Prime Minister Mark Rutte condemned the Turkish remarks."));
        assertEquals(List.of("Netherlands", "Netherlands"), find.apply("Mark Rutte, the Dutch prime minister, spoke."));
        assertEquals(List.of("NATO", "NATO", "Ukraine"), find.apply("NATO Secretary General Mark Rutte met Volodymyr Zelensky."));
        // a party named elsewhere in the text, if only one of theirs; with both named, the one in office
        assertEquals(List.of("Netherlands", "Netherlands"), find.apply("Rutte said Amsterdam would not yield."));
        assertEquals(List.of("NATO", "Netherlands", "NATO"), find.apply("Rutte said Amsterdam backs NATO."));
        // within a document, what another piece says of the official or names decides for a piece that says nothing
        try (Gazetteer.DocumentScope scope = g.document("Dutch anger at Ankara",
                "The Turkish minister's plane was refused. Mark Rutte said Mevlut Cavusoglu was not welcome.")) {
            assertEquals(List.of("Netherlands"), find.apply("Rutte said the remark was an insult."));
        }
        try (Gazetteer.DocumentScope scope = g.document("Rutte in Kyiv",
                "NATO Secretary General Mark Rutte arrived. Rutte later spoke about the Dutch experience.")) {
            assertEquals(List.of("NATO"), find.apply("Rutte said support would continue."));
        }
        assertEquals(List.of("NATO"), find.apply("Rutte said support would continue."));
    }

    @Test
    void rejectsDuplicatePartiesAndMalformedFiles(@TempDir Path dir) throws Exception {
        Path dup = dir.resolve("dup.json");
        Files.writeString(dup, "{\"parties\": [{\"name\": \"India\"}, {\"name\": \"India\"}]}");
        DataValidationException e = assertThrows(DataValidationException.class, () -> Gazetteer.load(dup));
        assertTrue(e.getMessage().contains("duplicate party name \"India\""), e.getMessage());
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n\"parties\": [\n{\"name\": }\n]}");
        DataValidationException e2 = assertThrows(DataValidationException.class, () -> Gazetteer.load(bad));
        assertEquals(3, e2.line());
        assertTrue(e2.getMessage().startsWith(bad.toString()), e2.getMessage());
    }
}
