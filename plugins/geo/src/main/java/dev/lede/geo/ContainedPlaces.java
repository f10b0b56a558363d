package dev.lede.geo;

import dev.lede.annotation.Entity;
import dev.lede.annotation.EntityType;
import dev.lede.annotation.Mention;
import dev.lede.annotation.MentionKind;
import dev.lede.annotation.Place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Locates the streets, buildings and venues the gazetteer does not list ("Royal Street", "Barclays Center",
 * "Colchester Hospital") by the town the article puts them in: the nearest resolved town a few sentences around
 * the name, else, for names that are a street or building beyond doubt, the town the article names most (a local
 * story names its town once and its streets many times). GeoNames' populated places and divisions have no streets
 * or buildings, and the containing town is usually within a few kilometres of them, which is what a map pin needs.
 * Natural features (rivers, islands, peninsulas) are left out: they are larger than any town near them.
 */
final class ContainedPlaces {
    /**
     * The last words that make a name a street or building whatever the entity model tagged it and wherever the
     * town is named.
     */
    private static final Set<String> BUILDING = Set.of("Street", "St", "St.", "Avenue", "Ave", "Ave.", "Road",
            "Rd", "Rd.", "Boulevard", "Blvd", "Blvd.", "Drive", "Lane", "Square", "Plaza", "Terrace", "Highway",
            "Center", "Centre", "Hospital", "Clinic", "Cathedral", "Basilica", "Chapel", "Mosque", "Temple",
            "Synagogue", "Airport", "Station", "Stadium", "Arena", "Racecourse", "Circuit", "Museum", "Gallery",
            "Theatre", "Theater", "Library", "Hall", "Palace", "Castle", "Mall", "Prison", "Jail", "Courthouse",
            "Hotel", "Inn", "Campus", "Estate", "Quarter", "Heights", "Complex", "Wharf", "Pier", "Bridge", "Canal",
            "Cemetery", "Zoo", "Gardens");
    /**
     * Head nouns of the kinds of facility news names beside streets and buildings, by kind rather than by example:
     * roads (parkway, expressway, turnpike, trail, promenade, boardwalk), venues and grounds (speedway, raceway,
     * fairgrounds, coliseum, auditorium, amphitheater, golf course, marina), works and bases (plant, mill, refinery,
     * mine, base, barracks, depot) and memorials (memorial, monument). Like the words below, they name a facility
     * only when the entity model tagged the name a location: "Ford Motor Plant" as an organisation is the company.
     */
    private static final Set<String> FACILITY_KINDS = Set.of("Parkway", "Expressway", "Freeway", "Turnpike",
            "Trail", "Promenade", "Boardwalk", "Speedway", "Raceway", "Fairgrounds", "Coliseum", "Auditorium",
            "Amphitheater", "Amphitheatre", "Course", "Marina", "Plant", "Mill", "Refinery", "Mine", "Base",
            "Barracks", "Depot", "Memorial", "Monument");
    /**
     * The last words of a name that make it a street, building or venue when the entity model tagged it a location
     * and a town is named near it: the {@link #BUILDING} words and those that as often name the institution, the
     * congregation, the team or the company ("University", "Church", "Park"; measured on the development sets,
     * pinning those whatever their tag added more names no corpus counts as places than places).
     */
    private static final Set<String> FACILITY = Stream.of(BUILDING.stream(), Stream.of("Way", "Crescent",
            "Church", "Terminal", "Ballpark", "Tower", "Market", "School", "Academy", "College", "University",
            "Institute", "Park"), FACILITY_KINDS.stream()).flatMap(s -> s).collect(Collectors.toUnmodifiableSet());
    /** How far (in characters) a town may be from the name and still be the one it is in. */
    private static final int NEAR_CHARS = 300;
    /**
     * The opening of a story, in characters: about its first two paragraphs, where a local story names its town
     * ("PARIS, Ont. -", "Residents of Edmonton ..."). A town named once, further on, is one town among others (a street
     * named after a town, a place the story passes through), not the one its streets are in.
     */
    private static final int LEDE_CHARS = 500;
    /** A contained place is less certain than the town it is pinned to. */
    private static final double NEAR_CONFIDENCE = 0.5;

    private ContainedPlaces() {
    }

    /** Whether the name's last word makes it a street, building or venue ("Royal Street", "Colchester Hospital"). */
    static boolean namesFacility(String name) {
        return FACILITY.contains(lastWord(name));
    }

