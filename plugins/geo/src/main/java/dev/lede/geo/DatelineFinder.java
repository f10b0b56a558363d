package dev.lede.geo;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the place of a dateline, the all-capital town that opens a wire story ("LONDON (Reuters) -", "ST. LOUIS –",
 * "CALAMBA CITY, Laguna"). The entity tagger often reads it, with the words after it, as an organisation ("LONDON
 * The Latest"); a dateline says where the story was filed, so it is a place whenever the gazetteer knows the name.
 */
final class DatelineFinder {
    /** Up to four all-capital words at the start of a line, then what follows a dateline. */
    private static final Pattern DATELINE = Pattern.compile("(?m)^[ \\t\\u00A0]*(\\p{Lu}[\\p{Lu}.'\u2019-]*"
            + "(?:[ \\u00A0]\\p{Lu}[\\p{Lu}.'\u2019-]*){0,3})"
            + "(?=[ \\u00A0]*(?:,|\\(|\u2013|\u2014|-[ \\u00A0]|:)|[ \\u00A0]+\\p{Lu}\\p{Ll})");
    /** A dateline opens the story: only the first lines are looked at. */
    private static final int WITHIN_CHARS = 300;

    private final Gazetteer gazetteer;

    DatelineFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Optional<Toponym> find(String text) {
        Matcher m = DATELINE.matcher(text.substring(0, Math.min(text.length(), WITHIN_CHARS)));
        while (m.find()) {
            String caps = m.group(1);
            if (caps.replaceAll("[^\\p{L}]", "").length() < 3) {
                continue;
            }
            String name = knownPrefix(caps);
            if (name != null) {
                return Optional.of(new Toponym(m.start(1), m.start(1) + name.length(), name, name, null,
                        Toponym.Source.DATELINE));
            }
        }
        return Optional.empty();
    }

    /** The longest leading run of the capital words the gazetteer knows ("CALAMBA" of "CALAMBA CITY"), or null. */
    private String knownPrefix(String caps) {
        for (String name = caps; !name.isEmpty(); ) {
            if (gazetteer.lookup(name).stream().anyMatch(p -> !p.isRegion())) {
                return name;
            }
            int space = name.lastIndexOf(' ');
            if (space < 0) {
                return null;
            }
            name = name.substring(0, space).toUpperCase(Locale.ROOT);
        }
        return null;
    }
}
