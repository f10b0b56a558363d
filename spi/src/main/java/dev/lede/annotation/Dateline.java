package dev.lede.annotation;

/**
 * The header of a story that says where, when and by whom it was filed (the {@code dateline} layer, made by the
 * dateline plugin and read by the time analyzer for its reference date and by the geo analyzer for the place): "KYIV, April 15 (Reuters) -",
 * "date 2025-04-15 MENAFN -", "Published: 15 April 2025". Each part may be absent (null).
 *
 * @param place  the all-capital place that opens a wire story ("KYIV", "DAR ES SALAAM"), as written; no gazetteer is
 *               consulted here (the geo analyzer resolves it)
 * @param region what follows the place after a comma when it is not the date ("Tanzania" of "DAR ES SALAAM,
 *               Tanzania (AP)")
 * @param date   the date as written ("April 15", "2025-04-15", "15 April 2025")
 * @param value  the date as an ISO 8601 calendar date ("2025-04-15"); a date written without its year takes the year
 *               that puts it nearest the document's metadata date, else stays underspecified ("XXXX-04-15")
 * @param agency the news agency or distributor ("Reuters", "AP", "MENAFN")
 */
public record Dateline(Span place, Span region, Span date, String value, Span agency) {

    /** Whether {@link #value()} is a complete calendar date (no X), usable as a reference date. */
    public boolean hasFullDate() {
        return value != null && value.indexOf('X') < 0;
    }
}
