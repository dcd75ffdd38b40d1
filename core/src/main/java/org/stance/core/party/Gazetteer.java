package org.stance.core.party;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stance.core.corpus.DataValidationException;

/**
 * Resolves names in running text to canonical parties: canonical names, aliases, demonyms,
 * capitals and officials (full names, and surnames where no other party shares them).
 * Matching is on word tokens, longest match first, accent- and case-insensitive for words
 * that start with a capital letter in the text.
 */
public final class Gazetteer {
    /** Particles between a given name and a surname ("Juan de Nova", "Ursula von der Leyen"). */
    private static final Set<String> PARTICLES = Set.of("de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von",
            "la", "le");
    /** Words of office and address that come before a surname ("Minister Lavrov", "Mr Smith"), lower case. */
    private static final Set<String> TITLES = Set.of("president", "minister", "secretary", "premier", "chancellor", "ambassador",
            "envoy", "spokesperson", "spokesman", "spokeswoman", "senator", "sen", "rep", "representative", "governor", "mayor",
            "general", "gen", "marshal", "admiral", "colonel", "commander", "chief", "director", "chairman", "chairperson", "chair",
            "commissioner", "king", "queen", "emir", "sheikh", "sultan", "prince", "princess", "crown", "lord", "lady", "sir",
            "dame", "mr", "mrs", "ms", "dr", "prof", "professor", "shri", "smt", "excellency", "highness", "majesty", "pope",
            "cardinal", "judge", "justice", "deputy", "vice", "foreign", "defence", "defense", "prime", "state", "counsellor",
            "councillor", "speaker", "leader", "comrade", "field", "undersecretary", "under", "consul",
            "counselor", "attorney", "charge", "taoiseach", "tanaiste", "high", "honourable", "honorable", "hon", "captain",
            "major", "lieutenant", "brigadier", "sergeant", "haji", "hajji", "dato", "datuk", "seri", "utama", "tun", "affairs", "first",
            "war");
    /** Word tokens: dotted abbreviations (U.S., U.N.) or runs of letters and digits. */
    static final Pattern TOKEN = Pattern.compile("(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");
    private static final int MAX_TOKENS = 8;
    /** Surnames that are also common words or common first names are never matched alone. */
    private static final Set<String> SURNAME_STOPLIST = Set.of("said", "will", "may", "long", "young", "king",
            "white", "rich", "li", "lee", "kim", "park", "ali", "khan", "ahmed", "mohamed", "mohammed",
            "muhammad", "hassan", "ibrahim", "abdullah", "al", "bin", "de", "da", "van", "von", "el", "abu",
            "ben", "saleh", "salem", "noor", "nur", "shah", "singh", "kumar", "jr", "sheikh", "prince", "sultan",
            "emir", "pope", "ould", "abdel", "abdul", "hussein", "mahmoud", "omar", "osman", "yusuf", "ismail", "aziz", "hamid",
            "rahman", "abdallah", "jassim", "thani", "saud", "nahyan", "alexander", "martin", "mahdi", "garcia", "iii",
            // surnames that are also places or among the commonest Spanish names ("The Hague", Nasir in South Sudan)
            "hague", "nasir", "moreno");

