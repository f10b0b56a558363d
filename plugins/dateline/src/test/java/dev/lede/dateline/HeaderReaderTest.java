package dev.lede.dateline;

import dev.lede.annotation.Dateline;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeaderReaderTest {
    private final HeaderReader reader = new HeaderReader();

    private Dateline read(String text, String metadataDate) {
        Optional<Dateline> d = reader.read(text, metadataDate);
        assertTrue(d.isPresent(), "no dateline in: " + text);
        return d.get();
    }

    @Test
    void wireDatelineWithDateAndAgency() {
        Dateline d = read("KYIV, April 15 (Reuters) - The city's mayor opened a new bridge on Tuesday.", "2025-04-16");
        assertEquals("KYIV", d.place().text());
        assertEquals("April 15", d.date().text());
        assertEquals("2025-04-15", d.value());
        assertEquals("Reuters", d.agency().text());
        assertNull(d.region());
    }

    @Test
    void dateWithoutYearTakesTheYearNearestTheMetadataDate() {
        assertEquals("2024-12-31", read("OSLO, Dec. 31 (NTB) - Fireworks were sold out.", "2025-01-02").value());
        assertEquals("XXXX-12-31", read("OSLO, Dec. 31 (NTB) - Fireworks were sold out.", null).value());
    }

    @Test
    void placeWithRegionAndAgencyButNoDate() {
        Dateline d = read("\n\nPORT LOUIS, Mauritius (AFP) _\n\nThe island's harbour reopened.", null);
        assertEquals("PORT LOUIS", d.place().text());
        assertEquals("Mauritius", d.region().text());
        assertEquals("AFP", d.agency().text());
        assertNull(d.date());
        assertNull(d.value());
        assertEquals(false, d.hasFullDate());
    }

    @Test
    void pressReleaseWithYearAndSlashedDistributor() {
        Dateline d = read("TORONTO, Jan. 5, 2024 /Newswire/ -- A bakery chain said it would open ten shops.", null);
        assertEquals("2024-01-05", d.value());
        assertEquals("Newswire", d.agency().text());
        assertTrue(d.hasFullDate());
    }

    @Test
    void syndicationHeader() {
        Dateline d = read(" date 2025-04-15 MENAFN - (Harbour Post) The port's cranes were idle.", null);
        assertNull(d.place());
        assertEquals("2025-04-15", d.value());
        assertEquals("MENAFN", d.agency().text());
    }

    @Test
    void publicationLineGivesTheDateOfAWireDatelineWithoutOne() {
        Dateline d = read("Published: 15 April 2025\nVALLETTA (Lede) - Ferries ran late.", null);
        assertEquals("VALLETTA", d.place().text());
        assertEquals("15 April 2025", d.date().text());
        assertEquals("2025-04-15", d.value());
        Dateline alone = read("Posted on March 3, 2023\nThe council met for three hours.", null);
        assertEquals("2023-03-03", alone.value());
        assertNull(alone.place());
    }

    @Test
    void ordinaryOpeningsHaveNoDateline() {
        assertTrue(reader.read("The council met on Tuesday - and nothing was decided.", "2025-04-15").isEmpty());
        assertTrue(reader.read("MAY 2025 - a month in review", null).isEmpty());
        assertTrue(reader.read("", null).isEmpty());
    }
}
