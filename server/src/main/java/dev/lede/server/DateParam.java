package dev.lede.server;

import dev.lede.document.Document;
import dev.lede.document.Metadata;
import dev.lede.pipeline.DocumentInput;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The {@code ?date=} parameter of {@code POST /v1/extract}: the articles' reference date (ISO 8601 date or date-time),
 * set as {@code metadata.date} on every document that does not carry its own. The time analyzer resolves "Friday" and
 * "last week" against it.
 */
final class DateParam {
    private DateParam() {
    }

    /** The value, checked to be an ISO 8601 date or date-time; null when absent. */
    static String parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        for (java.util.function.Consumer<String> check : List.<java.util.function.Consumer<String>>of(
                LocalDate::parse, LocalDateTime::parse, OffsetDateTime::parse)) {
            try {
                check.accept(v);
                return v;
            } catch (DateTimeException e) {
                // try the next form
            }
        }
        throw ApiError.badRequest("parameter 'date' must be an ISO 8601 date or date-time (2025-04-15, "
                + "2025-04-15T09:30:00), got '" + value + "'");
    }

    /** The inputs with the date as their metadata date where they have none. */
    static List<DocumentInput> apply(List<DocumentInput> inputs, String date) {
        if (date == null) {
            return inputs;
        }
        return inputs.stream().map(in -> {
            if (!in.ok() || in.document().metadata().date() != null) {
                return in;
            }
            Document d = in.document();
            Metadata m = d.metadata();
            return DocumentInput.of(new Document(d.id(), d.text(), new Metadata(m.title(), date, m.source(), m.url(),
                    m.language(), m.extra())));
        }).toList();
    }
}
