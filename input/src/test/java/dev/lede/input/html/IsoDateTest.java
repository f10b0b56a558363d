package dev.lede.input.html;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class IsoDateTest {

    @Test
    void isoVariantsKeepTheirTimeAndOffset() {
        assertEquals("2019-11-18T14:05:00-05:00", IsoDate.parse("2019-11-18T14:05:00-05:00"));
        assertEquals("2019-11-18T14:05:00-05:00", IsoDate.parse("2019-11-18T14:05:00.123-0500"));
        assertEquals("2019-11-18T14:05:00Z", IsoDate.parse("2019-11-18T14:05Z"));
        assertEquals("2019-11-18T14:05:30", IsoDate.parse("2019-11-18 14:05:30"));
        assertEquals("2019-11-18", IsoDate.parse(" 2019-11-18 "));
        assertEquals("2019-01-05", IsoDate.parse("2019/1/5"));
        assertEquals("2019-11-18T14:05:00", IsoDate.parse("20191118T140500"));
    }

    @Test
    void writtenDatesAndUnixTimesAreUnderstood() {
        assertEquals("2019-11-18T14:05:00Z", IsoDate.parse("Mon, 18 Nov 2019 14:05:00 GMT"));
        assertEquals("2019-11-18", IsoDate.parse("November 18, 2019"));
        assertEquals("2019-11-18", IsoDate.parse("Monday, Nov. 18th, 2019 8:22AM EST"));
        assertEquals("2019-11-18", IsoDate.parse("18 November 2019"));
        assertEquals("2019-11-18T14:05:00Z", IsoDate.parse("1574085900"));
        assertEquals("2019-11-18T14:05:00Z", IsoDate.parse("1574085900000"));
    }

    @Test
    void whatIsNoDateGivesNull() {
        assertNull(IsoDate.parse(null));
        assertNull(IsoDate.parse(""));
        assertNull(IsoDate.parse("yesterday"));
        assertNull(IsoDate.parse("2019-13-45"));
        assertNull(IsoDate.parse("1850-01-01"));
        assertNull(IsoDate.parse("Smarch 3, 2019"));
    }
}
