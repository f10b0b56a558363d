package dev.lede.geo;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Tells literal uses of a place name ("fighting in Syria") from metonymic ones ("Russia said", "Russia's veto") and
 * modifiers ("U.S. officials", "Toronto police"), from the words around it. Used when the analyzer is asked for
 * literal places only ({@code geo.literalOnly=true}), which is how GeoWebNews annotates; hand rules, because a
 * tagger for this needs training data the project does not have yet.
 */
final class LiteralUse {
    private static final Pattern NEXT_WORD = Pattern.compile("^(['\u2019]s\\b)|^[ \u00A0]+([a-z][a-z-]*)");
    private static final Pattern PREVIOUS_WORD = Pattern.compile("([A-Za-z]+)[ \u00A0]+$");
    /** "northern Syria", "central Washington": before a name, the part of a place it names. */
    static final Set<String> COMPASS_ADJECTIVES = Set.of("northern", "southern", "eastern", "western", "central");
    /** Prepositions after which a place is nearly always a location. */
    private static final Set<String> LOCATIVE = Stream.concat(COMPASS_ADJECTIVES.stream(), Stream.of("in", "from",
            "to", "at", "near", "across", "throughout", "into", "outside", "inside", "around", "through", "toward",
            "towards", "via", "within", "visit", "visited", "visiting", "fled", "entered", "left", "over", "off",
            "north", "south", "east", "west")).collect(Collectors.toUnmodifiableSet());
    /** Words that can follow a literal place name: function words, time words, place nouns. */
    private static final Set<String> LITERAL_FOLLOWERS = Set.of("and", "or", "in", "on", "at", "for", "from", "to",
            "with", "by", "as", "of", "that", "which", "where", "when", "after", "before", "since", "during",
            "until", "last", "this", "next", "but", "is", "was", "are", "were", "earlier", "later", "today",
            "yesterday", "tonight", "area", "region", "city", "town", "county", "state", "province",
            "border", "borders", "coast", "capital", "itself", "alone", "too", "also", "while", "whose",
            "because", "than", "if", "so", "though", "although", "via", "into", "about", "over", "under", "near",
            "between", "among", "amid", "against", "through", "without", "within", "like", "including", "once",
            "now", "then", "every", "each", "back", "home", "metro", "suburbs", "district", "neighborhood",
            "neighbourhood", "village", "valley", "island", "islands", "peninsula", "airport", "streets");
    /** Verbs whose subject is the people or government of a place, not the land. */
    private static final Set<String> AGENT_VERBS = Set.of("has", "had", "have", "will", "would", "said", "says",
            "could", "should", "must", "may", "might", "can", "wants", "wanted", "accused", "accuses", "announced",
            "agreed", "signed", "refused", "denied", "denies", "called", "calls", "plans", "planned", "needs",
            "believes", "insists", "insisted", "claims", "claimed", "warned", "warns", "threatened", "responded",
            "launched", "does", "did", "hopes", "sought", "seeks", "asked", "asks", "urged", "urges", "rejected",
            "rejects", "supports", "supported", "backed", "backs", "imposed", "sent", "sends", "voted", "votes",
            "won", "wins", "beat", "lost", "condemned", "blamed", "expelled", "retaliated", "vowed", "decided",
            "argued", "argues", "considers", "considered", "recognized", "recognised", "allowed", "allows");

