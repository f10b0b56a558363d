package dev.lede.time;

import dev.lede.annotation.Dateline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * The date relative expressions are resolved against: the document's metadata date when given (JSON input, the
 * server's {@code ?date=}), else the dateline's full date, else none.
 */
final class ReferenceDate {
    private ReferenceDate() {
    }

    static LocalDate of(String metadataDate, List<Dateline> datelines) {
        LocalDate fromMetadata = parse(metadataDate);
        if (fromMetadata != null) {
            return fromMetadata;
        }
        for (Dateline d : datelines) {
            if (d.hasFullDate()) {
                return parse(d.value());
            }
        }
        return null;
    }

    /** The time of day of an ISO 8601 date-time ("2016-11-07T16:12:00" -> 16:12), or null for a date alone. */
    static java.time.LocalTime timeOf(String iso) {
        if (iso == null || iso.length() < 16 || iso.charAt(10) != 'T') {
            return null;
        }
        try {
            String t = iso.substring(11);
            int cut = 0;
            while (cut < t.length() && (Character.isDigit(t.charAt(cut)) || t.charAt(cut) == ':')) {
                cut++;
            }
            return java.time.LocalTime.parse(t.substring(0, cut));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The calendar date an ISO 8601 date or date-time starts with ("2025-04-15", "1998-01-08T18:30:00"), or null. */
    static LocalDate parse(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
