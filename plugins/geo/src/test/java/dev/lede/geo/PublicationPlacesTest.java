package dev.lede.geo;

import dev.lede.document.Metadata;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicationPlacesTest {
    private final PublicationPlaces publications = new PublicationPlaces(SharedGazetteer.GAZETTEER,
            CommonWords.english());

    @Test
    void aTownNamedInTheDomainIsTheNewspapersArea() {
        List<GeoPlace> found = publications.find(url("https://www.amarillo.com/news/local/2019/04/12/story.html"));
        assertTrue(found.stream().anyMatch(p -> p.name().equals("Amarillo") && p.admin1Code().equals("TX")), found
                .toString());
        GeoPlace canyon = SharedGazetteer.GAZETTEER.lookup("Canyon").stream()
                .filter(p -> p.admin1Code().equals("TX")).findFirst().orElseThrow();
        assertTrue(PublicationPlaces.inArea(canyon, found), "Canyon, Texas is 25 km from Amarillo");
        GeoPlace paris = SharedGazetteer.GAZETTEER.lookup("Paris").stream().filter(GeoPlace::isCapital).findFirst()
                .orElseThrow();
        assertFalse(PublicationPlaces.inArea(paris, found));
    }

    @Test
    void aStateInsideALongerLabelIsFound() {
        List<GeoPlace> found = publications.find(url("http://www.eastoregonian.com/news/story"));
        assertTrue(found.stream().anyMatch(p -> p.isAdmin1() && p.name().equals("Oregon")), found.toString());
    }

    @Test
    void ordinaryWordsAndMissingAddressesNameNoPlace() {
        assertTrue(publications.find(url("https://news.nationalpost.com/news/world/story")).stream()
                .noneMatch(p -> p.isPopulatedPlace() && p.population() < 10_000));
        assertTrue(publications.find(url("https://www.onlinepress.com/a")).isEmpty());
        assertTrue(publications.find(Metadata.EMPTY).isEmpty());
        Metadata domainOnly = new Metadata(null, null, null, null, null, Map.of("domain", "www.amarillo.com"));
        assertFalse(publications.find(domainOnly).isEmpty(), "a domain field serves when there is no url");
    }

    private static Metadata url(String url) {
        return new Metadata(null, null, null, url, null, Map.of());
    }
}
