package dev.lede.entity;

import dev.lede.annotation.EntityType;
import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.gazetteer.GazetteerCategory;
import dev.lede.entity.model.NameSpan;
import dev.lede.entity.model.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Second pass over the tagger's names, at document level: titles are cut off the front of person names
 * ("President Volodymyr Zelensky" -> "Volodymyr Zelensky"), every occurrence of a name string takes the type most
 * of its occurrences got, and occurrences the tagger missed are added when the same capitalised words were
 * tagged elsewhere in the article. Stateless and thread-safe.
 */
final class DocumentConsistency {
    private static final int KNOWN_NAMES = GazetteerCategory.COUNTRY.bit() | GazetteerCategory.CITY.bit()
            | GazetteerCategory.NORP.bit() | GazetteerCategory.PRODUCT.bit();

    /** Function words that only a Title Case headline capitalises inside a line. */
    private static final Set<String> TITLE_CASE_FUNCTION_WORDS = Set.of("In", "As", "To", "Of", "For", "On", "At",
            "The", "And", "With", "After", "Over", "From", "By", "Is", "Are", "Was", "Amid", "Into", "Says", "Will");

    /** Closed-class words: alone they are never a name, whatever their capital says ("On April 15"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("on", "in", "at", "by", "for", "from", "to", "of",
            "with", "the", "a", "an", "and", "or", "but", "as", "if", "when", "while", "after", "before", "since",
            "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "this", "that",
            "these", "those", "there", "here", "then", "so", "not", "no", "yes", "also", "all", "some");

    /** Last words that make a two-word name a place, organisation or event rather than a person. */
    private static final Set<String> NON_PERSON_WORDS = Set.of("University", "College", "School", "Institute",
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
    private static final Map<String, EntityType> FINAL_HEADS = finalHeads();

    private static Map<String, EntityType> finalHeads() {
        Map<String, EntityType> m = new HashMap<>();
        for (String w : List.of("Organization", "Organisation", "Association", "Union", "Party", "Council",
                "Agency", "Ministry", "Bank", "University", "Institute", "Committee", "Commission", "Corporation",
                "Company", "Inc.", "Inc", "Corp.", "Corp", "Ltd", "Ltd.", "LLC", "Group", "Foundation",
                "Federation", "Department", "Authority", "Police", "Airlines", "Airways", "Parliament")) {
            m.put(w, EntityType.ORGANIZATION);
        }
        for (String w : List.of("River", "Lake", "Mountains", "Island", "Islands", "Street", "Avenue", "Airport",
                "Province", "County", "Valley", "Desert", "Ocean", "Peninsula", "Square", "Bridge")) {
            m.put(w, EntityType.LOCATION);
        }
        return Map.copyOf(m);
    }

    /** Head words of "X of Y" names and the type of the whole name. */
    private static final Map<String, EntityType> HEADS = headTypes();

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
                "Duchy", "Sultanate", "State", "Isles", "Islands", "Valley", "Gate", "Square")) {
            m.put(w, EntityType.LOCATION);
        }
        for (String w : List.of("Battle", "Siege", "Treaty", "Festival", "Book", "Act", "Declaration",
                "Convention", "Charter", "Gospel", "Prize")) {
            m.put(w, EntityType.MISC);
        }
        return Map.copyOf(m);
    }

    /** Group words that are as often ordinary capitalised adjectives or names. */
    private static final Set<String> AMBIGUOUS_GROUPS = Set.of("Western", "Liberal", "Liberals", "Conservative",
            "Conservatives", "Orthodox", "Indigenous", "Aboriginal", "Islamic", "Socialist", "Communist",
            "Evangelical", "Nordic", "Baltic", "Soviet");

    /** Capitalised abbreviations that are not names. */
    private static final Set<String> COMMON_ACRONYMS = Set.of("CEO", "CFO", "COO", "CTO", "GDP", "GNP", "UTC",
            "GMT", "EST", "PST", "CET", "PDF", "DNA", "RNA", "USB", "GPS", "VIP", "FAQ", "CCTV", "LGBT", "LGBTQ",
            "SUV", "ATM", "DIY", "MPS", "MEP", "MEPS", "RSS", "HTML", "URL", "API", "NGO", "NGOS", "UFO", "DVD",
            "BCE", "LNG", "CPI", "IPO", "ETF", "VAT", "ASAP", "FYI", "LOL", "OMG", "TBA", "TBD", "AKA", "RIP",
            "THE", "AND", "FOR", "NOT", "BUT", "NEW", "NOW", "ALL", "OUT", "USD", "EUR", "GBP", "JPY", "CNY",
            "RUB", "UAH", "CHF", "KMH", "MPH", "PPM", "ICU", "ER", "HIV", "AIDS", "COVID", "SARS", "MERS", "CT",
            "MRI", "PTSD", "ADHD", "IVF", "GMO", "CO", "AI", "AGI", "LED", "LCD", "PIN", "SIM", "SMS", "PSA",
            "NB", "PS", "TV", "PC", "OK", "AM", "PM", "BC", "AD", "ID", "IQ", "PR", "HR", "IT", "UPDATE",
            "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH", "VIDEO", "PHOTO", "PHOTOS", "LIVE", "READ", "MORE",
            "NOTE", "EDITOR", "EDITORS", "END", "WASHINGTON");
    private final Gazetteer gazetteer;

    DocumentConsistency(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<NameSpan> apply(Words words, List<NameSpan> tagged) {
        List<NameSpan> spans = new ArrayList<>();
        for (NameSpan s : tagged) {
            NameSpan t = trim(words, s);
            if (t != null) {
                splitAtTitle(words, t, spans);
            }
        }
        spans = dropCapitalisedCommonWords(words, spans);
        spans = joinOfNames(words, spans);
        spans = checkTitleCaseLines(words, spans);
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        for (NameSpan s : spans) {
            votes.computeIfAbsent(text(words, s.first(), s.end()), k -> new EnumMap<>(EntityType.class))
                    .merge(s.type(), 1, Integer::sum);
        }
        Map<String, EntityType> majority = new HashMap<>();
        votes.forEach((k, v) -> majority.put(k, v.entrySet().stream()
                .max(Map.Entry.<EntityType, Integer>comparingByValue()).orElseThrow().getKey()));
        boolean[] covered = new boolean[words.size()];
        List<NameSpan> out = new ArrayList<>();
        for (NameSpan s : spans) {
            out.add(new NameSpan(s.first(), s.end(), majority.get(text(words, s.first(), s.end()))));
            for (int i = s.first(); i < s.end(); i++) {
                covered[i] = true;
            }
        }
        addMissed(words, majority, covered, out);
        addProducts(words, covered, out);
        addNationalities(words, covered, out);
        addAcronyms(words, covered, out);
        out.sort(Comparator.comparingInt(NameSpan::first));
        return out;
    }

    /** Drops leading titles and non-word edges; null when nothing is left. */
    private NameSpan trim(Words words, NameSpan s) {
        int first = s.first();
        int end = s.end();
        while (first < end && !Character.isLetterOrDigit(words.word(first).charAt(0))) {
            first++;
        }
        while (end > first && !Character.isLetterOrDigit(words.word(end - 1).charAt(0))) {
            end--;
        }
        if (end - first > 1 && (words.word(first).equals("The") || words.word(first).equals("the"))) {
            first++;
        }
        if (s.type() == EntityType.PERSON) {
            for (int len = Math.min(4, end - first - 1); len >= 1; len--) {
                if (gazetteer.contains(text(words, first, first + len), GazetteerCategory.TITLE)) {
                    first += len;
                    break;
                }
            }
        }
        if (first >= end || (end - first == 1 && FUNCTION_WORDS.contains(words.word(first).toLowerCase(Locale.ROOT)))) {
            return null;
        }
        return new NameSpan(first, end, lexiconType(text(words, first, end), s.type()));
    }

    /**
     * The type a hand-checked list imposes on a whole name: the product list ("Patriot" in "Patriot systems" is
     * not a person) and nationality words ("Russian" is NORP, never MISC).
     */
    private EntityType lexiconType(String name, EntityType tagged) {
        int cats = gazetteer.categories(name);
        if (GazetteerCategory.PRODUCT.in(cats)) {
            return EntityType.MISC;
        }
        if (GazetteerCategory.NORP.in(cats) && !GazetteerCategory.COUNTRY.in(cats) && tagged == EntityType.MISC) {
            return EntityType.NORP;
        }
        int space = name.lastIndexOf(' ');
        String head = space < 0 ? null : name.substring(space + 1);
        EntityType byHead = head == null ? null : FINAL_HEADS.get(head);
        if (byHead != null && byHead != tagged && tagged != EntityType.NORP && !head.equals("Bank")) {
            return byHead;
        }
        if ((tagged == EntityType.LOCATION || tagged == EntityType.ORGANIZATION) && looksLikeFullName(name)) {
            return EntityType.PERSON;
        }
        return tagged;
    }

    /**
     * A known first name alone that is nothing else in the gazetteer ("Gloria"), or two capitalised words, the
     * first a known first name that is not also a place, the second an ordinary word-shaped name that is not a
     * place or organisation word: "Daniel Montalvo", not "Jordan Valley" or "Victoria Station". The model, misled
     * by a surname that is also a town, sometimes calls these places or organisations.
     */
    private boolean looksLikeFullName(String name) {
        String[] parts = name.split(" ");
        if (parts.length == 1) {
            int cats = gazetteer.categories(name);
            return (GazetteerCategory.MALE_NAME.in(cats) || GazetteerCategory.FEMALE_NAME.in(cats))
                    && (cats & (GazetteerCategory.MALE_NAME.bit() | GazetteerCategory.FEMALE_NAME.bit())) == cats;
        }
        if (parts.length != 2 || gazetteer.categories(name) != 0) {
            return false;
        }
        int first = gazetteer.categories(parts[0]);
        boolean firstName = GazetteerCategory.MALE_NAME.in(first) || GazetteerCategory.FEMALE_NAME.in(first);
        int notPerson = GazetteerCategory.COUNTRY.bit() | GazetteerCategory.CITY.bit() | GazetteerCategory.NORP.bit()
                | GazetteerCategory.TITLE.bit() | GazetteerCategory.PRODUCT.bit();
        String last = parts[1];
        return firstName && (first & notPerson) == 0 && last.length() > 2 && Character.isUpperCase(last.charAt(0))
                && last.substring(1).chars().allMatch(Character::isLowerCase) && !NON_PERSON_WORDS.contains(last)
                && !GazetteerCategory.COUNTRY.in(gazetteer.categories(last));
    }

    /**
     * Splits a name with a title inside ("US President Barack Obama", "NATO Secretary General Mark Rutte") into
     * the organisation or place before the title and the person after it, when the words after the title look
     * like a person (the span was tagged PERSON or they start with a known first name).
     */
    private void splitAtTitle(Words words, NameSpan s, List<NameSpan> out) {
        if (s.type() == EntityType.PERSON && s.end() - s.first() >= 3
                && GazetteerCategory.NORP.in(gazetteer.categories(words.word(s.first())))) {
            // "Scientologist Tom Cruise", "Ukrainian Volodymyr Zelensky": the group word is its own name
            out.add(new NameSpan(s.first(), s.first() + 1, EntityType.NORP));
            s = new NameSpan(s.first() + 1, s.end(), s.type());
        }
        for (int p = s.first() + 1; p < s.end() - 1; p++) {
            for (int len = Math.min(3, s.end() - 1 - p); len >= 1; len--) {
                if (!gazetteer.contains(text(words, p, p + len), GazetteerCategory.TITLE)) {
                    continue;
                }
                int personStart = p + len;
                String firstOfPerson = words.word(personStart);
                int cats = gazetteer.categories(firstOfPerson);
                boolean person = s.type() == EntityType.PERSON || GazetteerCategory.MALE_NAME.in(cats)
                        || GazetteerCategory.FEMALE_NAME.in(cats);
                if (!person || !Character.isUpperCase(firstOfPerson.charAt(0))) {
                    continue;
                }
                out.add(new NameSpan(s.first(), p, typeOfModifier(text(words, s.first(), p))));
                out.add(new NameSpan(personStart, s.end(), EntityType.PERSON));
                return;
            }
        }
        out.add(s);
    }

    /**
     * Drops a one-word name at the start of a sentence when the article also uses the word in lower case and never
     * as a one-word name elsewhere, and it is no known country, city, nationality or product: there the capital
     * only marks the sentence start ("Port city bets on barrier", "Shipping groups welcomed"). First-name lists
     * do not count: they hold "Port" and "Will".
     */
    private List<NameSpan> dropCapitalisedCommonWords(Words words, List<NameSpan> spans) {
        Set<String> lower = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            if (Character.isLowerCase(words.word(i).charAt(0))) {
                lower.add(words.word(i));
            }
        }
        Map<String, Integer> elsewhere = new HashMap<>();
        for (NameSpan s : spans) {
            if (s.end() - s.first() == 1 && words.sentenceStart()[s.first()] != s.first()) {
                elsewhere.merge(words.word(s.first()), 1, Integer::sum);
            }
        }
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (NameSpan s : spans) {
            String w = words.word(s.first());
            boolean drop = s.end() - s.first() == 1 && words.sentenceStart()[s.first()] == s.first()
                    && lower.contains(w.toLowerCase(Locale.ROOT)) && !elsewhere.containsKey(w)
                    && (gazetteer.categories(w) & KNOWN_NAMES) == 0 && !(w.length() > 1 && isAllCaps(w));
            if (!drop) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * In a Title Case headline ("Zelensky Meets NATO Chief Rutte In Odesa") capitals say nothing and the model
     * runs names together. There a name is kept only as far as the rest of the article or the gazetteer backs it:
     * the longest run of its words that is a name elsewhere in the text, a place, a nationality or an acronym.
     */
    private List<NameSpan> checkTitleCaseLines(Words words, List<NameSpan> spans) {
        Map<String, EntityType> elsewhere = new HashMap<>();
        boolean any = false;
        for (NameSpan s : spans) {
            if (isTitleCase(words, s.first())) {
                any = true;
            } else {
                elsewhere.putIfAbsent(text(words, s.first(), s.end()), s.type());
                if (s.type() == EntityType.PERSON && s.end() - s.first() > 1) {
                    elsewhere.putIfAbsent(words.word(s.end() - 1), EntityType.PERSON);
                }
            }
        }
        if (!any) {
            return spans;
        }
        List<NameSpan> out = new ArrayList<>();
        for (NameSpan s : spans) {
            if (!isTitleCase(words, s.first())) {
                out.add(s);
                continue;
            }
            int i = s.first();
            while (i < s.end()) {
                int bestEnd = -1;
                EntityType bestType = null;
                for (int j = s.end(); j > i && bestEnd < 0; j--) {
                    String run = text(words, i, j);
                    EntityType known = elsewhere.get(run);
                    if (known == null) {
                        known = gazetteerType(run);
                    }
                    if (known == null && j == i + 1 && run.length() > 1 && isAllCaps(run)) {
                        known = s.type();
                    }
                    if (known != null) {
                        bestEnd = j;
                        bestType = known;
                    }
                }
                if (bestEnd > 0) {
                    out.add(new NameSpan(i, bestEnd, bestType));
                    i = bestEnd;
                } else {
                    i++;
                }
            }
        }
        return out;
    }

    /** The type a gazetteer gives a whole phrase (places, nationalities, products), or null. */
    private EntityType gazetteerType(String phrase) {
        int cats = gazetteer.categories(phrase);
        if (GazetteerCategory.COUNTRY.in(cats) || GazetteerCategory.CITY.in(cats)) {
            return EntityType.LOCATION;
        }
        if (GazetteerCategory.NORP.in(cats)) {
            return EntityType.NORP;
        }
        if (GazetteerCategory.PRODUCT.in(cats)) {
            return EntityType.MISC;
        }
        return null;
    }

    /**
     * Whether word i is in a Title Case line: at least four words, nearly all capitalised, not all capitals, with a
     * capitalised function word inside ("In", "As", "To": lists of names and sports tables have none) and no
     * full stop at the end.
     */
    private static boolean isTitleCase(Words words, int i) {
        int from = words.sentenceStart()[i];
        int to = words.sentenceEnd()[i];
        int letters = 0;
        int capitalised = 0;
        int caps = 0;
        boolean functionWord = false;
        String last = words.word(to - 1);
        if (last.equals(".") || last.equals("!") || last.equals("?")) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String w = words.word(k);
            if (k > from && TITLE_CASE_FUNCTION_WORDS.contains(w)) {
                functionWord = true;
            }
            if (Character.isLetter(w.charAt(0))) {
                letters++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitalised++;
                    if (w.length() > 1 && isAllCaps(w)) {
                        caps++;
                    }
                }
            }
        }
        return functionWord && letters >= 4 && capitalised * 10 >= letters * 8 && caps * 2 < letters;
    }

    /**
     * Joins "Church" + "of" + "Scientology" into one name when the words before "of" end in an institution or
     * place head ("University of Portsmouth", "Museum of Flight", "Republic of Korea"), whether or not the model
     * tagged the head: the tagger often cuts such names at "of".
     */
    private List<NameSpan> joinOfNames(Words words, List<NameSpan> spans) {
        if (spans.isEmpty()) {
            return spans;
        }
        List<NameSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(NameSpan::first));
        NameSpan[] startingAt = new NameSpan[words.size()];
        for (NameSpan s : sorted) {
            startingAt[s.first()] = s;
        }
        sorted = extendOverUntaggedOf(words, sorted);
        List<NameSpan> out = new ArrayList<>();
        for (int k = 0; k < sorted.size(); k++) {
            NameSpan b = sorted.get(k);
            int of = b.first() - 1;
            if (of > 0 && words.word(of).equals("the")) {
                of--;
            }
            if (of < 1 || !words.word(of).equals("of") || words.sentenceStart()[of] > of - 1) {
                out.add(b);
                continue;
            }
            String head = words.word(of - 1);
            EntityType headType = HEADS.get(head);
            NameSpan a = out.isEmpty() ? null : out.get(out.size() - 1);
            if (headType == null || b.type() == EntityType.PERSON && headType == EntityType.LOCATION) {
                out.add(b);
            } else if (a != null && a.end() == of && a.type() != EntityType.PERSON && a.type() != EntityType.NORP) {
                out.set(out.size() - 1, new NameSpan(a.first(), b.end(), FINAL_HEADS.getOrDefault(
                        words.word(b.end() - 1), headType)));
            } else if (a == null || a.end() < of - 1) {
                out.add(new NameSpan(of - 1, b.end(), FINAL_HEADS.getOrDefault(words.word(b.end() - 1), headType)));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * "Church" + "of Scientology" when the model tagged only the head: a name ending in an institution or place
     * head followed by "of" (or "of the") and capitalised words nobody tagged takes those words in (at most three).
     */
    private static List<NameSpan> extendOverUntaggedOf(Words words, List<NameSpan> sorted) {
        List<NameSpan> out = new ArrayList<>(sorted.size());
        for (int k = 0; k < sorted.size(); k++) {
            NameSpan a = sorted.get(k);
            int next = k + 1 < sorted.size() ? sorted.get(k + 1).first() : words.size();
            int limit = Math.min(next, words.sentenceEnd()[a.first()]);
            int i = a.end();
            if (HEADS.containsKey(words.word(a.end() - 1)) && a.type() != EntityType.PERSON && i < limit
                    && words.word(i).equals("of")) {
                i++;
                if (i < limit && words.word(i).equals("the")) {
                    i++;
                }
                int end = i;
                while (end < limit && end - i < 3 && Character.isUpperCase(words.word(end).charAt(0))) {
                    end++;
                }
                if (end > i) {
                    out.add(new NameSpan(a.first(), end, HEADS.get(words.word(a.end() - 1))));
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    /** The type of a name standing before a title: a place, a nationality, else an organisation. */
    private EntityType typeOfModifier(String name) {
        int cats = gazetteer.categories(name);
        if (GazetteerCategory.NORP.in(cats)) {
            return EntityType.NORP;
        }
        if (GazetteerCategory.COUNTRY.in(cats) || GazetteerCategory.CITY.in(cats)
                || GazetteerCategory.REGION.in(cats)) {
            return EntityType.LOCATION;
        }
        return EntityType.ORGANIZATION;
    }

    /**
     * Marks listed products the model left untagged ("Patriot" in "Patriot systems": the training news has few
     * weapon or product names), except at the start of a sentence where a capital says nothing.
     */
    private void addProducts(Words words, boolean[] covered, List<NameSpan> out) {
        int[] begin = new int[words.size()];
        int[] inside = new int[words.size()];
        gazetteer.match(words, 0, words.size(), begin, inside);
        for (int i = 0; i < words.size(); i++) {
            if (!GazetteerCategory.PRODUCT.in(begin[i]) || covered[i] || words.sentenceStart()[i] == i) {
                continue;
            }
            int end = i + 1;
            while (end < words.size() && GazetteerCategory.PRODUCT.in(inside[end]) && !covered[end]) {
                end++;
            }
            if (gazetteer.contains(text(words, i, end), GazetteerCategory.PRODUCT)) {
                out.add(new NameSpan(i, end, EntityType.MISC));
                for (int k = i; k < end; k++) {
                    covered[k] = true;
                }
            }
        }
    }

    /**
     * Marks nationality and group words the model left untagged ("German" in "German Chancellor"): Lede reports
     * them as NORP although some training documents (GUM) leave adjectives unannotated. Words that are as often
     * plain adjectives ("Western", "Liberal") are left to the model.
     */
    private void addNationalities(Words words, boolean[] covered, List<NameSpan> out) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.word(i);
            if (covered[i] || !Character.isUpperCase(w.charAt(0)) || AMBIGUOUS_GROUPS.contains(w)
                    || isAllCaps(w) && w.length() > 1) {
                continue;
            }
            int cats = gazetteer.categories(w);
            if (GazetteerCategory.NORP.in(cats) && !GazetteerCategory.COUNTRY.in(cats)) {
                out.add(new NameSpan(i, i + 1, EntityType.NORP));
                covered[i] = true;
            }
        }
    }

    /**
     * An all-capital word of 3 to 6 letters in running text that the model left untagged is almost always an
     * organisation in news ("MENAFN", "KCNA"), unless it is a common abbreviation or a place. Whole capitalised
     * headlines are skipped.
     */
    private void addAcronyms(Words words, boolean[] covered, List<NameSpan> out) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.word(i);
            if (covered[i] || w.length() < 3 || w.length() > 6 || !isAllCaps(w) || COMMON_ACRONYMS.contains(w)
                    || gazetteer.categories(w) != 0 || isHeadline(words, i)) {
                continue;
            }
            boolean letters = true;
            for (int k = 0; k < w.length(); k++) {
                letters &= Character.isLetter(w.charAt(k));
            }
            if (letters && !isRomanNumeral(w)) {
                out.add(new NameSpan(i, i + 1, EntityType.ORGANIZATION));
                covered[i] = true;
            }
        }
    }

    /** Whether most words of the sentence of word {@code i} are in capitals. */
    private static boolean isHeadline(Words words, int i) {
        int from = words.sentenceStart()[i];
        int to = words.sentenceEnd()[i];
        int caps = 0;
        int letters = 0;
        for (int k = from; k < to; k++) {
            String w = words.word(k);
            if (Character.isLetter(w.charAt(0))) {
                letters++;
                if (isAllCaps(w)) {
                    caps++;
                }
            }
        }
        return letters > 1 && caps * 2 > letters;
    }

    private static boolean isRomanNumeral(String w) {
        return w.chars().allMatch(c -> "IVXLCDM".indexOf(c) >= 0);
    }

    private void addMissed(Words words, Map<String, EntityType> majority, boolean[] covered, List<NameSpan> out) {
        Set<String> lowerWords = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            if (Character.isLowerCase(words.word(i).charAt(0))) {
                lowerWords.add(words.word(i));
            }
        }
        Map<String, List<String>> byFirstWord = new HashMap<>();
        for (String name : majority.keySet()) {
            if (Character.isUpperCase(name.charAt(0))) {
                byFirstWord.computeIfAbsent(name.split(" ")[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(name);
            }
        }
        for (List<String> names : byFirstWord.values()) {
            names.sort(Comparator.comparingInt(String::length).reversed());
        }
        for (int i = 0; i < words.size(); i++) {
            if (covered[i] || !Character.isUpperCase(words.word(i).charAt(0))) {
                continue;
            }
            List<String> candidates = byFirstWord.get(words.word(i).toLowerCase(Locale.ROOT));
            if (candidates == null) {
                continue;
            }
            for (String name : candidates) {
                int n = name.split(" ").length;
                if (i + n > words.sentenceEnd()[i] || !text(words, i, i + n).equalsIgnoreCase(name)
                        || isAllCaps(text(words, i, i + n)) != isAllCaps(name)) {
                    continue;
                }
                boolean free = true;
                for (int k = i; k < i + n; k++) {
                    free &= !covered[k];
                }
                if (n == 1 && words.sentenceStart()[i] == i
                        && lowerWords.contains(name.toLowerCase(Locale.ROOT))) {
                    free = false;
                }
                if (free) {
                    out.add(new NameSpan(i, i + n, majority.get(name)));
                    for (int k = i; k < i + n; k++) {
                        covered[k] = true;
                    }
                    break;
                }
            }
        }
    }

    private static boolean isAllCaps(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT));
    }

    static String text(Words words, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                sb.append(' ');
            }
            sb.append(words.word(i));
        }
        return sb.toString();
    }
}
