package dev.lede.dateline;

import dev.lede.annotation.Dateline;

import dev.lede.annotation.Span;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a story's header from the first lines of its text. Three forms, each a general shape of news headers rather
 * than a list of publishers:
 * <ul>
 *   <li>a wire dateline: an all-capital place, optionally a region and a date after commas, optionally an agency in
 *       brackets or slashes, then a dash or underscore ("KYIV, April 15 (Reuters) -", "DAR ES SALAAM, Tanzania (AP) _",
 *       "NEW YORK, Jan. 5, 2024 /PRNewswire/ --");</li>
 *   <li>a syndication header: "date 2025-04-15 MENAFN -";</li>
 *   <li>a publication line: "Published: 15 April 2025", "Posted on April 15, 2025", "Updated 2025-04-15".</li>
 * </ul>
 * A wire dateline without a date takes the date of a publication line when both are there. Regular expressions are
 * enough here: the header is a short, fixed shape at the top of the text, and only the first {@value #WITHIN_CHARS}
 * characters are read.
 */
final class HeaderReader {
    /** A header opens the story. */
    static final int WITHIN_CHARS = 600;

    private static final String CAPS_WORD = "\\p{Lu}(?:[\\p{Lu}.'\u2019-]*[\\p{Lu}.])?";
    private static final String PLACE = CAPS_WORD + "(?:[ \\u00A0]" + CAPS_WORD + "){0,3}";
    private static final String REGION = "\\p{Lu}[\\p{L}.'\u2019]*(?:[ \\u00A0]\\p{Lu}[\\p{L}.'\u2019]*){0,2}";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    private static final String YEAR = "\\d{4}";
    // a month word is checked against the calendar afterwards (MonthNames); the pattern only takes its shape
    private static final String DATE = "(?:(?<m1>\\p{L}{3,9})\\.?[ \\u00A0]+(?<d1>" + DAY + ")(?:,?[ \\u00A0]+(?<y1>" + YEAR
            + "))?|(?<d2>" + DAY + ")[ \\u00A0]+(?<m2>\\p{L}{3,9})\\.?(?:,?[ \\u00A0]+(?<y2>" + YEAR + "))?"
            + "|(?<iso>\\d{4}-\\d{2}-\\d{2}))";
    private static final String SEPARATOR = "(?:--|[-\u2014\u2013_])";
    private static final String AGENCY = "\\((?<agency1>[^()\\n]{2,40}?)\\)|/(?<agency2>[^/\\n]{2,40}?)/";

    private static final Pattern WIRE = Pattern.compile("(?m)^[ \\t\\u00A0]*(?<place>" + PLACE + ")"
            + "(?:,[ \\t\\u00A0]*(?<region>" + REGION + "))??"
            + "(?:,[ \\t\\u00A0]*(?<date>" + DATE + "))?"
            + "[ \\t\\u00A0]*(?:" + AGENCY + ")?[ \\t\\u00A0]*" + SEPARATOR);
    private static final Pattern SYNDICATION = Pattern.compile("(?m)^[ \\t\\u00A0]*[Dd]ate[ \\t\\u00A0]+"
            + "(?<date>(?<iso>\\d{4}-\\d{2}-\\d{2}))[ \\t\\u00A0]+"
            + "(?<agency>\\p{Lu}[\\p{L}\\p{N}&.]*(?:[ \\u00A0]\\p{Lu}[\\p{L}\\p{N}&.]*){0,3})[ \\t\\u00A0]*" + SEPARATOR);
    private static final Pattern PUBLISHED = Pattern.compile("(?im)^[ \\t\\u00A0]*(?:first[ \\t]+)?(?:last[ \\t]+)?"
            + "(?:published|posted|updated)(?:[ \\t\\u00A0]+on)?[ \\t\\u00A0]*:?[ \\t\\u00A0]*(?<date>" + DATE + ")");

    /**
     * The header of {@code text}, if it has one.
     *
     * @param metadataDate the document's metadata date (ISO 8601, may be null): the year of a date written without one
     */
    Optional<Dateline> read(String text, String metadataDate) {
        String head = text.substring(0, Math.min(text.length(), WITHIN_CHARS));
        LocalDate reference = isoDate(metadataDate);
        Dateline wire = wire(text, head, reference);
        Dateline syndication = syndication(text, head);
        Dateline published = published(text, head, reference);
        if (wire != null) {
            if (wire.date() == null) {
                Dateline dated = syndication != null ? syndication : published;
                if (dated != null) {
                    return Optional.of(new Dateline(wire.place(), wire.region(), dated.date(), dated.value(),
                            wire.agency() != null ? wire.agency() : dated.agency()));
                }
            }
            return Optional.of(wire);
        }
        return Optional.ofNullable(syndication != null ? syndication : published);
    }

    private static Dateline wire(String text, String head, LocalDate reference) {
        Matcher m = WIRE.matcher(head);
        while (m.find()) {
            String place = m.group("place");
            if (place.replaceAll("[^\\p{L}]", "").length() < 3 || MonthNames.month(place) > 0) {
                continue;
            }
            String value = null;
            if (m.group("date") != null) {
                value = value(m, reference);
                if (value == null) {
                    continue; // "LONDON, Foo 12": the word after the comma was no month
                }
            }
            if (m.group("region") != null && MonthNames.month(m.group("region").replace(".", "")) > 0) {
                continue;
            }
            return new Dateline(span(text, m, "place"), span(text, m, "region"), span(text, m, "date"), value,
                    agency(text, m));
        }
        return null;
    }

    private static Dateline syndication(String text, String head) {
        Matcher m = SYNDICATION.matcher(head);
        if (!m.find()) {
            return null;
        }
        String value = value(m, null);
        return value == null ? null : new Dateline(null, null, span(text, m, "date"), value, span(text, m, "agency"));
    }

    private static Dateline published(String text, String head, LocalDate reference) {
        Matcher m = PUBLISHED.matcher(head);
        while (m.find()) {
            String value = value(m, reference);
            if (value != null) {
                return new Dateline(null, null, span(text, m, "date"), value, null);
            }
        }
        return null;
    }

    private static Span agency(String text, Matcher m) {
        Span s = span(text, m, "agency1");
        return s != null ? s : span(text, m, "agency2");
    }

    private static Span span(String text, Matcher m, String group) {
        return m.group(group) == null ? null : Span.of(text, m.start(group), m.end(group));
    }

    /** The ISO value of the matched date, or null when it is no calendar date. */
    private static String value(Matcher m, LocalDate reference) {
        if (m.group("iso") != null) {
            return isoDate(m.group("iso")) == null ? null : m.group("iso");
        }
        boolean monthFirst = m.group("m1") != null;
        int month = MonthNames.month(m.group(monthFirst ? "m1" : "m2"));
        int day = Integer.parseInt(m.group(monthFirst ? "d1" : "d2").replaceAll("\\D", ""));
        String yearText = m.group(monthFirst ? "y1" : "y2");
        if (month == 0 || day < 1 || day > 31) {
            return null;
        }
        if (yearText != null) {
            return iso(Integer.parseInt(yearText), month, day);
        }
        if (reference == null) {
            return String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day);
        }
        return nearestYear(reference, month, day);
    }

    /** The date with this month and day nearest the reference date (a story filed on Jan. 2 dated "Dec. 31"). */
    static String nearestYear(LocalDate reference, int month, int day) {
        LocalDate best = null;
        for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
            try {
                LocalDate candidate = LocalDate.of(year, month, day);
                if (best == null || Math.abs(candidate.toEpochDay() - reference.toEpochDay())
                        < Math.abs(best.toEpochDay() - reference.toEpochDay())) {
                    best = candidate;
                }
            } catch (DateTimeException e) {
                // February 29 in a year without it
            }
        }
        return best == null ? null : best.toString();
    }

    private static String iso(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The calendar date an ISO 8601 date or date-time starts with, or null. */
    static LocalDate isoDate(String s) {
        if (s == null || s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** English month names and their abbreviations, from the JDK's calendar data (no word list to keep). */
    static final class MonthNames {
        private MonthNames() {
        }

        /** 1-12 for a month name or an abbreviation of at least three letters ("Sept", "Feb", "june"), else 0. */
        static int month(String word) {
            if (word == null || word.length() < 3) {
                return 0;
            }
            String w = word.toLowerCase(Locale.ROOT);
            for (Month m : Month.values()) {
                if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(w)) {
                    return m.getValue();
                }
            }
            return 0;
        }
    }
}
