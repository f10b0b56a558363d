package dev.lede.geo;

import dev.lede.analyzer.Cancellation;
import dev.lede.annotation.Entity;
import dev.lede.annotation.EntityType;
import dev.lede.annotation.Mention;
import dev.lede.annotation.MentionKind;
import dev.lede.annotation.Sentence;
import dev.lede.annotation.Token;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Layers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds toponym candidates: LOCATION entity mentions, nationality (NORP) mentions, and capitalised names the
 * gazetteer knows that the entity model did not tag. Spotted names pass guards that keep out common words at the
 * start of a sentence, parts of longer proper names ("Washington Post", "Mark Rutte"), people's names and names
 * inside organisation mentions.
 */
final class ToponymFinder {
    /** Lower-case words that may sit inside a place name ("Isle of Man", "Rostov-on-Don", "Bosnia and Herzegovina"). */
    private static final Set<String> CONNECTORS = Set.of("of", "de", "del", "la", "le", "du", "da", "di", "upon",
            "on", "the", "and", "al", "el", "am", "an", "der", "sur", "en", "y", "es", "los", "las");
    private static final Set<String> NAME_PUNCTUATION = Set.of(".", "-", "'", "\u2019", "&");
    /**
     * Capitalised words that name a place somewhere but in news are nearly always something else. A short hand list:
     * the guards below (lower-case use in the same article, prominence) catch most others.
     */
    private static final Set<String> COMMON_WORDS = Set.of("the", "a", "an", "in", "on", "at", "it", "he", "she",
            "we", "they", "this", "that", "but", "and", "or", "if", "as", "by", "for", "from", "with", "of", "to",
            "so", "not", "no", "yes", "all", "more", "most", "some", "one", "many", "mr", "mrs", "ms", "dr", "god",
            "president", "police", "street", "road", "city", "county", "state", "church", "union", "university",
            "college", "hospital", "news", "post", "times", "star", "sun", "mail", "globe", "media", "sport",
            "today", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "reading", "bath", "nice", "mobile", "orange", "eagle", "hope", "liberty", "independence",
            "chance", "best", "bay", "beach", "centre", "center", "home", "love", "west", "east", "north", "south",
            "central", "western", "eastern", "northern", "southern", "middle", "republic", "kingdom", "island",
            "islands", "lake", "river", "mount", "fort", "port", "valley", "park", "hills", "villa", "victory",
            "unity", "democracy", "freedom", "justice", "welcome", "why", "how", "what", "when", "where", "who",
            "there", "here", "after", "before", "during", "under", "over", "about", "also", "because", "while",
            "despite", "according", "earlier", "later", "last", "next", "first", "second", "new", "old", "good",
            "great", "big", "little", "young", "man", "men", "women", "people", "said", "says", "see", "read",
            "watch", "photo", "video", "image", "source", "sources", "update", "breaking", "live", "opinion",
            "analysis", "comment", "editorial", "his", "her", "its", "their", "our", "your", "my", "these",
            "those", "each", "every", "both", "such", "other", "another", "any", "few", "several", "much",
            "mission", "borders", "market", "office", "bank", "general", "royal", "federal", "national",
            "international", "world", "global", "earth", "moon", "mars", "venus", "trump", "obama", "nato",
            "industry", "commerce", "enterprise", "same", "christmas");
    /** Words that, before "of", make the following place part of an organisation's name. */
    private static final Set<String> ORGANISATION_HEADS = Set.of("university", "bank", "ministry", "department",
            "council", "museum", "college", "institute", "church", "archdiocese", "diocese", "government", "court",
            "school", "academy", "society", "association", "federation", "league", "club", "board", "commission",
            "office", "agency", "service", "embassy", "consulate", "party", "hospital", "times", "post", "news",
            "bishop", "archbishop", "duke", "duchess", "prince", "princess", "king", "queen", "earl", "mayor",
            "governor", "secretary", "minister", "president", "senator", "representative", "chamber", "port",
            "assembly", "parliament", "congress", "foundation", "centre", "center", "airport", "station");
    /** Titles before a capitalised word that make it a person's name. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen",
            "sir", "lord", "lady", "st", "saint", "rev", "prof", "capt", "col", "lt", "sgt", "judge", "coach");
    /** Capitalised words that may stand before a place without making it part of another name. */
    private static final Set<String> PLACE_PREFIXES = Set.of("north", "south", "east", "west", "northern",
            "southern", "eastern", "western", "central", "greater", "upper", "lower", "downtown", "rural", "in",
            "from", "to", "at", "across", "outside", "inside", "near", "and", "with", "for", "by", "of", "on",
            "throughout", "via", "into", "between", "around", "over", "occupied", "annexed", "the");
    private static final Pattern MEDIA = Pattern.compile(
            "\\b(Post|Times|Journal|Herald|Tribune|News|Star|Globe|Gazette|Chronicle|Examiner|Inquirer|Daily|Mail|"
                    + "Telegraph|Observer|Sun|Register|Courier|Dispatch|Record|Bulletin|Express|Review)\\b");
    /** All-capital abbreviations of three letters or fewer that are reported as places. */
    private static final Set<String> PLACE_ABBREVIATIONS = Set.of("US", "UK", "UAE", "USA", "DRC", "NSW", "BC",
            "DPRK", "PEI", "NYC", "LA", "DC");
    /** Names of things that the gazetteer knows as a town somewhere but that news means otherwise. */
    private static final Set<String> NOT_PLACES = Set.of("white house", "notre dame", "el nino", "el niño",
            "capitol", "pentagon", "kremlin", "downing street", "wall street", "silicon valley", "hollywood");
    private static final Set<String> DIRECTIONS = Set.of("west", "east", "north", "south", "midwest", "orient");

