package dev.lede.geo;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {
    private final Gazetteer gazetteer = SharedGazetteer.GAZETTEER;

    @Test
    void shippedGazetteerHasCitiesCountriesAndRegions() {
        GeoPlace odesa = byId(gazetteer.lookup("Odesa"), 698740);
        assertEquals("UA", odesa.countryCode());
        assertEquals("PPLA", odesa.featureCode());
        assertEquals(46.48572, odesa.lat(), 1e-4);
        GeoPlace ukraine = gazetteer.country("UA").orElseThrow();
        assertEquals(690791, ukraine.geonameId());
        assertEquals(49.0, ukraine.lat(), 1e-6);
        assertEquals(32.0, ukraine.lon(), 1e-6);
        assertEquals(6255148, gazetteer.lookup("Europe").stream().filter(GeoPlace::isRegion).findFirst()
                .orElseThrow().geonameId());
    }

    @Test
    void knowsWhichWordsStartALongerName() {
        assertTrue(gazetteer.startsCompoundName("New"), "New York");
        assertTrue(gazetteer.startsCompoundName("Kryvyi"), "Kryvyi Rih");
        assertTrue(gazetteer.startsCompoundName("W"), "W.Va.");
        assertFalse(gazetteer.startsCompoundName("Odesa"));
    }

    @Test
    void abbreviationsAndAlternateSpellingsFindTheirPlace() {
        assertTrue(gazetteer.lookup("U.S.").stream().anyMatch(p -> p.geonameId() == 6252001));
        assertTrue(gazetteer.lookup("UK").stream().anyMatch(p -> p.geonameId() == 2635167));
        assertTrue(gazetteer.lookup("W.Va.").stream().anyMatch(p -> p.isAdmin1() && p.admin1Code().equals("WV")));
        assertTrue(gazetteer.lookup("Kiev").stream().anyMatch(p -> p.geonameId() == 703448));
    }

    @Test
    void demonymsIncludingPluralsNameTheirCountry() {
        assertEquals("RU", gazetteer.demonym("Russians").orElseThrow().countryCode());
        assertEquals("UA", gazetteer.demonym("Ukrainian").orElseThrow().countryCode());
        assertEquals("US", gazetteer.demonym("American").orElseThrow().countryCode());
        assertTrue(gazetteer.demonym("Tuesday").isEmpty());
    }

    @Test
    void admin1NamesAreFoundByCountryAndCode() {
        assertEquals("Texas", gazetteer.admin1("US", "TX").orElseThrow().name());
    }

    @Test
    void keysIgnoreCaseAccentsAndSpacing() {
        assertEquals("kryvyi rih", Gazetteer.key("Kryvyí  Rih"));
        assertEquals("cote d'ivoire", Gazetteer.key("Côte d\u2019Ivoire"));
        assertEquals("u.s.", Gazetteer.key("U.S."));
    }

    @Test
    void readsTheResourceFormat() throws IOException {
        String tsv = "P\t1\tSpringfield\t\tPPLA2\tUS\tIL\t39.8\t-89.6\t114000\tspringfield city\n"
                + "P\t2\tSpringfield\t\tPPL\tUS\tMA\t42.1\t-72.6\t155000\t\n"
                + "D\tSpringfielder\tUS\n";
        Gazetteer g = Gazetteer.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, g.size());
        assertEquals(2, g.lookup("SPRINGFIELD").size());
        assertEquals(1, g.lookup("Springfield City").get(0).geonameId());
        assertEquals(2, g.longestNameWords());
    }

    @Test
    void curatedAreasNeverTakeARealPlacesId() {
        GeoPlace stockholm = gazetteer.lookup("Stockholm").stream()
                .filter(GeoPlace::isCapital).findFirst().orElseThrow();
        assertEquals(2673730, stockholm.geonameId());
        GeoPlace baltic = gazetteer.lookup("Baltic Sea").get(0);
        assertEquals("SEA", baltic.featureCode());
        assertFalse(baltic.hasGeonameId(), "an id we could not check is not reported");
        assertTrue(gazetteer.lookup("Donetsk").stream().anyMatch(GeoPlace::isAdmin1),
                "the oblast is still there beside the curated Donbas");
    }

    @Test
    void curatedRegionsFillWhatCities500Lacks() {
        GeoPlace county = gazetteer.lookup("Northamptonshire").get(0);
        assertEquals("GB", county.countryCode());
        assertFalse(county.hasGeonameId());
        assertTrue(gazetteer.lookup("Heathrow").stream().anyMatch(p -> p.featureCode().equals("AIRP")));
        GeoPlace sahel = gazetteer.lookup("Sahel").stream().filter(GeoPlace::isRegion).findFirst().orElseThrow();
        assertFalse(sahel.hasGeonameId(), "the id it carried was Southern Europe's");
    }

    private static GeoPlace byId(List<GeoPlace> places, long id) {
        return places.stream().filter(p -> p.geonameId() == id).findFirst()
                .orElseThrow(() -> new AssertionError("no place " + id + " in " + places));
    }
}