    /** Nouns for a place's government or people that make the name before them a modifier ("U.S. officials"). */
    private static final Set<String> INSTITUTIONS = Set.of("government", "governments", "embassy", "embassies",
            "ministry", "ministries", "army", "military", "forces", "troops", "ambassador", "ambassadors", "consulate",
            "president", "presidents", "officials", "official", "lawmakers", "authorities", "diplomats", "diplomat",
            "regime", "administration", "counterpart", "leader", "leaders", "minister", "ministers", "spokesman",
            "spokeswoman", "delegation", "navy", "senate", "parliament");
    /** Verbs of saying and acting whose subject is a place's government, never the land itself. */
    private static final Set<String> ACTOR_VERBS = Set.of("said", "says", "warned", "warns", "accused", "accuses",
            "announced", "urged", "urges", "denied", "denies", "claimed", "claims", "threatened", "vowed", "rejected",
            "rejects", "condemned", "wants", "wanted", "failed", "agreed", "signed", "refused", "insisted",
            "responded", "called", "calls", "asked", "demanded", "expelled", "imposed", "had", "should");
    private static final Set<String> CURRENCY_WORDS = Set.of("dollar", "dollars", "cent", "cents", "pound", "pounds",
            "peso", "pesos", "rupee", "rupees", "franc", "francs", "yuan", "won", "ruble", "rubles", "rouble",
            "roubles", "shilling", "shillings", "rand", "dinar", "dinars", "krona", "krone", "kronor");
    private static final Pattern AIRLINE_PREFIX = Pattern.compile("(?:^|[^\\p{L}])Air[ \u00A0]$");
    /** "... streets", "... intersection", or "/Franklin intersection" after the name. */
    private static final Pattern STREETS_AFTER = Pattern.compile(
            "^(?:(?:/| and | & )\\p{Lu}[\\p{L}.]*)?[ \u00A0]+(?:streets|avenues|roads|intersection)\\b");
    /** "Chartres/" or "corner of State and " before the name. */
    private static final Pattern CROSSING_BEFORE = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}.]*/|corner of \\p{Lu}[\\p{L}.]* (?:and|&) )$");
    private static final Pattern CROSSING_AFTER_CORNER = Pattern.compile("(?:corner of|intersection of)[ \u00A0]+$");
    private static final Pattern CROSSING_PARTNER = Pattern.compile("^[ \u00A0]+(?:and|&)[ \u00A0]+\\p{Lu}");
    private static final Pattern AFTER_PREPOSITION = Pattern.compile("\\b(?:in|at|from|near|across)[ \u00A0]+$");
    private static final Set<String> STREET_NOUNS = Set.of("streets", "avenues", "roads", "intersection");

    private LiteralUse() {
    }

    /**
     * Whether the name stands for a government or its people by the word that follows: an institution noun
     * ("U.S. officials", "the UK government", "Pakistan Army") or a verb of saying or acting ("Russia warned").
     * Applied by default, unlike {@link #isLiteral}: these are the metonymic uses where the development corpora
     * disagree least (GeoWebNews never counts them as places; TR-News does, but they are rare there), while the
     * wider metonymy and modifiers ("Russia's", "Toronto police") are common places in TR-News and the seed.
     */
    static boolean namesGovernmentOrActor(String text, int start, int end) {
        String next = nextWord(text, end);
        if (!INSTITUTIONS.contains(next) && !ACTOR_VERBS.contains(next)) {
            return false;
        }
        // "police in Chicago said": the verb's subject is the noun before the preposition, the place is literal
        return !AFTER_PREPOSITION.matcher(text).region(Math.max(0, start - 8), start).find();
    }

    /**
     * The lower-case ASCII word after {@code end} across spaces, "" when a non-letter comes first. A scan by hand:
     * it runs several times for every resolved place, where a regular expression's matcher costs more than the
     * look itself.
     */
    static String nextWord(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        if (i == end) {
            return "";
        }
        int from = i;
        while (i < text.length() && i - from < 30 && isAsciiLetter(text.charAt(i))) {
            i++;
        }
        if (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
            return ""; // not a whole ASCII word ("Zürich", "3D")
        }
        return text.substring(from, i).toLowerCase(Locale.ROOT);
    }

    /** The word (up to 12 letters, as written) just before {@code start} across one space; "" when none. */
    static String previousWord(String text, int start) {
        int end = start;
        while (end > 0 && end > start - 2 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\u00A0')) {
            end--;
        }
        int begin = end;
        while (begin > 0 && end - begin < 12 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return end == start || begin == end ? "" : text.substring(begin, end);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * Whether a US state's name at {@code end} is followed by "State" and no further name: the university or its team
     * ("Mississippi State's center", "Colorado State will update"), not "Kentucky State Police".
     */
    static boolean namesStateUniversity(String text, int end) {
        if (!text.startsWith(" State", end)) {
            return false;
        }
        int after = end + 6;
        if (after < text.length() && Character.isLetter(text.charAt(after))) {
            return false; // "Statesboro"
        }
        return !(after + 1 < text.length() && text.charAt(after) == ' ' && Character.isUpperCase(text.charAt(after + 1)));
    }

    /**
     * Whether the place name is part of an airline's or a currency's name ("Air Canada", "Air France", "U.S.
     * dollars", "Canadian dollar"), which name no place at all.
     */
    static boolean namesAirlineOrCurrency(String text, int start, int end) {
        if (CURRENCY_WORDS.contains(nextWord(text, end))) {
            return true;
        }
        return start >= 4 && text.startsWith("Air", start - 4) && AIRLINE_PREFIX.matcher(text)
                .region(Math.max(0, start - 5), start).find();
    }

    /**
     * Whether the name is a street's, as in a crossing: "the corner of State and Hubbard streets", "the
     * Chartres/Franklin intersection", "at Grand and State". Town names are common street names in North America.
     */
    static boolean namesStreet(String text, int start, int end) {
        String next = nextWord(text, end);
        boolean crossingAfter = STREET_NOUNS.contains(next) || next.equals("and")
                || (end < text.length() && text.charAt(end) == '/') || text.startsWith(" & ", end);
        boolean crossingBefore = (start > 0 && text.charAt(start - 1) == '/') || text.startsWith(" and ", start - 5)
                || text.startsWith(" & ", start - 3) || text.startsWith("of ", start - 3);
        if (!crossingAfter && !crossingBefore) {
            return false; // the usual case, decided without a regular expression
        }
        int afterEnd = Math.min(text.length(), end + 40);
        int beforeStart = Math.max(0, start - 40);
        return STREETS_AFTER.matcher(text).region(end, afterEnd).find()
                || (start > 0 && (text.charAt(start - 1) == '/' || text.charAt(start - 1) == ' ')
                && (CROSSING_BEFORE.matcher(text).region(beforeStart, start).find()
                || CROSSING_AFTER_CORNER.matcher(text).region(beforeStart, start).find()
                && CROSSING_PARTNER.matcher(text).region(end, afterEnd).find()));
    }

    /** Whether the mention at [start, end) of text reads as the place itself. */
    static boolean isLiteral(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 30), start);
        Matcher p = PREVIOUS_WORD.matcher(before);
        String previous = p.find() ? p.group(1).toLowerCase(Locale.ROOT) : "";
        Matcher n = NEXT_WORD.matcher(text.substring(end, Math.min(text.length(), end + 30)));
        if (n.find(0) && n.group(1) != null) {
            return false; // "Russia's", "Toronto's": the country's or city's people, government or team
        }
        if (LOCATIVE.contains(previous)) {
            return true;
        }
        String next = n.find(0) && n.group(2) != null ? n.group(2) : "";
        if (next.isEmpty()) {
            return true;
        }
        if (AGENT_VERBS.contains(next)) {
            return false;
        }
        return LITERAL_FOLLOWERS.contains(next); // otherwise a noun follows: "U.S. officials", "Toronto police"
    }
}
