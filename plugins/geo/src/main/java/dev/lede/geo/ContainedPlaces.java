package dev.lede.geo;

import dev.lede.annotation.Entity;
import dev.lede.annotation.EntityType;
import dev.lede.annotation.Mention;
import dev.lede.annotation.MentionKind;
import dev.lede.annotation.Place;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Locates the streets, buildings and venues the gazetteer does not list ("Royal Street", "Barclays Center",
 * "Colchester Hospital") by the town the article puts them in: the nearest resolved town a few sentences around
 * the name (none when the article names no town near it). GeoNames' populated places and divisions have no streets or
 * buildings, and the containing town is usually within a few kilometres of them, which is what a map pin needs.
 * Natural features (rivers, islands, peninsulas) are left out: they are larger than any town near them.
 */
final class ContainedPlaces {
    /** The last word of a name that makes it a street, building or venue. */
    private static final Set<String> FACILITY = Set.of("Street", "St", "St.", "Avenue", "Ave", "Ave.", "Road", "Rd",
            "Rd.", "Boulevard", "Blvd", "Blvd.", "Drive", "Lane", "Square", "Plaza", "Way", "Terrace", "Crescent",
            "Highway", "Center", "Centre", "Hospital", "Clinic", "Church", "Cathedral", "Basilica", "Chapel", "Mosque",
            "Temple", "Synagogue", "Airport", "Station", "Terminal", "Stadium", "Arena", "Ballpark", "Racecourse",
            "Circuit", "Museum", "Gallery", "Theatre", "Theater", "Library", "Hall", "Palace", "Castle", "Tower",
            "Mall", "Market", "Prison", "Jail", "Courthouse", "Hotel", "Inn", "Campus", "School", "Academy", "College",
            "University", "Institute", "Estate", "Quarter", "Heights", "Complex", "Wharf", "Pier", "Bridge", "Canal",
            "Cemetery", "Zoo", "Gardens", "Park");
    /** How far (in characters) a town may be from the name and still be the one it is in. */
    private static final int NEAR_CHARS = 300;
    /** A contained place is less certain than the town it is pinned to. */
    private static final double NEAR_CONFIDENCE = 0.5;

    private ContainedPlaces() {
    }

    /** Whether the name's last word makes it a street, building or venue ("Royal Street", "Colchester Hospital"). */
    static boolean namesFacility(String name) {
        return FACILITY.contains(name.substring(name.lastIndexOf(' ') + 1));
    }

    /**
     * Places for the LOCATION mentions that name a facility and were not resolved themselves, and for town names
     * the text uses as street names ("the Chartres/Franklin intersection").
     *
     * @param resolved the article's resolved place names, in text order
     * @param streets  resolved names that the text shows to be streets; they are not towns to pin to
     */
    static List<Place> locate(List<Entity> entities, List<Resolution> resolved, List<Toponym> streets) {
        List<Resolution> towns = resolved.stream()
                .filter(r -> !r.toponym().isDemonym() && r.place().isPopulatedPlace() && r.confidence() >= 0.5
                        && !streets.contains(r.toponym()))
                .toList();
        if (towns.isEmpty()) {
            return List.of();
        }
        List<Place> out = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.LOCATION) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.kind() == MentionKind.NAME && namesFacility(m.text()) && !overlapsAny(m, resolved)) {
                    pin(m.start(), m.end(), m.text(), e.id(), towns, out);
                }
            }
        }
        for (Toponym t : streets) {
            pin(t.start(), t.end(), t.text(), t.entity(), towns, out);
        }
        return out;
    }

    private static void pin(int start, int end, String text, String entityId, List<Resolution> towns,
                            List<Place> out) {
        Resolution town = nearest(start, towns);
        if (town == null) {
            return;
        }
        GeoPlace p = town.place();
        String admin1 = p.admin1Code().isEmpty() ? null : p.admin1Code();
        double confidence = Math.round(NEAR_CONFIDENCE * town.confidence() * 1000) / 1000.0;
        out.add(new Place(start, end, text, null, text, p.lat(), p.lon(),
                p.countryCode().isEmpty() ? null : p.countryCode(), admin1, null, null, 0, confidence, entityId,
                false, p.geonameId()));
    }

    private static Resolution nearest(int start, List<Resolution> towns) {
        Resolution best = null;
        int bestDistance = NEAR_CHARS + 1;
        for (Resolution r : towns) {
            int d = Math.abs(r.toponym().start() - start);
            if (d < bestDistance) {
                bestDistance = d;
                best = r;
            }
        }
        return best;
    }

    private static boolean overlapsAny(Mention m, List<Resolution> resolved) {
        for (Resolution r : resolved) {
            if (r.toponym().start() < m.end() && m.start() < r.toponym().end()) {
                return true;
            }
        }
        return false;
    }
}
