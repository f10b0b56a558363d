package dev.lede.entity;

import dev.lede.annotation.EntityType;
import dev.lede.entity.gazetteer.GazetteerCategory;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The hand-written word lists the document-level name rules use (English news conventions). */
final class NameLexicon {
    private NameLexicon() {
    }

    /** Gazetteer categories that make a word a known name whatever its position. */
    static final int KNOWN_NAMES = GazetteerCategory.COUNTRY.bit() | GazetteerCategory.CITY.bit()
            | GazetteerCategory.NORP.bit() | GazetteerCategory.PRODUCT.bit();

    /** Function words that only a Title Case headline capitalises inside a line. */
    static final Set<String> TITLE_CASE_FUNCTION_WORDS = Set.of("In", "As", "To", "Of", "For", "On", "At",
            "The", "And", "With", "After", "Over", "From", "By", "Is", "Are", "Was", "Amid", "Into", "Says", "Will");

    /** Closed-class words: alone they are never a name, whatever their capital says ("On April 15"). */
    static final Set<String> FUNCTION_WORDS = Set.of("on", "in", "at", "by", "for", "from", "to", "of",
            "with", "the", "a", "an", "and", "or", "but", "as", "if", "when", "while", "after", "before", "since",
            "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "this", "that",
            "these", "those", "there", "here", "then", "so", "not", "no", "yes", "also", "all", "some",
            // auxiliaries that open a sentence ("Had it happened an hour later ..."); not "may" or "will" (May, Will)
            "had", "has", "have", "was", "were", "is", "are", "did", "does", "do", "should", "would", "could");

    /** Last words that make a two-word name a place, organisation or event rather than a person. */
    static final Set<String> NON_PERSON_WORDS = Set.of("University", "College", "School", "Institute",
            "Foundation", "Center", "Centre", "Company", "Corporation", "Group", "Party", "Church", "Museum",
            "Station", "Airport", "Street", "Avenue", "Road", "Square", "Bridge", "Hospital", "Council", "Bank",
            "Club", "Association", "Agency", "Stadium", "Park", "Hall", "Award", "Awards", "Prize", "Cup",
            "Festival", "Project", "Program", "Programme", "Fund", "Trust", "Society", "Press", "Times", "News",
            "Post", "Journal", "Airlines", "Airways", "Motors", "Records", "Studios", "Pictures", "Hotel", "Tower",
            "Building", "House", "Island", "Islands", "River", "Lake", "Mountain", "Mountains", "Valley", "County",
            "City", "State", "Province", "District", "Act", "Law", "Treaty", "War", "Day", "Show", "Games",
            "League", "Team", "Fair", "Expo", "Bay", "Beach", "Harbour", "Harbor", "Port", "Fort", "Springs",
            "Falls", "Heights", "Hills", "Village", "Town", "Township", "Mall", "Arena", "Theatre", "Theater");

    /**
     * Last words that decide the type of a multi-word name the model called MISC or PERSON: "World Health
     * Organization" is an organisation, "Yarra River" a place.
     */
    static final Map<String, EntityType> FINAL_HEADS = finalHeads();

    private static Map<String, EntityType> finalHeads() {
        Map<String, EntityType> m = new HashMap<>();
        for (String w : List.of("Organization", "Organisation", "Association", "Union", "Party", "Council",
                "Agency", "Ministry", "Bank", "University", "Institute", "Committee", "Commission", "Corporation",
                "Company", "Inc.", "Inc", "Corp.", "Corp", "Ltd", "Ltd.", "LLC", "Group", "Foundation",
                "Federation", "Department", "Authority", "Police", "Airlines", "Airways", "Parliament")) {
            m.put(w, EntityType.ORGANIZATION);
        }
        for (String w : List.of("River", "Lake", "Mountains", "Island", "Islands", "Street", "Avenue", "Airport",
                "Province", "County", "Valley", "Desert", "Ocean", "Peninsula", "Square", "Bridge",
                // facilities are places in Lede's scheme (and in GUM's), whatever runs them
                "Center", "Centre", "Museum", "Stadium", "Arena", "Memorial", "Tower", "Towers", "Cathedral",
                "Mosque", "Temple", "Hall", "Hospital", "Hotel", "Station", "Facility", "Complex", "Planetarium",
                "Sea", "Gulf", "Strait", "Canal", "Harbour", "Harbor")) {
            m.put(w, EntityType.LOCATION);
        }
        // events, awards, laws and programmes ("World Cup", "Nobel Prize", "Fan Expo", "Clean Air Act")
        for (String w : List.of("Act", "Award", "Awards", "Championship", "Championships", "Classic", "Cup", "Fair",
                "Festival", "Games", "Olympics", "Open", "Prize", "Series", "Tournament", "War", "Expo", "Program",
                "Programme", "Project")) {
            m.put(w, EntityType.MISC);
        }
        return Map.copyOf(m);
    }

