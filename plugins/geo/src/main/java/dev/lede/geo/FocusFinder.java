package dev.lede.geo;

import dev.lede.annotation.FocusPlace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article's geographic focus, like CLIFF's: countries weighted by how their places are named (the country itself
 * counts most, then its divisions and towns, then nationality words), earlier mentions counting more; and the most
 * named towns. Scores are shares that sum to 1 within each level.
 */
final class FocusFinder {
    private static final int MAX_PER_LEVEL = 5;
    private static final double MIN_SHARE = 0.05;

    private final Gazetteer gazetteer;

    FocusFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<FocusPlace> focus(List<Resolution> resolutions, int textLength) {
        Map<String, Double> countries = new HashMap<>();
        Map<Integer, Double> cities = new HashMap<>(); // by gazetteer index: a record's hash reads every field
        for (Resolution r : resolutions) {
            GeoPlace p = r.place();
            if (p.countryCode() == null || p.countryCode().isEmpty()) {
                continue;
            }
            double position = 1.0 + 0.5 * (1.0 - r.toponym().start() / (double) Math.max(1, textLength));
            double kind = r.toponym().isDemonym() ? 0.3 : p.isCountry() ? 1.0 : p.isAdmin1() ? 0.7 : 0.5;
            countries.merge(p.countryCode(), kind * position * r.confidence(), Double::sum);
            if (p.isPopulatedPlace() && !r.toponym().isDemonym()) {
                cities.merge(p.index(), position * r.confidence(), Double::sum);
            }
        }
        List<FocusPlace> out = new ArrayList<>();
        double countryTotal = countries.values().stream().mapToDouble(Double::doubleValue).sum();
        countries.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(MAX_PER_LEVEL)
                .filter(e -> e.getValue() / countryTotal >= MIN_SHARE)
                .forEach(e -> gazetteer.country(e.getKey()).ifPresent(c -> out.add(new FocusPlace(
                        FocusPlace.Level.COUNTRY, c.geonameId(), c.name(), c.countryCode(),
                        round(e.getValue() / countryTotal)))));
        double cityTotal = cities.values().stream().mapToDouble(Double::doubleValue).sum();
        cities.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry::getKey, Comparator.naturalOrder()))
                .limit(MAX_PER_LEVEL)
                .filter(e -> e.getValue() / cityTotal >= MIN_SHARE)
                .forEach(e -> {
                    GeoPlace c = gazetteer.get(e.getKey());
                    out.add(new FocusPlace(FocusPlace.Level.CITY, c.geonameId(), c.name(), c.countryCode(),
                            round(e.getValue() / cityTotal)));
                });
        return out;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
