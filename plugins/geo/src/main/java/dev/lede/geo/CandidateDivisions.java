package dev.lede.geo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many of the article's names could lie in each first-level division, whatever the ranker chooses for them:
 * "spatial minimality" for local news. An article naming Palestine, Elkhart, Frankston, Tyler and Jacksonville is
 * about East Texas, though each name alone is better known elsewhere; only Texas has a place of every name. A name
 * votes for each division its candidates lie in with weight 1 / (number of such divisions), so that "Franklin",
 * found in thirty states, says little and a name found in one state says much.
 */
final class CandidateDivisions {
    private final Map<String, Map<String, Double>> votesByName = new HashMap<>();
    private final Map<String, Double> totals = new HashMap<>();

    /** @param candidatesByName each name's (lookup key's) candidate places */
    CandidateDivisions(Map<String, List<GeoPlace>> candidatesByName) {
        for (Map.Entry<String, List<GeoPlace>> e : candidatesByName.entrySet()) {
            Set<String> divisions = new HashSet<>();
            for (GeoPlace p : e.getValue()) {
                if (!p.isCountry() && !p.isRegion() && !p.admin1Code().isEmpty()) {
                    divisions.add(key(p.countryCode(), p.admin1Code()));
                }
            }
            Map<String, Double> votes = new HashMap<>();
            for (String d : divisions) {
                double w = 1.0 / divisions.size();
                votes.put(d, w);
                totals.merge(d, w, Double::sum);
            }
            votesByName.put(e.getKey(), votes);
        }
    }

    /** Votes of the names other than {@code exceptName} for the division, per other name (0 to 1). */
    double share(String countryCode, String admin1Code, String exceptName) {
        int others = votesByName.size() - (votesByName.containsKey(exceptName) ? 1 : 0);
        if (others <= 0) {
            return 0;
        }
        String d = key(countryCode, admin1Code);
        double own = votesByName.getOrDefault(exceptName, Map.of()).getOrDefault(d, 0.0);
        return Math.max(0, totals.getOrDefault(d, 0.0) - own) / others;
    }

    private static String key(String countryCode, String admin1Code) {
        return countryCode + "." + admin1Code;
    }
}
