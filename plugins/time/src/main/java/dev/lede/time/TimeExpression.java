package dev.lede.time;

/**
 * A date, time, duration or set in the text with its TIMEX3 value, resolved against the document's reference date.
 *
 * @param value      the TIMEX3 value: "2025-04-15", "2025-W16", "2025-Q3", "T20:00", "P35D", "XXXX-WXX-2" (every
 *                   Tuesday), "PRESENT_REF"; a range is "(start,end,duration)"
 * @param mod        TIMEX3's modifier when the text qualifies the time ("early" START, "late" END, "mid" MID,
 *                   "about" APPROX), else null
 * @param unanchored true when the value depends on a reference date the document does not give (it then has X in
 *                   place of what the date would have said: "XXXX-04-15"); null otherwise
 */
public record TimeExpression(int start, int end, String text, TimeType type, String value, String mod,
                             Boolean unanchored) {
}