    /** "the city of Douma", "the outskirts of Makurdi": a place noun before the name says it is a place. */
    private static final Pattern PLACE_OF = Pattern.compile(
            "\\b(?:city|town|village|outskirts|suburbs?|province|region|district|county|state|capital|island|port|"
                    + "streets|centre|center) of[ \u00A0]$");
    /** Prepositions after which a name is used as a place ("in Hawaii"), the evidence against a PERSON tag. */
    private static final Set<String> LOCATIVE_PREPOSITIONS = Stream.concat(LiteralUse.COMPASS_ADJECTIVES.stream(),
            Stream.of("in", "from", "at", "near", "across", "throughout", "into", "outside", "inside", "around", "via"))
            .collect(Collectors.toUnmodifiableSet());
    /** Prepositions that precede people as often as places: evidence only for a prominent place. */
    private static final Set<String> WEAK_LOCATIVES = Set.of("to", "on");
    /** Capitalised words that, before a country's or state's name, make a region of it ("West Texas"). */
    private static final Set<String> REGION_WORDS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "upstate",
            "downstate");
    /** A whole mention that is the name of a county or similar division ("Black Hawk County"). */
    private static final Pattern COUNTY_LIKE = Pattern.compile(
            "(?:[Tt]he )?\\p{Lu}[\\p{L}.' -]* (?:County|Parish|Borough|Township|Province|District|Oblast|Region)");
    /** The last words of {@link #COUNTY_LIKE}, tested before the expression: most mentions end otherwise. */
    private static final List<String> DIVISION_NOUNS = List.of(" County", " Parish", " Borough", " Township",
            " Province", " District", " Oblast", " Region");
    /** The last word of a natural feature's name, which a town inside it does not locate ("Mississippi River"). */
    private static final Pattern NATURAL_FEATURE = Pattern.compile(
            "\\s(?:River|Lake|Lagoon|Creek|Island|Islands|Peninsula|Mountains?|Valley|Bay|Beach|Forest|Desert|"
                    + "Canyon|Falls|Delta|Sea|Ocean|Gulf|Coast|Basin)$");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0]+");
    /** One-character tokens after which a capitalised word opens a sentence or a clause, not a name. */
    private static final String SENTENCE_OPENERS = ".!?\u201c\":(\u2014-";
    /** Smallest town accepted as one part of a hyphen compound, where nothing else says it is a place. */
    private static final long HYPHEN_PART_POPULATION = 50_000;
    /** Second halves of a hyphen compound that make the place an agent, not a location ("U.S.-led coalition"). */
    private static final Set<String> AGENT_COMPOUNDS = Set.of("led", "backed", "owned", "funded", "sponsored",
            "brokered", "allied", "controlled", "run", "made");

    private final Gazetteer gazetteer;
    private final DatelineFinder datelines;
    private final CommonWords commonWords;
    private final ResolverSettings settings;

    ToponymFinder(Gazetteer gazetteer, ResolverSettings settings) {
        this.gazetteer = gazetteer;
        this.datelines = new DatelineFinder(gazetteer);
        this.commonWords = CommonWords.english();
        this.settings = settings;
    }

    List<Toponym> find(AnnotatedDocument doc) {
        String text = doc.text();
        List<Toponym> out = new ArrayList<>();
        List<int[]> blocked = new ArrayList<>();
        Map<String, Boolean> orgsWithPlace = new HashMap<>(); // an organisation is usually named several times
        Optional<Toponym> dateline = datelines.find(text);
        dateline.ifPresent(d -> {
            out.add(d);
            blocked.add(new int[]{d.start(), d.end()});
        });
        for (Entity e : doc.layer(Layers.ENTITIES)) {
            Cancellation.check(); // once per entity: an over-budget document stops here
            for (Mention m : e.mentions()) {
                if (m.kind() != MentionKind.NAME || (dateline.isPresent()
                        && m.start() < dateline.get().end() && dateline.get().start() < m.end())) {
                    continue;
                }
                if (e.type() == EntityType.LOCATION) {
                    String name = stripPossessive(stripArticle(m.text()));
                    int offset = m.text().indexOf(name);
                    if (name.equals(m.text()) && m.end() < text.length() && text.charAt(m.end()) == '.'
                            && gazetteer.knows(name + ".")) {
                        name = name + "."; // "Que." before a full stop: the tagger left the abbreviation's period out
                    }
                    boolean known = gazetteer.knows(name) || gazetteer.demonym(name).isPresent();
                    if (known && plausibleEntityName(text, m.start() + Math.max(0, offset), name)) {
                        out.add(new Toponym(m.start() + Math.max(0, offset), m.start() + Math.max(0, offset) + name.length(),
                                name, airportName(text, m.end(), name), e.id(), Toponym.Source.ENTITY));
                    }
                    if (known || ContainedPlaces.namesFacility(name) || NATURAL_FEATURE.matcher(name).find()) {
                        // "Mississippi River" is not Mississippi; "Colchester Hospital" is pinned as a whole
                        blocked.add(new int[]{m.start(), m.end()});
                    } // else let the spotter find the known name inside: "Far North Queensland"

                } else if (e.type() == EntityType.NORP) {
                    if (gazetteer.demonym(m.text()).isPresent()) {
                        out.add(new Toponym(m.start(), m.end(), m.text(), m.text(), e.id(), Toponym.Source.DEMONYM));
                    }
                    blocked.add(new int[]{m.start(), m.end()});
                } else if ((e.type() == EntityType.ORGANIZATION
                        && orgsWithPlace.computeIfAbsent(m.text(), this::containsMajorPlace))
                        || (e.type() != EntityType.PERSON && isMajorPlace(m.text()))) {
                    // "Kentucky State Police", "Government of Alberta": the place is named; findable for the focus
                    // (and reported with placesInOrganisationNames)
                    continue;
                } else if (endsWithDivisionNoun(m.text()) && COUNTY_LIKE.matcher(m.text()).matches()
                        && gazetteer.knows(stripArticle(m.text()))) {
                    // "Adair County", "Plymouth County" tagged as organisations: the county is named
                    continue;
                } else if (e.type() != EntityType.PERSON && isHyphenCompound(m.text())) {
                    // "London-based", "Canada-wide": the tagger took the compound for a name; the place is inside
                    continue;
                } else if (e.type() == EntityType.PERSON && settings.personTaggedPlaces()
                        && isPlaceTakenForPerson(e, text)) {
                    // "Hawaii's economy", "in Douma": a known place the tagger took for a one-word person's name
                    continue;
                } else {
                    blocked.add(new int[]{m.start(), m.end()});
                }
            }
        }
        BitSet openings = spot(doc, text, blocked, out);
        if (settings.openingWordGuard()) {
            dropOpeningCommonWords(text, openings, out);
        }
        out.sort(Comparator.comparingInt(Toponym::start));
        return out;
    }

    /**
     * Drops a one-word name that is also an English word ("Split decision on ...", "Reading list", "Mobile phones")
     * where it only opens sentences or headlines: capitalised there by position, not because it is a name. Kept when
     * the article also writes the name inside a sentence ("in Split"), when it is a country, state or capital
     * ("Turkey", "Georgia", "Nice" is not one), and for datelines.
     */
    private void dropOpeningCommonWords(String text, BitSet openings, List<Toponym> out) {
        Set<String> usedInside = null; // computed on first need: most articles have no such word
        for (int k = out.size() - 1; k >= 0; k--) {
            Toponym t = out.get(k);
            if (t.source() == Toponym.Source.DATELINE || t.isDemonym() || !openings.get(t.start())
                    || t.text().indexOf(' ') >= 0 || isAllCaps(t.text()) || !commonWords.contains(t.lookupName())) {
                continue;
            }
            if (gazetteer.lookup(t.lookupName()).stream().anyMatch(p -> p.isCountry() || p.isAdmin1() || p.isCapital()
                    || p.isRegion())) {
                continue;
            }
            if (usedInside == null) {
                usedInside = new HashSet<>();
                for (Toponym o : out) {
                    if (!openings.get(o.start())) {
                        usedInside.add(Gazetteer.key(o.lookupName()));
                    }
                }
            }
            if (!usedInside.contains(Gazetteer.key(t.lookupName()))) {
                out.remove(k);
            }
        }
    }

    /** Spots the names the gazetteer knows; returns the offsets of the tokens that open a sentence or a line. */
    private BitSet spot(AnnotatedDocument doc, String text, List<int[]> blocked, List<Toponym> out) {
        List<Token> tokens = doc.layer(Layers.TOKENS);
        boolean[] sentenceStart = new boolean[tokens.size() + 1];
        for (Sentence s : doc.layer(Layers.SENTENCES)) {
            if (s.firstToken() < sentenceStart.length) {
                sentenceStart[s.firstToken()] = true;
            }
        }
        if (!tokens.isEmpty()) {
            sentenceStart[0] = true;
        }
        BitSet openings = new BitSet(text.length());
        for (int k = 0; k < tokens.size(); k++) {
            if (sentenceStart[k] || isSentenceInitial(text, tokens, k) || (k > 0 && startsLineAfterOpening(text, tokens, k))) {
                openings.set(tokens.get(k).start());
            }
        }
        BitSet blockedChars = new BitSet(text.length());
        for (int[] b : blocked) {
            blockedChars.set(b[0], b[1]);
        }
        // computed on first need: most articles spot no small one-word place that could be a surname
        Supplier<Set<String>> surnames = new Supplier<>() {
            private Set<String> words;

            @Override
            public Set<String> get() {
                if (words == null) {
                    words = personLikeWords(text, tokens);
                }
                return words;
            }
        };
        int maxTokens = Math.min(16, gazetteer.longestNameWords() * 3);
        int i = 0;
        while (i < tokens.size()) {
            Cancellation.check();
            Token first = tokens.get(i);
            if (!capitalised(text, first) || isBlocked(first.start(), first.end(), blockedChars)) {
                i++;
                continue;
            }
            String firstKey = Gazetteer.key(first.text(text));
            if (hasInnerHyphen(text, first) && !gazetteer.knowsKey(firstKey)) {
                spotInHyphenCompound(text, first, out);
                i++;
                continue;
            }
            int matchEnd = -1;
            String matched = null;
            int lastCandidate = i;
            // most capitalised words begin no longer name: then only the word itself is looked up
            int window = gazetteer.startsCompoundKey(firstKey) ? maxTokens : 1;
            for (int j = i; j < tokens.size() && j - i < window; j++) {
                if (j > i && !joins(text, tokens.get(j - 1), tokens.get(j))) {
                    break;
                }
                Token t = tokens.get(j);
                String tw = t.text(text);
                boolean nameish = isCapitalisedWord(t, tw) || CONNECTORS.contains(tw) || NAME_PUNCTUATION.contains(tw)
                        || (j > i && t.kind() == Token.Kind.WORD && tw.length() == 1);
                if (!nameish) {
                    break;
                }
                lastCandidate = j;
            }
            for (int j = lastCandidate; j >= i; j--) {
                Token last = tokens.get(j);
                String lw = last.text(text);
                if (!(isCapitalisedWord(last, lw) || lw.equals(".") || (j > i && lw.length() == 1 && Character.isLetter(lw.charAt(0))))) {
                    continue;
                }
                String span = text.substring(first.start(), last.end());
                if ((j == i ? gazetteer.knowsKey(firstKey) : gazetteer.knows(span))
                        || (j == i && gazetteer.demonym(span).isPresent())) {
                    matchEnd = j;
                    matched = span;
                    break;
                }
            }
            if (matched == null) {
                i++;
                continue;
            }
            int start = first.start();
            int end = tokens.get(matchEnd).end();
            if (!isBlocked(start, end, blockedChars) && passesGuards(text, tokens, i, matchEnd, matched,
                    sentenceStart[i] || isSentenceInitial(text, tokens, i)
                            || (i > 0 && startsLineAfterOpening(text, tokens, i)),
                    surnames)) {
                Toponym.Source source = gazetteer.knows(matched) ? Toponym.Source.GAZETTEER : Toponym.Source.DEMONYM;
                if (source == Toponym.Source.GAZETTEER && gazetteer.demonym(matched).isPresent()
                        && gazetteer.lookup(matched).stream().noneMatch(p -> p.isCountry() || p.isRegion())) {
                    source = Toponym.Source.DEMONYM; // "Turkish" is also a village somewhere
                }
                out.add(new Toponym(start, end, matched, matched, null, source));
            }
            i = matchEnd + 1;
        }
        return openings;
    }

    /**
     * The places in one hyphenated token the tokenizer keeps whole: "London" in "London-based", both parts of
     * "Canada-EU"; not "U.S." in "U.S.-led", which names who acts rather than where.
     */
    private void spotInHyphenCompound(String text, Token token, List<Toponym> out) {
        String word = token.text(text);
        String[] parts = word.split("-", -1);
        int offset = token.start();
        for (int k = 0; k < parts.length; k++) {
            String part = parts[k];
            String after = k + 1 < parts.length ? parts[k + 1].toLowerCase(Locale.ROOT) : "";
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0)) && !AGENT_COMPOUNDS.contains(after)
                    && !COMMON_WORDS.contains(part.toLowerCase(Locale.ROOT)) && gazetteer.knows(part)
                    && gazetteer.lookup(part).stream().anyMatch(p -> p.isCountry() || p.isRegion() || p.isAdmin1()
                    || p.population() >= HYPHEN_PART_POPULATION)) {
                out.add(new Toponym(offset, offset + part.length(), part, part, null, Toponym.Source.GAZETTEER));
            }
            offset += part.length() + 1;
        }
    }

    /** "Heathrow Airport" for "Heathrow" in "at Heathrow airport": not the town of Heathrow, Florida. */
    private String airportName(String text, int end, String name) {
        if (text.regionMatches(true, end, " airport", 0, 8)) {
            String airport = name + " Airport";
            if (gazetteer.knows(airport)) {
                return airport;
            }
        }
        return name;
    }

    /** A country, state or city of a million that the entity model took for something else ("Montreal" as ORG). */
    private boolean isMajorPlace(String name) {
        return gazetteer.lookup(stripPossessive(name)).stream()
                .anyMatch(p -> p.isCountry() || p.isAdmin1() || p.population() >= 1_000_000);
    }

    /**
     * Whether the word occurs in lower case as a whole word somewhere in the text ("march", "reading"). Scans the text
     * for the few spotted names that need it instead of collecting every lower-case word of every article.
     */
    private static boolean usedInLowerCase(String text, String lower) {
        for (int at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
            int end = at + lower.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** A hyphen inside the token, not at its ends ("London-based"). */
    private static boolean hasInnerHyphen(String text, Token t) {
        for (int k = t.start() + 1; k < t.end() - 1; k++) {
            if (text.charAt(k) == '-') {
                return true;
            }
        }
        return false;
    }

    /** A capitalised compound joined by a hyphen: "London-based", "U.S.-led", "Canada-EU". */
    private static boolean isHyphenCompound(String name) {
        int dash = name.indexOf('-');
        return dash > 0 && dash < name.length() - 1 && name.indexOf(' ') < 0;
    }

    /**
     * A PERSON entity whose name is a place the gazetteer knows, used as a place: the tagger's mistake rather than a
     * person. Its mentions are then left to the spotter, and the resolver keeps them only if the place is prominent
     * or supported by the article, like any spotted name. The evidence, any one of:
     * <ul>
     *   <li>a direction word before a country or state ("West Texas", whose later "Texas" mentions the tagger then
     *       also calls a person);</li>
     *   <li>a locative preposition before a mention ("in Hawaii", "from Douma", "across Texas"), or "to" or "on"
     *       before a country, state, island or city ("belonged to Toronto", "on Oahu"; "talked to Steele" and "on
     *       Steele" are about a person);</li>
     *   <li>a place noun before it ("the city of Douma").</li>
     * </ul>
     * "Jordan" stays a person when "Michael Jordan" is in the article (a longer name mention), and so do first names
     * that happen to be towns ("Tyler said").
     */
    private boolean isPlaceTakenForPerson(Entity e, String text) {
        // cheapest tests first: this runs for every PERSON entity of every article
        String entityName = stripPossessive(e.name());
        String name = placeNamed(entityName);
        if (name == null) {
            return false;
        }
        boolean major = isCountryOrDivision(name);
        boolean evidence = major && !name.equals(entityName); // "West Texas": a region of the state
        boolean prominent = major || isProminent(name);
        for (Mention m : e.mentions()) {
            String mention = stripPossessive(m.text());
            if (m.kind() == MentionKind.NAME && !mention.equals(name) && !name.equals(placeNamed(mention))) {
                return false; // "Michael Jordan"
            }
            if (!evidence) {
                String previous = LiteralUse.previousWord(text, m.start()).toLowerCase(Locale.ROOT);
                evidence = LOCATIVE_PREPOSITIONS.contains(previous)
                        || (prominent && WEAK_LOCATIVES.contains(previous))
                        || (previous.equals("of")
                        && PLACE_OF.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find());
            }
        }
        return evidence;
    }

    /**
     * The place a capitalised name names: itself when the gazetteer knows it, the rest after a direction word when
     * that is a country or state ("West Texas" names Texas); null otherwise.
     */
    private String placeNamed(String name) {
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return null;
        }
        if (gazetteer.knows(name)) {
            return name;
        }
        int space = name.indexOf(' ');
        if (space > 0 && REGION_WORDS.contains(name.substring(0, space).toLowerCase(Locale.ROOT))) {
            String rest = name.substring(space + 1);
            return isCountryOrDivision(rest) ? rest : null;
        }
        return null;
    }

    /** An island, region or city of 100,000 or more: "on Oahu", "belonged to Toronto". */
    private boolean isProminent(String name) {
        return gazetteer.lookup(name).stream().anyMatch(p -> p.isRegion() || p.population() >= 100_000);
    }

    private boolean isCountryOrDivision(String name) {
        return gazetteer.lookup(name).stream().anyMatch(p -> p.isCountry() || p.isAdmin1());
    }

    /** Whether an organisation's name contains a country or first-level division ("Environment Canada"). */
    private boolean containsMajorPlace(String orgName) {
        if (MEDIA.matcher(orgName).find()) {
            return false; // "The Washington Post", "New York Times": a title, not the place
        }
        String[] words = SPACES.split(orgName);
        for (int i = 0; i < words.length; i++) {
            if (words[i].isEmpty() || !Character.isUpperCase(words[i].charAt(0))) {
                continue;
            }
            // longer spans only from words that start a longer name: this runs for every organisation mention
            int longest = gazetteer.startsCompoundName(words[i]) ? Math.min(words.length, i + 4) : i + 1;
            for (int j = i; j < longest; j++) {
                String span = stripPossessive(String.join(" ", Arrays.copyOfRange(words, i, j + 1)));
                if (!span.isEmpty() && Character.isUpperCase(span.charAt(0))
                        && gazetteer.lookup(span).stream().anyMatch(p -> p.isCountry() || p.isAdmin1())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The few guards that hold even for a name the entity model tagged as a location ("the West", "Hospital"). */
    private boolean plausibleEntityName(String text, int start, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (NOT_PLACES.contains(lower) || (COMMON_WORDS.contains(lower) && !DIRECTIONS.contains(lower))) {
            return false;
        }
        if (name.length() <= 3 && isAllCaps(name) && !PLACE_ABBREVIATIONS.contains(name)) {
            return false; // "CIS", "HAP": an acronym, not the Italian town of Cis
        }
        String before = text.substring(Math.max(0, start - 4), start).toLowerCase(Locale.ROOT);
        return !(DIRECTIONS.contains(lower) && before.endsWith("the "));
    }

    /** Rejects spotted names that are more likely something else. */
    private boolean passesGuards(String text, List<Token> tokens, int first, int last, String name,
                                 boolean atSentenceStart, Supplier<Set<String>> surnames) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean singleWord = first == last;
        List<GeoPlace> places = gazetteer.lookup(name);
        boolean major = places.stream().anyMatch(p -> p.isCountry() || p.isRegion() || p.isAdmin1()
                || p.isCapital());
        boolean demonym = gazetteer.demonym(name).isPresent();
        if ((singleWord && COMMON_WORDS.contains(lower)) || NOT_PLACES.contains(lower)) {
            return false;
        }
        if (name.length() <= 4 && isAllCaps(name) && !PLACE_ABBREVIATIONS.contains(name.replace(".", ""))
                && !name.contains(".")) {
            return false; // "SOL", "AMC": acronyms, unless a known abbreviation of a place
        }
        if (singleWord && !major && usedInLowerCase(text, lower)) {
            return false; // "march", "reading" used as ordinary words in this very article
        }
        String prev = first > 0 ? tokens.get(first - 1).text(text) : "";
        String prevLower = prev.toLowerCase(Locale.ROOT);
        boolean adjacentPrev = first > 0 && joins(text, tokens.get(first - 1), tokens.get(first));
        // "the West", "the North": a direction, not a place
        if (singleWord && DIRECTIONS.contains(lower) && prevLower.equals("the")) {
            return false;
        }
        if (name.length() <= 3 && !name.equals(name.toUpperCase(Locale.ROOT)) && !major) {
            return false;
        }
        if (isAllCaps(name) && !major && !(name.length() >= 4 && places.stream().anyMatch(p -> p.population() >= 100_000))) {
            return false;
        }
        // Part of a longer capitalised name: "Mark Rutte", "Air Zimbabwe", "Washington Post", "Dubai World Cup".
        if (adjacentPrev && first > 0) {
            Token p = tokens.get(first - 1);
            boolean prevCapital = isCapitalisedWord(p, prev) && !PLACE_PREFIXES.contains(prevLower);
            boolean prevStartsSentence = first - 1 == 0 || startsLineAfterOpening(text, tokens, first - 1)
                    || isSentenceInitial(text, tokens, first - 1);
            if (prevCapital && !prevStartsSentence && !gazetteer.demonym(prev).isPresent()
                    && !places.stream().anyMatch(p2 -> p2.isCountry() || p2.isAdmin1())) {
                return false;
            }
            if (TITLES.contains(prevLower) || (prev.equals(".") && first >= 2
                    && TITLES.contains(tokens.get(first - 2).text(text).toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        if (last + 1 < tokens.size() && joins(text, tokens.get(last), tokens.get(last + 1))) {
            Token n = tokens.get(last + 1);
            String next = n.text(text);
            // "Washington Post", "Jamaica Cancer Society" are not places; "Kentucky State Police" names the state
            if (isCapitalisedWord(n, next) && !isAllCaps(name) && !major) {
                return false;
            }
            if (next.equals("-") && last + 2 < tokens.size() && joins(text, n, tokens.get(last + 2))
                    && AGENT_COMPOUNDS.contains(tokens.get(last + 2).text(text).toLowerCase(Locale.ROOT))) {
                return false; // "U.S.-led", "Russian-backed": who acts, not where
            }
        }
        if (first >= 2 && prevLower.equals("of")
                && ORGANISATION_HEADS.contains(tokens.get(first - 2).text(text).toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (singleWord && !major && places.stream().allMatch(p -> p.population() < 500_000)
                && surnames.get().contains(name)) {
            return false;
        }
        if (atSentenceStart && singleWord && !major && !demonym) {
            return places.stream().anyMatch(p -> p.population() >= 100_000);
        }
        return true;
    }

    /**
     * Words that end a run of two or more capitalised words the gazetteer does not know as a whole: surnames and
     * last parts of organisation names ("Rutte" in "Mark Rutte"), used to keep "Rutte" alone from being a place.
     */
    private Set<String> personLikeWords(String text, List<Token> tokens) {
        Set<String> out = new HashSet<>();
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j + 1 < tokens.size() && capitalised(text, tokens.get(j)) && capitalised(text, tokens.get(j + 1))
                    && joins(text, tokens.get(j), tokens.get(j + 1))) {
                j++;
            }
            if (j > i) {
                String run = text.substring(tokens.get(i).start(), tokens.get(j).end());
                String firstWord = tokens.get(i).text(text);
                String firstLower = firstWord.toLowerCase(Locale.ROOT);
                boolean opensSentence = isSentenceInitial(text, tokens, i)
                        || (i > 0 && startsLineAfterOpening(text, tokens, i));
                if (!opensSentence && !gazetteer.knows(run) && !gazetteer.knows(firstWord) && !isAllCaps(firstWord)
                        && gazetteer.demonym(firstWord).isEmpty() && !PLACE_PREFIXES.contains(firstLower)
                        && !COMMON_WORDS.contains(firstLower)) {
                    out.add(tokens.get(j).text(text));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * Whether the token before i is one of the marks that open a sentence or a clause. Compares characters instead
     * of making the token's string: this runs for every token of every article.
     */
    private static boolean isSentenceInitial(String text, List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        Token prev = tokens.get(i - 1);
        return prev.end() - prev.start() == 1 && SENTENCE_OPENERS.indexOf(text.charAt(prev.start())) >= 0;
    }

    /** True when token i begins a line, so a capitalised word there says nothing about names (headlines, bylines). */
    private static boolean startsLineAfterOpening(String text, List<Token> tokens, int i) {
        int from = tokens.get(i - 1).end();
        int to = tokens.get(i).start();
        for (int k = from; k < to; k++) { // no substring: this runs for every token of every article
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Adjacent tokens separated by at most one ordinary space (no line break). */
    private static boolean joins(String text, Token a, Token b) {
        int gap = b.start() - a.end();
        if (gap == 0) {
            return true;
        }
        if (gap > 1) {
            return false;
        }
        char c = text.charAt(a.end());
        return c == ' ' || c == '\u00A0';
    }

    /** Same as {@link #isCapitalisedWord} without making the token's string (this runs for every token). */
    private static boolean capitalised(String text, Token t) {
        return t.kind() == Token.Kind.WORD && t.end() > t.start() && Character.isUpperCase(text.charAt(t.start()));
    }

    private static boolean isCapitalisedWord(Token t, String w) {
        return t.kind() == Token.Kind.WORD && !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static boolean endsWithDivisionNoun(String mention) {
        for (String noun : DIVISION_NOUNS) {
            if (mention.endsWith(noun)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAllCaps(String s) {
        boolean letters = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    private static boolean isBlocked(int start, int end, BitSet blocked) {
        int next = blocked.nextSetBit(start);
        return next >= 0 && next < end;
    }

    private static String stripArticle(String s) {
        return s.regionMatches(true, 0, "the ", 0, 4) ? s.substring(4) : s;
    }

    private static String stripPossessive(String s) {
        return s.endsWith("'s") || s.endsWith("\u2019s") ? s.substring(0, s.length() - 2) : s;
    }
}
