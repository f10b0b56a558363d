package dev.lede.geo;

import dev.lede.annotation.GeoDistance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the article already says about where it is: how much evidence points at each country, the first-level
 * divisions it names, the points of the places it names, and the dateline's (or the publication's) country. The
 * evidence of each name is kept apart so that a name does not vote for itself.
 */
final class ArticleAnchors {
    private final Map<String, Map<String, Double>> countryEvidenceByName = new HashMap<>();
    /** Names that anchor each first-level division ("US.TX"), keyed by division so that a lookup is one get. */
    private final Map<String, Set<String>> namesByAdmin1 = new HashMap<>();
    private final Map<String, List<GeoPlace>> pointsByName = new HashMap<>();
    private final Set<String> datelineCountries = new HashSet<>();
    /** Which first-level division ("US.TX") each name's place lies in, weighted by the ranker's confidence. */
    private final Map<String, Map<String, Double>> admin1EvidenceByName = new HashMap<>();
    private final Map<String, Double> admin1Totals = new HashMap<>();
    private final Map<String, Double> admin1NameTotals = new HashMap<>();
    private double admin1Total;
    private final Set<String> datelineAdmin1s = new HashSet<>();
    private List<GeoPlace> publicationPlaces = List.of();

    private final Map<String, Double> countryTotals = new HashMap<>();
    private final Map<String, Double> nameTotals = new HashMap<>();
    private double total;

    void addCountryEvidence(String nameKey, String countryCode, double weight) {
        if (countryCode == null || countryCode.isEmpty()) {
            return;
        }
        countryEvidenceByName.computeIfAbsent(nameKey, k -> new HashMap<>()).merge(countryCode, weight, Double::sum);
        countryTotals.merge(countryCode, weight, Double::sum);
        nameTotals.merge(nameKey, weight, Double::sum);
        total += weight;
    }

    void addAdmin1(String nameKey, String countryCode, String admin1Code) {
        namesByAdmin1.computeIfAbsent(countryCode + "." + admin1Code, k -> new HashSet<>()).add(nameKey);
    }

    /**
     * Evidence that the article is about the first-level division {@code countryCode.admin1Code}: one of its places
     * (a town, a county or the division itself) lies there. Local news names many places of one state.
     */
    void addAdmin1Evidence(String nameKey, String countryCode, String admin1Code, double weight) {
        if (countryCode == null || countryCode.isEmpty() || admin1Code == null || admin1Code.isEmpty()) {
            return;
        }
        String division = countryCode + "." + admin1Code;
        admin1EvidenceByName.computeIfAbsent(nameKey, k -> new HashMap<>()).merge(division, weight, Double::sum);
        admin1Totals.merge(division, weight, Double::sum);
        admin1NameTotals.merge(nameKey, weight, Double::sum);
        admin1Total += weight;
    }

    /**
     * Share of the division evidence from names other than {@code exceptName} that points to this division: how
     * many of the article's other places lie in it ("Lebanon" among Mason, Springboro and Warren County, Ohio).
     */
    double admin1Share(String countryCode, String admin1Code, String exceptName) {
        String division = countryCode + "." + admin1Code;
        double others = admin1Total - admin1NameTotals.getOrDefault(exceptName, 0.0);
        if (others <= 1e-12) {
            return 0;
        }
        double own = admin1EvidenceByName.getOrDefault(exceptName, Map.of()).getOrDefault(division, 0.0);
        return Math.max(0, admin1Totals.getOrDefault(division, 0.0) - own) / others;
    }

    void addDatelineAdmin1(String countryCode, String admin1Code) {
        if (countryCode != null && !countryCode.isEmpty() && admin1Code != null && !admin1Code.isEmpty()) {
            datelineAdmin1s.add(countryCode + "." + admin1Code);
        }
    }

    boolean isDatelineAdmin1(String countryCode, String admin1Code) {
        return !datelineAdmin1s.isEmpty() && datelineAdmin1s.contains(countryCode + "." + admin1Code);
    }

    void setPublicationPlaces(List<GeoPlace> places) {
        publicationPlaces = List.copyOf(places);
    }

    /** Whether the candidate is in the newspaper's area (see {@link PublicationPlaces}). */
    boolean inPublicationArea(GeoPlace candidate) {
        return !publicationPlaces.isEmpty() && PublicationPlaces.inArea(candidate, publicationPlaces);
    }

    void addPoint(String nameKey, GeoPlace place) {
        pointsByName.computeIfAbsent(nameKey, k -> new ArrayList<>()).add(place);
    }

    void addDatelineCountry(String countryCode) {
        if (countryCode != null && !countryCode.isEmpty()) {
            datelineCountries.add(countryCode);
        }
    }

    /** Whether names other than {@code exceptName} give any country evidence. */
    boolean hasCountryEvidenceBesides(String exceptName) {
        return evidenceBesides(exceptName) > 1e-12;
    }

    /** Share of the evidence from names other than {@code exceptName} that points to {@code countryCode}. */
    double countryShare(String countryCode, String exceptName) {
        Map<String, Double> own = countryEvidenceByName.getOrDefault(exceptName, Map.of());
        double others = evidenceBesides(exceptName);
        double mine = countryTotals.getOrDefault(countryCode, 0.0) - own.getOrDefault(countryCode, 0.0);
        return others <= 1e-12 ? 0 : Math.max(0, mine) / others;
    }

    private double evidenceBesides(String exceptName) {
        return total - nameTotals.getOrDefault(exceptName, 0.0);
    }

    /** Country evidence summed over all names (for the focus). */
    Map<String, Double> countryTotals() {
        Map<String, Double> out = new HashMap<>();
        countryEvidenceByName.values().forEach(m -> m.forEach((k, v) -> out.merge(k, v, Double::sum)));
        return out;
    }

    boolean admin1Named(String countryCode, String admin1Code, String exceptName) {
        Set<String> names = namesByAdmin1.getOrDefault(countryCode + "." + admin1Code, Set.of());
        return names.size() > 1 || (names.size() == 1 && !names.contains(exceptName));
    }

    /** Whether another name of the article anchors a first-level division of the country other than this one. */
    boolean otherAdmin1Named(String countryCode, String admin1Code, String exceptName) {
        String prefix = countryCode + ".";
        String own = prefix + admin1Code;
        for (Map.Entry<String, Set<String>> e : namesByAdmin1.entrySet()) {
            if (e.getKey().startsWith(prefix) && !e.getKey().equals(own)
                    && (e.getValue().size() > 1 || !e.getValue().contains(exceptName))) {
                return true;
            }
        }
        return false;
    }

    /** Distance in km from {@code p} to the nearest place named by another name; infinity when there is none. */
    double nearestKm(GeoPlace p, String exceptName) {
        double best = Double.POSITIVE_INFINITY;
        for (Map.Entry<String, List<GeoPlace>> e : pointsByName.entrySet()) {
            if (e.getKey().equals(exceptName)) {
                continue;
            }
            for (GeoPlace q : e.getValue()) {
                best = Math.min(best, GeoDistance.km(p.lat(), p.lon(), q.lat(), q.lon()));
            }
        }
        return best;
    }

    boolean isDatelineCountry(String countryCode) {
        return datelineCountries.contains(countryCode);
    }
}