    /**
     * A capital or a surname inside a longer place or instrument name is not the party: "Lake Victoria" is no
     * mention of the Seychelles, "Capital Hill" (Lilongwe) none of El Salvador's minister Hill Tinoco, and the
     * "Vienna Convention" or "Algiers Agreement" are frameworks, never parties (LABELS: venues and frameworks).
     */
    private static final Set<String> PLACE_HEAD_BEFORE = Set.of("lake", "mount", "mt", "cape", "port", "fort", "capital",
            "capitol", "santa", "saint", "st", "greater", "upper", "lower", "bandar");
    /**
     * Around a state's own name only a lake or a river makes a place of it: "Lake Chad", "River Uruguay", "Niger River"
     * ("Port Sudan" is its seat of government, "Cape Verde" the state).
     */
    private static final Set<String> NAME_PLACE_HEAD_BEFORE = Set.of("lake", "river");
    private static final Set<String> NAME_PLACE_HEAD_AFTER = Set.of("river");
    private static final Set<String> PLACE_HEAD_AFTER = Set.of("convention", "conventions", "agreement", "agreements",
            "declaration", "accord", "accords", "process", "protocol", "format", "communique", "communiqué", "principles",
            "falls", "island", "islands", "street", "road", "avenue", "hall", "hotel", "square", "university", "airport",
            "stadium", "bridge", "river", "lake", "hill", "hills", "mountains", "gardens", "post", "times");
    /** "one million US dollars", "Hong Kong dollars": a currency, not the party. */
    private static final Set<String> CURRENCY = Set.of("dollar", "dollars");
    private static final Set<String> FAMILY_NAME_FIRST = Set.of("China", "Taiwan", "North Korea", "South Korea", "Vietnam");
    /**
     * Ethiopian and Eritrean names are a given name and the father's given name, and the person is called by the
     * first ("Prime Minister Abiy", "President Isaias"): that is the name matched alone.
     */
    private static final Set<String> GIVEN_NAME_USED = Set.of("Ethiopia", "Eritrea", "Tigray People's Liberation Front");
    /**
     * Spanish names carry the father's surname, then the mother's, and the person is called by the first of the two
     * ("Bruno Rodríguez Parrilla" is Minister Rodríguez): with three names or more, that one is matched alone too.
     */
    private static final Set<String> PATERNAL_SURNAME_FIRST = Set.of("Argentina", "Bolivia", "Chile", "Colombia", "Costa Rica",
            "Cuba", "Dominican Republic", "Ecuador", "El Salvador", "Equatorial Guinea", "Guatemala", "Honduras", "Mexico",
            "Nicaragua", "Panama", "Paraguay", "Peru", "Spain", "Uruguay", "Venezuela");
    /**
     * Given names that a Spanish name of three words carries second ("José Raúl Mulino", "Juan Carlos Varela"): that word is
     * no father's surname, and "Raúl" alone is not Panama's president.
     */
    private static final Set<String> GIVEN_NAMES = Set.of("jose", "juan", "carlos", "luis", "manuel", "antonio", "maria", "miguel",
            "angel", "alberto", "raul", "fernando", "gabriel", "enrique", "roberto", "eduardo", "ernesto", "cesar", "isabel",
            "dolores", "yolanda", "gilberto", "guillermo", "ignacio", "andre", "andres", "vicente", "alfonso", "william", "felipe",
            "francisco", "javier", "jorge", "pedro", "rafael", "ricardo", "mario", "daniel", "pablo", "diego", "alejandro", "ana",
            "rosa", "elena", "teresa", "carmen", "patricia", "lucia", "ramon", "julio", "oscar", "hector", "victor", "sergio",
            "hugo", "arturo", "armando", "alvaro", "mauricio", "rodrigo", "santiago", "gustavo", "marcelo", "jesus", "josefina");
    private final String asOf;
    private final Map<String, Party> byName;
    private final Map<List<String>, Entry> index;
    private final Map<String, Set<String>> roles;
    private final Map<String, List<String>> aliases;
    /** The organizations seated in each city, by its normalized tokens ("brussels" -> the EU and NATO). */
    private final Map<List<String>, List<Party>> seats;
    /** For each word of an official's recorded names, every word of those names: the given names a surname may follow. */
    private final Map<String, Set<String>> officialWords;
    /** Every surname an official may be called by alone, whether one party claims it or several, no common word. */
    private final Set<List<String>> loneSurnames;
    /**
     * The names of officials recorded under more than one party (a prime minister who became NATO's Secretary General, a
     * foreign minister who chairs the AU Commission, two people of one name), with their parties: the one in office first.
     */
    private final Map<List<String>, List<Party>> alternates;

    private record Entry(Party party, MentionKind kind) {
    }

    private Gazetteer(String asOf, Map<String, Party> byName, Map<List<String>, Entry> index, Map<String, Set<String>> roles,
                      Map<String, List<String>> aliases, Map<List<String>, List<Party>> seats,
                      Map<String, Set<String>> officialWords, Set<List<String>> loneSurnames,
                      Map<List<String>, List<Party>> alternates) {
        this.asOf = asOf;
        this.alternates = alternates;
        this.loneSurnames = loneSurnames;
        this.officialWords = officialWords;
        this.seats = seats;
        this.byName = Collections.unmodifiableMap(byName);
        this.index = index;
        this.roles = roles;
        this.aliases = aliases;
    }