    /** Whether a name of two words or more is a street or building beyond doubt ("Third Street", "Rogers Centre"). */
    static boolean namesBuilding(String name) {
        int space = name.lastIndexOf(' ');
        return space > 0 && BUILDING.contains(name.substring(space + 1));
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /**
     * Places for the mentions that name a facility and were not resolved themselves (LOCATION mentions, and names
     * of any type that are a street or building beyond doubt: the entity model often takes "Cavan Institute" or
     * "Ainsworth Parade" for an organisation or a person), and for town names the text uses as street names ("the
     * Chartres/Franklin intersection").
     *
     * @param resolved the article's resolved place names, in text order
     * @param streets  resolved names that the text shows to be streets; they are not towns to pin to
     * @param ledeTown rule: pin a building no town is named near to the article's town only when the story names
     *                 that town in its opening or more than once (measured: GeoWebNews acc@161 km .924 -> .935,
     *                 end-to-end .652 -> .655; TR-News acc unchanged, end-to-end .829 -> .830)
     * @param facilityTown rule: a facility tagged as a location ("Donington Park", "French Quarter") with no town
     *                 near it is pinned to the article's town like a building (under {@code ledeTown}'s condition),
     *                 instead of left out
     */
    static List<Place> locate(List<Entity> entities, List<Resolution> resolved, List<Toponym> streets,
                              boolean ledeTown, boolean facilityTown) {
        Set<Toponym> streetNames = new HashSet<>(streets);
        List<Resolution> towns = resolved.stream()
                .filter(r -> !r.toponym().isDemonym() && r.place().isPopulatedPlace() && r.confidence() >= 0.5
                        && !streetNames.contains(r.toponym()))
                .toList();
        if (towns.isEmpty()) {
            return List.of();
        }
        Resolution mostNamed = mostNamed(towns);
        Resolution mainTown = !ledeTown || isTheStorysTown(mostNamed, towns) ? mostNamed : null;
        NearestTown nearest = new NearestTown(towns);
        SpanIndex resolvedNames = SpanIndex.of(resolved, r -> r.toponym().start(), r -> r.toponym().end());
        List<Place> out = new ArrayList<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.kind() != MentionKind.NAME || resolvedNames.overlapsAny(m.start(), m.end())) {
                    continue;
                }
                if (namesBuilding(m.text())) {
                    pin(m.start(), m.end(), m.text(), e.id(), nearest, mainTown, out);
                } else if (e.type() == EntityType.LOCATION && namesFacility(m.text())) {
                    pin(m.start(), m.end(), m.text(), e.id(), nearest, facilityTown ? mainTown : null, out);
                }
            }
        }
        for (Toponym t : streets) {
            pin(t.start(), t.end(), t.text(), t.entity(), nearest, null, out);
        }
        return out;
    }

    /** The town named most often, the first named on a tie. */
    private static Resolution mostNamed(List<Resolution> towns) {
        Map<Integer, Integer> counts = new HashMap<>();
        Resolution best = null;
        int bestCount = 0;
        for (Resolution r : towns) {
            int n = counts.merge(r.place().index(), 1, Integer::sum);
            if (n > bestCount) {
                bestCount = n;
                best = r;
            }
        }
        return best;
    }

    /** Whether the story names the town more than once or in its opening (its first naming comes first). */
    private static boolean isTheStorysTown(Resolution town, List<Resolution> towns) {
        int index = town.place().index();
        return towns.stream().filter(r -> r.place().index() == index).count() > 1
                || town.toponym().start() < LEDE_CHARS;
    }

    private static void pin(int start, int end, String text, String entityId, NearestTown towns,
                            Resolution fallback, List<Place> out) {
        Resolution near = towns.within(start, NEAR_CHARS);
        Resolution town = near != null ? near : fallback;
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

    /**
     * The article's towns by position, for the one named nearest a character offset: a binary search, since a long
     * article pins many names and scanning every town for each made the cost grow with the square of the text.
     */
    private static final class NearestTown {
        private final List<Resolution> towns;
        private final int[] starts;

        NearestTown(List<Resolution> towns) {
            // a stable sort: of two towns at one offset the earlier in the list wins, as in a scan
            this.towns = towns.stream().sorted(Comparator.comparingInt(r -> r.toponym().start())).toList();
            this.starts = this.towns.stream().mapToInt(r -> r.toponym().start()).toArray();
        }

        /** The town whose name starts nearest {@code offset}, at most {@code maxChars} away; the earlier on a tie. */
        Resolution within(int offset, int maxChars) {
            int right = SpanIndex.firstAtOrAfter(starts, offset);
            int left = right - 1;
            if (left >= 0) {
                left = SpanIndex.firstAtOrAfter(starts, starts[left]); // the first of the towns at that offset
            }
            int leftDistance = left >= 0 ? offset - starts[left] : Integer.MAX_VALUE;
            int rightDistance = right < starts.length ? starts[right] - offset : Integer.MAX_VALUE;
            int best = leftDistance <= rightDistance ? left : right;
            int distance = Math.min(leftDistance, rightDistance);
            return best >= 0 && best < starts.length && distance <= maxChars ? towns.get(best) : null;
        }
    }
}
