package dev.lede.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.json.LedeJson;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The times layer, on a document written for this test. */
class TimeScorerTest {
    private static final double EPS = 1e-9;
    private static final String TEXT = "The ferry sailed on Friday, April 4, and will be back in 35 days.";

    private static JsonNode doc(String times) throws Exception {
        return LedeJson.mapper().readTree("{\"id\":\"f\",\"text\":\"" + TEXT + "\",\"layers\":[\"times\"],\"times\":["
                + times + "]}");
    }

    private static String time(String text, String type, String value) {
        int start = TEXT.indexOf(text);
        return "{\"start\":" + start + ",\"end\":" + (start + text.length()) + ",\"type\":\"" + type
                + "\",\"value\":" + (value == null ? "null" : "\"" + value + "\"") + "}";
    }

    private static ScoreReport score(String gold, String pred) throws Exception {
        return Scorer.score(List.of(doc(gold)), List.of(doc(pred)),
                ScoreOptions.defaults().withLayers(Set.of("times")));
    }

    @Test
    void resolvedValuesFitUnderspecifiedGoldAndSpellingsAreNormalised() throws Exception {
        String gold = time("Friday, April 4", "date", "XXXX-04-04") + "," + time("35 days", "duration", "P35D");
        ScoreReport r = score(gold, time("Friday, April 4", "date", "2025-04-04") + ","
                + time("35 days", "duration", " p35d "));
        assertEquals(1.0, r.metric("times.+value.f1"), EPS);
        assertEquals(1.0, r.metric("times.span_exact.f1"), EPS);
    }

    @Test
    void aWeekdayPatternAcceptsOnlyThatWeekday() {
        assertTrue(TimexValues.pointFits("XXXX-WXX-5", "2025-04-04"));   // a Friday
        assertFalse(TimexValues.pointFits("XXXX-WXX-5", "2025-04-05"));  // a Saturday
        assertTrue(TimexValues.pointFits("XXXX-WXX-5T16", "2025-04-04T16"));
        assertFalse(TimexValues.pointFits("PXY", "P3Y"));                // X in a duration only matches itself
    }

    @Test
    void zeroMinutesSecondsAndMidnightAreDropped() {
        assertEquals("T16", TimexValues.normalisePoint("T16:00:00"));
        assertEquals("2016-11-07", TimexValues.normalisePoint("2016-11-07T00:00"));
        assertEquals("2000-W07", TimexValues.normalisePoint("2000-W7"));
        assertTrue(TimexValues.valueFits("(XXXX-05-01,XXXX-09-01,P4M)", "(2019-05-01,2019-09-01,P4M)"));
    }

    @Test
    void overlapMatchesWithAWrongValueCountForSpanNotValue() throws Exception {
        String gold = time("April 4", "date", "2025-04-04");
        ScoreReport r = score(gold, time("Friday, April 4", "time", "2024-04-04") + "," + time("35 days", "duration",
                "P35D"));
        assertEquals(0.5, r.metric("times.span_overlap.p"), EPS);
        assertEquals(1.0, r.metric("times.span_overlap.r"), EPS);
        assertEquals(0.0, r.metric("times.+value.f1"), EPS);
        assertEquals(0.0, r.metric("times.type_accuracy_on_matched"), EPS);
        assertEquals(0.0, r.metric("times.span_exact.f1"), EPS);
        assertTrue(r.toTable().contains("== times (1 docs): TIMEX3 values, one-to-one"));
    }
}
