package dev.lede.time;

import dev.lede.dateline.Dateline;

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