    /** Loads the gazetteer JSON; problems name the file and, where known, the line. */
    public static Gazetteer load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(new ObjectMapper().readTree(in), file);
        } catch (JsonProcessingException e) {
            throw new DataValidationException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new DataValidationException(file, 0, "cannot read: " + e.getMessage());
        }
    }

    static Gazetteer parse(JsonNode root, Path file) {
        JsonNode parties = root.path("parties");
        if (!parties.isArray() || parties.isEmpty()) {
            throw new DataValidationException(file, 0, "no \"parties\" array");
        }
        Map<String, Party> byName = new LinkedHashMap<>();
        Map<List<String>, Entry> index = new HashMap<>();
        Map<List<String>, Set<String>> surnameOwners = new HashMap<>();
        Map<List<String>, Party> surnameParty = new HashMap<>();
        Map<String, Set<String>> roles = new HashMap<>();
        Map<String, List<String>> aliases = new HashMap<>();
        Map<List<String>, List<Party>> seats = new HashMap<>();
        Map<String, Set<String>> officialWords = new HashMap<>();
        // for each official's name or alias, the parties that record it, and whether the role there is held now
        Map<List<String>, Map<Party, Boolean>> officialParties = new HashMap<>();
        // for each surname matched alone, the people (by the tokens of their recorded name) who claim it
        Map<List<String>, Set<List<String>>> surnamePeople = new HashMap<>();
        for (JsonNode p : parties) {
            String name = p.path("name").asText("").strip();
            if (name.isEmpty()) {
                throw new DataValidationException(file, 0, "a party without a name");
            }
            if (byName.containsKey(name)) {
                throw new DataValidationException(file, 0, "duplicate party name \"" + name + "\"");
            }
            Party party = new Party(name, p.path("kind").asText("state"));
            byName.put(name, party);
            if (p.hasNonNull("seat")) {
                seats.computeIfAbsent(tokens(p.get("seat").asText()), k -> new ArrayList<>()).add(party);
            }
            put(index, name, party, MentionKind.NAME);
            for (JsonNode a : p.path("aliases")) {
                put(index, a.asText(), party, MentionKind.ALIAS);
                aliases.computeIfAbsent(name, k -> new ArrayList<>()).add(a.asText());
            }
            for (JsonNode d : p.path("demonyms")) {
                put(index, d.asText(), party, MentionKind.DEMONYM);
                put(index, plural(d.asText()), party, MentionKind.DEMONYM);
            }
            if (p.hasNonNull("capital")) {
                put(index, p.get("capital").asText(), party, MentionKind.CAPITAL);
            }
            for (JsonNode o : p.path("officials")) {
                roles.computeIfAbsent(name, k -> new HashSet<>()).add(o.path("role").asText("").toLowerCase(Locale.ROOT));
                List<String> names = new ArrayList<>();
                names.add(o.path("name").asText(""));
                o.path("aliases").forEach(x -> names.add(x.asText()));
                Set<String> recorded = new HashSet<>();
                names.forEach(n -> recorded.addAll(tokens(n)));
                recorded.forEach(w -> officialWords.computeIfAbsent(w, k -> new HashSet<>()).addAll(recorded));
                // a former official recorded in bulk is matched by the surname alone only where the text gives the full name
                // (see withNamedSurnames): lone surnames of hundreds of former ministers would take place names and
                // common words ("Lagos", "English") and the surnames of officials in office
                boolean alone = o.path("surname_alone").asBoolean(true);
                boolean inOffice = !o.path("role").asText("").toLowerCase(Locale.ROOT).startsWith("former");
                List<String> person = tokens(names.get(0));
                for (String n : names) {
                    put(index, n, party, MentionKind.OFFICIAL);
                    officialParties.computeIfAbsent(tokens(n), k -> new LinkedHashMap<>()).merge(party, inOffice, Boolean::logicalOr);
                    for (List<String> surname : surnames(n, name)) {
                        if (alone) {
                            claim(surname, name, party, surnameOwners, surnameParty);
                            surnamePeople.computeIfAbsent(surname, k -> new HashSet<>()).add(person);
                        } else {
                            surnameOwners.putIfAbsent(surname, new HashSet<>());
                        }
                    }
                }
            }
        }
        Map<List<String>, List<Party>> alternates = new HashMap<>();
        officialParties.forEach((key, byParty) -> {
            if (byParty.size() > 1) {
                alternates.put(key, List.copyOf(inOfficeFirst(byParty)));
                Entry old = index.get(key);
                if (old != null && old.kind() == MentionKind.OFFICIAL) {
                    index.put(key, new Entry(alternates.get(key).get(0), MentionKind.OFFICIAL));
                }
            }
        });
        // A surname alone names an official only when exactly one party claims it, or one person recorded under several, and
        // it is no common word; any such surname (claimed by several parties, or recorded not alone) may still name the
        // official whose full name a text gives
        Set<List<String>> loneSurnames = new HashSet<>();
        surnameOwners.forEach((surname, owners) -> {
            String s = surname.get(0);
            if (surname.size() >= 2 || s.length() > 2 && !SURNAME_STOPLIST.contains(s)) {
                loneSurnames.add(surname);
                Set<List<String>> people = surnamePeople.getOrDefault(surname, Set.of());
                List<Party> theirs = people.size() == 1 ? alternates.get(people.iterator().next()) : null;
                if (owners.size() == 1) {
                    index.putIfAbsent(surname, new Entry(surnameParty.get(surname), MentionKind.OFFICIAL));
                } else if (theirs != null) {
                    index.putIfAbsent(surname, new Entry(theirs.get(0), MentionKind.OFFICIAL));
                }
                Entry e = index.get(surname);
                if (theirs != null && e != null && e.kind() == MentionKind.OFFICIAL) {
                    alternates.putIfAbsent(surname, theirs); // "Rutte" is whichever party the text means by "Mark Rutte"
                }
            }
        });
        aliases.replaceAll((k, v) -> List.copyOf(v));
        seats.replaceAll((k, v) -> List.copyOf(v));
        return new Gazetteer(root.path("as_of").asText(""), byName, index, roles, aliases, seats, officialWords,
                Set.copyOf(loneSurnames), Map.copyOf(alternates));
    }

    /** The parties, those where the role is held now before the rest, each group in file order. */
    private static List<Party> inOfficeFirst(Map<Party, Boolean> byParty) {
        List<Party> out = new ArrayList<>();
        byParty.forEach((party, now) -> {
            if (now) {
                out.add(party);
            }
        });
        byParty.forEach((party, now) -> {
            if (!now) {
                out.add(party);
            }
        });
        return out;
    }

    /**
     * The surnames by which an official recorded or written as {@code name}, of the party {@code party}, may be called alone:
     * the last word, or the first where the family name comes first ("Wang Yi", "Choe Son Hui") or the given name is used
     * ("Abiy Ahmed"); the father's surname of a Spanish name of three words or more; a hyphenated family name whole.
     */
    private static List<List<String>> surnames(String name, String party) {
        List<String> toks = tokens(name);
        if (toks.size() < 2) {
            return List.of();
        }
        List<List<String>> out = new ArrayList<>();
        boolean familyFirst = FAMILY_NAME_FIRST.contains(party) || GIVEN_NAME_USED.contains(party);
        out.add(List.of(familyFirst ? toks.get(0) : toks.get(toks.size() - 1)));
        String[] words = name.strip().split("\\s+");
        if (PATERNAL_SURNAME_FIRST.contains(party) && words.length >= 3) {
            List<String> paternal = tokens(words[words.length - 2]);
            if (paternal.size() == 1 && !GIVEN_NAMES.contains(paternal.get(0))) {
                out.add(paternal);
            }
        }
        // a hyphenated family name ("Martínez-Acha") is also matched whole, so that its first half ("Martínez") cannot name
        // someone else
        List<String> compound = tokens(words[words.length - 1]);
        if (words.length >= 2 && compound.size() >= 2) {
            out.add(compound);
        }
        return out;
    }

    /** Records that {@code name}'s official may be called {@code surname}; it is matched alone only if no other party claims it. */
    private static void claim(List<String> surname, String name, Party party, Map<List<String>, Set<String>> owners,
                              Map<List<String>, Party> parties) {
        owners.computeIfAbsent(surname, k -> new HashSet<>()).add(name);
        parties.put(surname, party);
    }

    private static String plural(String demonym) {
        return demonym.endsWith("s") ? demonym : demonym + "s";
    }

    private static void put(Map<List<String>, Entry> index, String surface, Party party, MentionKind kind) {
        List<String> key = tokens(surface);
        if (key.isEmpty() || key.size() > MAX_TOKENS) {
            return;
        }
        // the first party to claim a string keeps it; names beat aliases claimed later
        Entry old = index.get(key);
        if (old == null || kind == MentionKind.NAME && old.kind() != MentionKind.NAME) {
            index.put(key, new Entry(party, kind));
        }
    }

    /** Normalized tokens of a string: accents stripped, lower case. */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.add(norm(m.group()));
        }
        return out;
    }

    static String norm(String token) {
        String t = Normalizer.normalize(token, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        t = t.toLowerCase(Locale.ROOT).replace('’', '\'');
        // a possessive is the name itself: India's, Sa'ar's
        return t.endsWith("'s") && t.length() > 2 ? t.substring(0, t.length() - 2) : t;
    }

    /** The as-of date of the officials recorded. */
    public String asOf() {
        return asOf;
    }

    public Collection<Party> parties() {
        return byName.values();
    }

    /** The roles of a party's recorded officials ("head of government", "foreign minister" ...), lower case. */
    public Set<String> roles(String canonicalName) {
        return roles.getOrDefault(canonicalName, Set.of());
    }

    /** The other names a party is recorded under ("North Atlantic Alliance" for NATO), as written. */
    public List<String> aliases(String canonicalName) {
        return aliases.getOrDefault(canonicalName, List.of());
    }

    /** The organizations seated in a city ("Brussels": the EU and NATO), in gazetteer order. */
    public List<Party> seatedIn(String city) {
        return seats.getOrDefault(tokens(city), List.of());
    }

    public Optional<Party> party(String canonicalName) {
        return Optional.ofNullable(byName.get(canonicalName));
    }

    /** Resolves a name given by a user (canonical, alias, capital, official) to its party. */
    public Optional<Party> resolve(String name) {
        Party p = byName.get(name);
        if (p != null) {
            return Optional.of(p);
        }
        Entry e = index.get(tokens(name));
        return e == null ? Optional.empty() : Optional.of(e.party());
    }

    /**
     * The surnames named in full by the document being analysed on this thread (see {@link #document}); null outside one.
     * A thread-local scope, because the stages of an analysis ask for the mentions of its pieces (a sentence, a clause, a
     * subject) in some twenty places, each of which would otherwise need the whole document passed down to it.
     */
    private static final ThreadLocal<Scope> DOCUMENT = new ThreadLocal<>();

    /**
     * What a document tells about the names in it: the party of each surname it names in full, the parties it names
     * unambiguously (by name, demonym, capital or an official of one party), and the party it gives next to the name of an
     * official recorded under several ("the Dutch Prime Minister, Mark Rutte").
     */
    private record Scope(Map<List<String>, Party> named, Set<Party> mentioned, Map<List<String>, Party> placed) {
        static final Scope NONE = new Scope(Map.of(), Set.of(), Map.of());
    }

    /** The scope of one document's analysis on this thread; closing it restores the scope around it. */
    public interface DocumentScope extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Opens the scope of a document, its title and text: until it is closed, {@link #find} on this thread resolves a
     * surname that several parties' officials share by the official whose full name the document gives anywhere, so that
     * "Sánchez said ..." in one sentence is the Pedro Sánchez whom the first sentence names. Scopes nest.
     */
    public DocumentScope document(String... texts) {
        List<String> pieces = java.util.Arrays.stream(texts).filter(java.util.Objects::nonNull).toList();
        List<Scan> scans = new ArrayList<>();
        Set<Party> mentioned = new HashSet<>();
        Map<List<String>, Party> placed = new HashMap<>();
        for (String t : pieces) {
            Scan scan = scan(t, Scope.NONE);
            scans.add(scan);
            for (int k = 0; k < scan.found().size(); k++) {
                if (!scan.ambiguous().contains(k)) {
                    mentioned.add(scan.found().get(k).party());
                }
            }
            placed.putAll(scan.placed());
        }
        // an official of several parties is resolved again, now that the whole document is known; a scope changes nothing
        // else in a scan, so only the pieces that name one are scanned again
        Scope known = new Scope(Map.of(), mentioned, placed);
        for (int k = 0; k < scans.size(); k++) {
            if (!scans.get(k).ambiguous().isEmpty()) {
                scans.set(k, scan(pieces.get(k), known));
            }
        }
        Map<List<String>, Party> named = new HashMap<>();
        Set<List<String>> shared = new HashSet<>();
        scans.forEach(x -> nameSurnames(x.found(), named, shared));
        shared.forEach(named::remove);
        Scope enclosing = DOCUMENT.get();
        DOCUMENT.set(new Scope(Map.copyOf(named), Set.copyOf(mentioned), Map.copyOf(placed)));
        return () -> {
            if (enclosing == null) {
                DOCUMENT.remove();
            } else {
                DOCUMENT.set(enclosing);
            }
        };
    }

    /** All party mentions in a text, left to right, longest match first, non-overlapping. */
    public List<PartyMention> find(String text) {
        Scope scope = DOCUMENT.get();
        return withNamedSurnames(text, scan(text, scope == null ? Scope.NONE : scope));
    }

    /**
     * A text's word tokens (offsets, normalized forms, whether capitalised) and its mentions by the index alone; which of
     * those name an official recorded under several parties (by their place in {@code found}), and the party placed next to
     * such a name, for the name and its surnames.
     */
    private record Scan(List<int[]> spans, List<String> toks, List<Boolean> capital, List<PartyMention> found,
                        Set<Integer> ambiguous, Map<List<String>, Party> placed) {
    }

    /** The mentions of a text by the index alone, before surnames named in full are resolved. */
    private Scan scan(String text, Scope scope) {
        List<int[]> spans = new ArrayList<>();
        List<String> toks = new ArrayList<>();
        List<Boolean> capital = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            toks.add(norm(m.group()));
            capital.add(Character.isUpperCase(m.group().charAt(0)));
        }
        List<PartyMention> out = new ArrayList<>();
        Map<Integer, List<String>> keys = new HashMap<>();
        int i = 0;
        while (i < toks.size()) {
            int matched = 0;
            if (capital.get(i) || isLowerStart(toks.get(i))) {
                for (int n = Math.min(MAX_TOKENS, toks.size() - i); n >= 1; n--) {
                    Entry e = index.get(toks.subList(i, i + n));
                    if (e != null && n == 1 && e.kind() == MentionKind.OFFICIAL
                            && notTheOfficial(e.party(), text, spans, capital, toks, i)) {
                        continue;
                    }
                    if (e != null && n == 1 && e.kind() == MentionKind.CAPITAL
                            && (insidePlaceName(toks, capital, i) || givenNameOfAnother(text, spans, capital, i)
                            || surnameAfterParticle(text, spans, capital, toks, i))) {
                        continue;
                    }
                    if (e != null && BASED.matcher(text).region(spans.get(i + n - 1)[1], text.length()).lookingAt()) {
                        continue; // "the Luxembourg-based court", "a Doha-based channel": where something sits, not a party
                    }
                    if (e != null && n == 1 && e.kind() == MentionKind.NAME && (afterPlaceHead(toks, capital, i, NAME_PLACE_HEAD_BEFORE)
                            || beforePlaceHead(toks, capital, i, NAME_PLACE_HEAD_AFTER))) {
                        continue;
                    }
                    if (e != null && i + n < toks.size() && CURRENCY.contains(toks.get(i + n))) {
                        continue;
                    }
                    if (e != null) {
                        int start = spans.get(i)[0];
                        int end = spans.get(i + n - 1)[1];
                        if (e.kind() == MentionKind.OFFICIAL && alternates.containsKey(toks.subList(i, i + n))) {
                            keys.put(out.size(), List.copyOf(toks.subList(i, i + n)));
                        }
                        out.add(new PartyMention(e.party(), start, end, text.substring(start, end), e.kind()));
                        matched = n;
                        break;
                    }
                }
            }
            i += Math.max(1, matched);
        }
        Map<List<String>, Party> placed = new HashMap<>();
        // the parties this text names unambiguously, the same for every name of several parties in it
        Set<Party> here = new HashSet<>();
        for (int j = 0; j < out.size(); j++) {
            if (!keys.containsKey(j)) {
                here.add(out.get(j).party());
            }
        }
        for (Map.Entry<Integer, List<String>> a : keys.entrySet()) {
            int k = a.getKey();
            List<String> key = a.getValue();
            PartyMention mention = out.get(k);
            List<Party> parties = alternates.get(key);
            Party p = placedBeside(text, out, keys.keySet(), k, parties);
            if (p != null) {
                placed.put(key, p);
                for (List<String> surname : surnames(mention.surface(), p.name())) {
                    placed.put(surname, p);
                }
            } else {
                p = scope.placed().get(key);
            }
            if (p == null || !parties.contains(p)) {
                p = onlyOne(parties, here);
                if (p == null) {
                    p = onlyOne(parties, scope.mentioned());
                }
            }
            if (p != null && !p.equals(mention.party())) {
                out.set(k, new PartyMention(p, mention.start(), mention.end(), mention.surface(), mention.kind()));
            }
        }
        return new Scan(spans, toks, capital, out, Set.copyOf(keys.keySet()), placed);
    }

    /** Words that may stand between a party and an official's name as the official's title ("Foreign Minister", "the"). */
    private static final Pattern BESIDE_BEFORE = Pattern.compile("(?:['’]s)?[\\s,]*(?:(?:the|then|former|of|[\\p{L}-]+)[\\s,]+){0,5}");
    private static final Pattern BESIDE_AFTER = Pattern.compile(",\\s*(?:the\\s+|a\\s+|then\\s+|former\\s+)*");

    /**
     * The party that the text places next to the name of an official recorded under several, when it is one of theirs:
     * before it with only a title between ("Belgian Foreign Minister Hadja Lahbib", "NATO Secretary General Mark Rutte")
     * or after it in apposition ("Mark Rutte, the Dutch prime minister").
     */
    private static Party placedBeside(String text, List<PartyMention> out, Set<Integer> ambiguous, int k, List<Party> parties) {
        PartyMention m = out.get(k);
        if (k > 0 && !ambiguous.contains(k - 1) && parties.contains(out.get(k - 1).party())) {
            String gap = text.substring(out.get(k - 1).end(), m.start());
            if (BESIDE_BEFORE.matcher(gap).matches() && titlesOnly(gap)) {
                return out.get(k - 1).party();
            }
        }
        if (k + 1 < out.size() && !ambiguous.contains(k + 1) && parties.contains(out.get(k + 1).party())) {
            String gap = text.substring(m.end(), out.get(k + 1).start());
            if (BESIDE_AFTER.matcher(gap).matches()) {
                return out.get(k + 1).party();
            }
        }
        return null;
    }

    private static boolean titlesOnly(String gap) {
        Matcher w = TOKEN.matcher(gap);
        while (w.find()) {
            String t = norm(w.group());
            if (!isTitle(t) && !t.equals("the") && !t.equals("then") && !t.equals("of") && !t.equals("s")) {
                return false;
            }
        }
        return true;
    }

    /** The one party of {@code parties} that {@code named} holds, or null if none or several. */
    private static Party onlyOne(List<Party> parties, Set<Party> named) {
        Party one = null;
        for (Party p : parties) {
            if (named.contains(p)) {
                if (one != null) {
                    return null;
                }
                one = p;
            }
        }
        return one;
    }

    /** Records, for each surname that an official mention gives in full, its party; a surname two parties give is shared. */
    private void nameSurnames(List<PartyMention> found, Map<List<String>, Party> named, Set<List<String>> shared) {
        for (PartyMention m : found) {
            if (m.kind() != MentionKind.OFFICIAL) {
                continue;
            }
            for (List<String> surname : surnames(m.surface(), m.party().name())) {
                if (surname.size() == 1 && loneSurnames.contains(surname)) {
                    Party old = named.putIfAbsent(surname, m.party());
                    if (old != null && !old.equals(m.party())) {
                        shared.add(surname);
                    }
                }
            }
        }
    }

    /**
     * A surname that several parties' officials share, or that is recorded to be matched only after the full name, names
     * the official whose full name the same text, or the document it belongs to, gives: "Pedro Sánchez ... Sánchez said" is
     * Spain, whose surname Colombia's Pedro Arnulfo Sánchez shares. A text that names two officials of different parties with
     * that surname leaves it unmatched; the text's own full names come before the document's.
     */
    private List<PartyMention> withNamedSurnames(String text, Scan scan) {
        List<PartyMention> found = scan.found();
        Map<List<String>, Party> named = new HashMap<>();
        Set<List<String>> shared = new HashSet<>();
        nameSurnames(found, named, shared);
        Scope document = DOCUMENT.get();
        if (document != null) {
            document.named().forEach((surname, party) -> {
                if (!shared.contains(surname)) {
                    named.putIfAbsent(surname, party);
                }
            });
        }
        shared.forEach(named::remove);
        if (named.isEmpty()) {
            return found;
        }
        List<int[]> spans = scan.spans();
        List<String> toks = scan.toks();
        List<Boolean> capital = scan.capital();
        Map<Integer, PartyMention> byStart = new HashMap<>();
        found.forEach(m -> byStart.put(m.start(), m));
        List<PartyMention> out = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < toks.size(); i++) {
            int start = spans.get(i)[0];
            PartyMention old = byStart.get(start);
            if (start < next) {
                continue;
            }
            Party p = capital.get(i) ? named.get(List.of(toks.get(i))) : null;
            if (p != null && old == null && !notTheOfficial(p, text, spans, capital, toks, i)) {
                int end = spans.get(i)[1];
                out.add(new PartyMention(p, start, end, text.substring(start, end), MentionKind.OFFICIAL));
                next = end;
            } else if (p != null && old != null && old.kind() == MentionKind.OFFICIAL && old.end() == spans.get(i)[1] && !old.party().equals(p)) {
                // a surname alone that names one party's official, where the text or document gives in full only another
                // party's official of that name: "Jimmy Morales ... Morales announced" is Guatemala, not Bolivia's Evo Morales
                out.add(new PartyMention(p, old.start(), old.end(), old.surface(), MentionKind.OFFICIAL));
                next = old.end();
            } else if (old != null) {
                out.add(old);
                next = old.end();
            }
        }
        return out;
    }

    /**
     * Whether the lone word at token {@code i}, a surname or given name of an official of {@code party}, belongs here to
     * something else: a hyphenated name, a place or instrument name, or someone else's name around it.
     */
    private boolean notTheOfficial(Party party, String text, List<int[]> spans, List<Boolean> capital, List<String> toks, int i) {
        return inCompoundName(text, spans, capital, i) || insidePlaceName(toks, capital, i)
                || nameFirstElsewhere(party, text, spans, capital, i) || givenNameOfAnother(text, spans, capital, i)
                || surnameOfAnother(text, spans, capital, toks, i);
    }

    /**
     * Whether token {@code i} is glued by a hyphen into a longer name, so that a surname there is not the official: "Al-Haram
     * Al-Sharif" (after the hyphen), "Jean-Pierre Thébault" (before one, followed by a capitalised part: Haiti's Fritz
     * Alphonse Jean is not meant).
     */
    private static boolean inCompoundName(String text, List<int[]> spans, List<Boolean> capital, int i) {
        int start = spans.get(i)[0];
        int end = spans.get(i)[1];
        return start > 0 && text.charAt(start - 1) == '-'
                || end < text.length() && text.charAt(end) == '-' && i + 1 < spans.size() && spans.get(i + 1)[0] == end + 1
                && capital.get(i + 1);
    }

    /**
     * Whether a lone family name that comes first ("Lai", "Xi") or a given name used alone ("Abiy") is followed at once
     * by another capitalised name, so that it belongs to someone else: "Information Minister Lai Mohammed" of Nigeria is
     * not Taiwan's Lai Ching-te (whose full name is matched before this is asked).
     */
    private static boolean nameFirstElsewhere(Party party, String text, List<int[]> spans, List<Boolean> capital, int i) {
        if (!FAMILY_NAME_FIRST.contains(party.name()) && !GIVEN_NAME_USED.contains(party.name()) || i + 1 >= spans.size()
                || !capital.get(i + 1)) {
            return false;
        }
        return gap(text, spans, i).isBlank();
    }

    /**
     * Whether a lone surname or capital is the given name of someone else, followed at once by a capitalised name and then by
     * running text: "Petro Vrublevskyi, the ambassador" is not Colombia's Gustavo Petro, "Sofia Sapega" no mention of Bulgaria.
     * A headline in title case ("Rubio Meets Wang in Bangkok") puts a capitalised word after the second one too, and keeps
     * the match.
     */
    private static boolean givenNameOfAnother(String text, List<int[]> spans, List<Boolean> capital, int i) {
        if (i + 1 >= spans.size() || !capital.get(i + 1) || !gap(text, spans, i).equals(" ")) {
            return false;
        }
        if (i > 0 && capital.get(i - 1) && gap(text, spans, i - 1).equals(" ")) {
            return false;
        }
        // what follows the second name: punctuation, the end, or a word in lower case
        return i + 2 >= spans.size() || !capital.get(i + 2) || !gap(text, spans, i + 1).isBlank();
    }

    /**
     * Whether a lone surname follows at once a given name that is not the official's, so that it belongs to someone else:
     * "David Smith" is not Jamaica's Kamina Johnson Smith. The word before must be a capitalised name that is no title
     * ("Minister Smith", "Mr Smith" keep the match), no initial and no word of any name recorded for an official with that
     * surname ("Abbas Araghchi" is Seyed Abbas Araghchi), and must not itself follow a capitalised word other than a title,
     * as the words of a headline in title case do ("Rubio Meets Wang").
     */
    private boolean surnameOfAnother(String text, List<int[]> spans, List<Boolean> capital, List<String> toks, int i) {
        // the given name may stand before a particle: "Juan de Nova" (an island) is not São Tomé's Carlos Vila Nova
        int g = i - 1;
        if (g >= 1 && !capital.get(g) && PARTICLES.contains(toks.get(g)) && gap(text, spans, g).equals(" ")) {
            g--;
        }
        if (g < 0 || !capital.get(g) || !gap(text, spans, g).equals(" ")) {
            return false;
        }
        String given = toks.get(g);
        String raw = text.substring(spans.get(g)[0], spans.get(g)[1]);
        if (given.length() < 2 || given.contains(".") || raw.equals(raw.toUpperCase(Locale.ROOT)) || isTitle(given)
                || index.containsKey(List.of(given)) || officialWords.getOrDefault(toks.get(i), Set.of()).contains(given)) {
            return false;
        }
        // a capitalised word that opens a sentence is no given name as often as it is one ("To Muttaqi, ...", "With Araghchi")
        int before = spans.get(g)[0];
        while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
            before--;
        }
        if (before == 0 || ".!?:;\"“(-–—".indexOf(text.charAt(before - 1)) >= 0) {
            return false;
        }
        if (g >= 1 && capital.get(g - 1) && !isTitle(toks.get(g - 1)) && gap(text, spans, g - 1).isBlank()) {
            return false;
        }
        return true;
    }

    private static final Pattern BASED = Pattern.compile("[-‐–]based\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Whether a capital at token {@code i} is a surname after a particle, which follows a name or a title: "Senator de
     * Lima", "Leila de Lima" are no mention of Peru.
     */
    private static boolean surnameAfterParticle(String text, List<int[]> spans, List<Boolean> capital, List<String> toks, int i) {
        return i >= 2 && PARTICLES.contains(toks.get(i - 1)) && !capital.get(i - 1) && capital.get(i - 2)
                && gap(text, spans, i - 1).equals(" ") && gap(text, spans, i - 2).equals(" ");
    }

    /** What stands between token {@code a} and the next: a space, punctuation, a line break. */
    private static String gap(String text, List<int[]> spans, int a) {
        return text.substring(spans.get(a)[1], spans.get(a + 1)[0]);
    }

    /** Whether a word is a title of office or address, in the singular or plural ("Presidents Kagame and Museveni"). */
    private static boolean isTitle(String word) {
        return TITLES.contains(word) || word.endsWith("s") && TITLES.contains(word.substring(0, word.length() - 1));
    }

    /** Whether token {@code i} is a capitalised part of a place or instrument name ("Lake Victoria", "Vienna Convention"). */
    private static boolean insidePlaceName(List<String> toks, List<Boolean> capital, int i) {
        return afterPlaceHead(toks, capital, i, PLACE_HEAD_BEFORE) || beforePlaceHead(toks, capital, i, PLACE_HEAD_AFTER);
    }

    /** Whether token {@code i} comes before a capitalised head of a place name among {@code heads} ("Jordan River"). */
    private static boolean beforePlaceHead(List<String> toks, List<Boolean> capital, int i, Set<String> heads) {
        return i + 1 < toks.size() && capital.get(i + 1) && heads.contains(toks.get(i + 1));
    }

    /** Whether token {@code i} follows a capitalised head of a place name among {@code heads} ("Lake", "Mount"). */
    private static boolean afterPlaceHead(List<String> toks, List<Boolean> capital, int i, Set<String> heads) {
        return i > 0 && capital.get(i - 1) && heads.contains(toks.get(i - 1));
    }

    /** Names that start in lower case in running text (al-Shabaab, al-Qaeda). */
    private static boolean isLowerStart(String tok) {
        return tok.equals("al");
    }

    public int size() {
        return byName.size();
    }
}
