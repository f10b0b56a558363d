package dev.lede.entity.coref;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Normal forms of names for matching mentions of one entity: case and periods ignored, a leading "the" dropped,
 * well-known country aliases folded together ("U.S.", "US", "United States", "America"), and acronyms of
 * multi-word names ("North Atlantic Treaty Organization" -> "nato").
 */
public final class NameKeys {
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("us", "united states"), Map.entry("usa", "united states"),
            Map.entry("united states of america", "united states"), Map.entry("america", "united states"),
            Map.entry("the united states", "united states"),
            Map.entry("uk", "united kingdom"), Map.entry("britain", "united kingdom"),
            Map.entry("great britain", "united kingdom"),
            Map.entry("un", "united nations"), Map.entry("eu", "european union"),
            Map.entry("uae", "united arab emirates"), Map.entry("ussr", "soviet union"),
            Map.entry("dprk", "north korea"));
    private static final Map<String, String> CANONICAL = Map.of(
            "united states", "United States", "united kingdom", "United Kingdom", "united nations", "United Nations",
            "european union", "European Union", "united arab emirates", "United Arab Emirates",
            "soviet union", "Soviet Union", "north korea", "North Korea");
    /** Legal-form suffixes dropped for matching ("Apple Inc." and "Apple"); checked in order, periods removed. */
    private static final List<String> CORPORATE_SUFFIXES = List.of(" inc", " corp", " corporation", " ltd",
            " llc", " plc", " co", " ag", " sa", " nv", " gmbh", " limited");
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "on", "in", "&", "de");

    private NameKeys() {
    }

    /** The matching key of a name. */
    public static String key(String name) {
        String k = name.replace(".", "").replace('\u2019', '\'').toLowerCase(Locale.ROOT).trim()
                .replaceAll("\\s+", " ");
        if (k.startsWith("the ")) {
            k = k.substring(4);
        }
        if (k.endsWith("'s")) {
            k = k.substring(0, k.length() - 2);
        }
        for (String suffix : CORPORATE_SUFFIXES) {
            if (k.endsWith(suffix) && k.length() > suffix.length()) {
                k = k.substring(0, k.length() - suffix.length()).replaceAll("[ ,]+$", "");
                break;
            }
        }
        return ALIASES.getOrDefault(k, k);
    }

    /** The conventional full name for an alias key ("United States" for "US"), or null. */
    public static String canonical(String key) {
        return CANONICAL.get(key);
    }

    /** Initials of the content words of a multi-word name, lower case ("nato"); null for one word. */
    public static String acronym(String name) {
        List<String> words = words(name);
        if (words.size() < 2) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (!FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT)) && Character.isLetter(w.charAt(0))) {
                sb.append(Character.toLowerCase(w.charAt(0)));
            }
        }
        return sb.length() >= 2 ? sb.toString() : null;
    }

    /** Whether the name looks like an acronym: 2 to 7 capitals, periods allowed ("NATO", "U.N."). */
    public static boolean isAcronym(String name) {
        String s = name.replace(".", "");
        if (s.length() < 2 || s.length() > 7) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The space-separated words of a name. */
    public static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.trim().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** "secretary general" -> "Secretary General": how a title looks in the gazetteer. */
    public static String capitalise(String phrase) {
        StringBuilder sb = new StringBuilder(phrase.length());
        boolean start = true;
        for (char ch : phrase.toCharArray()) {
            sb.append(start ? Character.toUpperCase(ch) : ch);
            start = ch == ' ' || ch == '-';
        }
        return sb.toString();
    }
}
