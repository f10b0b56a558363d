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
    private static final int PLACE_CATEGORIES = GazetteerCategory.COUNTRY.bit() | GazetteerCategory.REGION.bit()
            | GazetteerCategory.CITY.bit() | GazetteerCategory.NORP.bit() | GazetteerCategory.PRODUCT.bit();
    /** Words that make a name an organisation, place, event or work rather than a person. */
    private static final Set<String> NON_PERSON_WORDS = Set.of("University", "College", "School", "Institute",
            "Foundation", "Center", "Centre", "Company", "Corporation", "Inc", "Inc.", "Corp", "Corp.", "Ltd",
            "Ltd.", "Group", "Party", "Church", "Museum", "Station", "Airport", "Street", "Avenue", "Road",
            "Square", "Bridge", "Hospital", "Council", "Bank", "Club", "Association", "Agency", "Stadium", "Park",
            "Hall", "Award", "Awards", "Prize", "Cup", "Festival", "Project", "Program", "Programme", "Fund",
            "Trust", "Society", "Press", "Times", "News", "Post", "Journal", "Airlines", "Airways", "Motors",
            "Records", "Studios", "Pictures", "Hotel", "Tower", "Building", "House", "Island", "Islands", "River",
            "Lake", "Mountain", "Mountains", "Valley", "County", "City", "State", "Province", "District",
            "Act", "Law", "Treaty", "War", "Day", "Show", "Games", "League", "Team", "Fair", "Expo");
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
        if (s.type() == EntityType.PERSON) {
            for (int len = Math.min(4, end - first - 1); len >= 1; len--) {
                if (gazetteer.contains(text(words, first, first + len), GazetteerCategory.TITLE)) {
                    first += len;
                    break;
                }
            }
        }
        if (first >= end) {
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
        if (tagged != EntityType.PERSON && tagged != EntityType.NORP && looksLikePersonName(name, cats)) {
            return EntityType.PERSON;
        }
        return tagged;
    }

    /**
     * A name the model typed otherwise but that reads as a person: it starts with a known first name that is not
     * also a place, has at most three more capitalised words, none of them an organisation or place word
     * ("Daniel Montalvo", "Gloria"; not "George Washington University", "Jordan", "Victoria Station").
     */
    private boolean looksLikePersonName(String name, int nameCategories) {
        if ((nameCategories & PLACE_CATEGORIES) != 0) {
            return false;
        }
        String[] parts = name.split(" ");
        if (parts.length > 4) {
            return false;
        }
        int first = gazetteer.categories(parts[0]);
        boolean firstName = GazetteerCategory.MALE_NAME.in(first) || GazetteerCategory.FEMALE_NAME.in(first);
        if (!firstName || (first & (PLACE_CATEGORIES | GazetteerCategory.TITLE.bit())) != 0) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            if (!Character.isUpperCase(p.charAt(0)) || p.equals(p.toUpperCase(Locale.ROOT)) && p.length() > 1
                    || NON_PERSON_WORDS.contains(p) || (gazetteer.categories(p) & PLACE_CATEGORIES) != 0
                    && parts.length == 2 && i == 1 && !GazetteerCategory.CITY.in(gazetteer.categories(p))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Splits a name with a title inside ("US President Barack Obama", "NATO Secretary General Mark Rutte") into
     * the organisation or place before the title and the person after it, when the words after the title look
     * like a person (the span was tagged PERSON or they start with a known first name).
     */
    private void splitAtTitle(Words words, NameSpan s, List<NameSpan> out) {
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
