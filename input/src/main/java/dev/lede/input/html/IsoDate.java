package dev.lede.input.html;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as pages write them in metadata, turned into ISO 8601: {@code 2019-11-18T14:05:00-05:00} when the page
 * gives a time and an offset, {@code 2019-11-18T14:05:00} for a time without one, {@code 2019-11-18} for a day.
 * Understands ISO 8601 and its common variants (space for T, offsets without a colon, fractions), RFC 1123
 * ({@code Mon, 18 Nov 2019 14:05:00 GMT}), English month names ({@code November 18, 2019}, {@code 18 Nov 2019}),
 * compact {@code 20191118}, and Unix times in seconds or milliseconds. Years outside 1990..2100 are refused.
 */
final class IsoDate {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*"
            + "(Z|UTC|GMT|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?)?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?Z?)?");
    private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?i)(?:[a-z]+,?\\s+)?([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?i)(?:[a-z]+,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+([a-z]{3,9})\\.?,?\\s+(\\d{4})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;

    private IsoDate() {
    }

    /** The ISO 8601 form of {@code s}, or null when it is not a date this class understands. */
    static String parse(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.isEmpty() || t.length() > 80) {
            return null;
        }
        Matcher m = ISO.matcher(t);
        if (m.lookingAt()) {
            return fromParts(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7));
        }
        if ((m = SLASHED.matcher(t)).lookingAt()) {
            return fromParts(m.group(1), m.group(2), m.group(3), null, null, null, null);
        }
        if (EPOCH.matcher(t).matches()) {
            long n = Long.parseLong(t);
            Instant instant = t.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            OffsetDateTime utc = instant.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
            return inRange(utc.getYear()) ? utc.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) : null;
        }
        if ((m = COMPACT.matcher(t)).matches()) {
            return fromParts(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), null);
        }
        try {
            ZonedDateTime rfc = ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME);
            return inRange(rfc.getYear()) ? rfc.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) : null;
        } catch (DateTimeParseException e) {
            // not RFC 1123; try month names next
        }
        if ((m = MONTH_FIRST.matcher(t)).lookingAt() && month(m.group(1)) > 0) {
            return fromParts(m.group(3), String.valueOf(month(m.group(1))), m.group(2), null, null, null, null);
        }
        if ((m = DAY_FIRST.matcher(t)).lookingAt() && month(m.group(2)) > 0) {
            return fromParts(m.group(3), String.valueOf(month(m.group(2))), m.group(1), null, null, null, null);
        }
        return null;
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.length() < 3) {
            return 0;
        }
        Integer month = MONTHS.get(key.substring(0, 3));
        return month == null ? 0 : month;
    }

    private static boolean inRange(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    private static String fromParts(String year, String month, String day, String hour, String minute, String second,
                                    String zone) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            if (!inRange(date.getYear())) {
                return null;
            }
            if (hour == null) {
                return date.toString();
            }
            LocalDateTime time = date.atTime(Integer.parseInt(hour), Integer.parseInt(minute),
                    second == null ? 0 : Integer.parseInt(second));
            String local = time.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            if (zone == null) {
                return local;
            }
            ZoneOffset offset = offset(zone);
            return time.atOffset(offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        String z = zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone;
        return ZoneOffset.of(z);
    }
}