    /** Last words of programme names, MISC unless the tagger saw an organisation ("Sport Management Program"). */
    static final Set<String> PROGRAMME_HEADS = Set.of("Program", "Programme", "Project");

    /** Head words of "X of Y" names and the type of the whole name. */
    static final Map<String, EntityType> HEADS = headTypes();

    private static Map<String, EntityType> headTypes() {
        Map<String, EntityType> m = new HashMap<>();
        for (String w : List.of("Church", "University", "Bank", "Institute", "Department", "Ministry", "Council",
                "Court", "Academy", "College", "School", "Association", "Federation", "Society", "League", "Party",
                "Union", "Office", "Board", "Commission", "Municipality", "Organisation", "Organization", "Army",
                "Navy", "Daughters", "Sons", "Friends", "Chamber", "Archdiocese", "Diocese", "Order", "Knights",
                "Brotherhood", "Agency", "Bureau", "Corps", "Foundation", "Fund", "Government", "Parliament",
                "Assembly", "Congress", "Senate", "Committee", "Authority", "Service", "Institution", "Centre",
                "Center", "Library", "Conservatory", "Guild", "Alliance", "Coalition", "Front", "Movement")) {
            m.put(w, EntityType.ORGANIZATION);
        }
        for (String w : List.of("Republic", "Kingdom", "Province", "City", "County", "District", "Bay", "Gulf",
                "Isle", "Sea", "Strait", "Straits", "Cape", "Lake", "Mount", "Museum", "Cathedral", "Basilica",
                "Palace", "Statue", "Tower", "Port", "Region", "Commonwealth", "Emirate", "Principality",
                "Duchy", "Sultanate", "State", "Isles", "Islands", "Valley", "Gate", "Square", "Plains", "Plain")) {
            m.put(w, EntityType.LOCATION);
        }
        for (String w : List.of("Battle", "Siege", "Treaty", "Festival", "Book", "Act", "Declaration",
                "Convention", "Charter", "Gospel", "Prize")) {
            m.put(w, EntityType.MISC);
        }
        return Map.copyOf(m);
    }

    /** A word that ends or heads institution and place names, or is never a person's ("Council", "Hospital"). */
    static boolean isInstitutionWord(String w) {
        return NON_PERSON_WORDS.contains(w) || FINAL_HEADS.containsKey(w) || HEADS.containsKey(w);
    }

    /** The possessive clitic as the tokenizer splits it off: "'s" or "\u2019s". */
    static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("\u2019s");
    }

    /** Group words that are as often ordinary capitalised adjectives or names. */
    static final Set<String> AMBIGUOUS_GROUPS = Set.of("Western", "Liberal", "Liberals", "Conservative",
            "Conservatives", "Orthodox", "Indigenous", "Aboriginal", "Islamic", "Socialist", "Communist",
            "Evangelical", "Nordic", "Baltic", "Soviet");

    /** Capitalised abbreviations that are not names. */
    static final Set<String> COMMON_ACRONYMS = Set.of("CEO", "CFO", "COO", "CTO", "GDP", "GNP", "UTC",
            "GMT", "EST", "PST", "CET", "PDF", "DNA", "RNA", "USB", "GPS", "VIP", "FAQ", "CCTV", "LGBT", "LGBTQ",
            "SUV", "ATM", "DIY", "MPS", "MEP", "MEPS", "RSS", "HTML", "URL", "API", "NGO", "NGOS", "UFO", "DVD",
            "BCE", "LNG", "CPI", "IPO", "ETF", "VAT", "ASAP", "FYI", "LOL", "OMG", "TBA", "TBD", "AKA", "RIP",
            "THE", "AND", "FOR", "NOT", "BUT", "NEW", "NOW", "ALL", "OUT", "USD", "EUR", "GBP", "JPY", "CNY",
            "RUB", "UAH", "CHF", "KMH", "MPH", "PPM", "ICU", "ER", "HIV", "AIDS", "COVID", "SARS", "MERS", "CT",
            "MRI", "PTSD", "ADHD", "IVF", "GMO", "CO", "AI", "AGI", "LED", "LCD", "PIN", "SIM", "SMS", "PSA",
            "NB", "PS", "TV", "PC", "OK", "AM", "PM", "BC", "AD", "ID", "IQ", "PR", "HR", "IT", "UPDATE",
            "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH", "VIDEO", "PHOTO", "PHOTOS", "LIVE", "READ", "MORE",
            "NOTE", "EDITOR", "EDITORS", "END", "WASHINGTON");

    /** Whether a word has no lower-case letters ("NATO", "U.S."). */
    static boolean isAllCaps(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT));
    }
}
