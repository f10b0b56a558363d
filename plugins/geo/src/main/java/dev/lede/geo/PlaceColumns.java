package dev.lede.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The gazetteer's places as columns: one array per field, names in a {@link StringPool}, and the few distinct feature,
 * country and first-level codes in a small table the rows point into. A {@link GeoPlace} is made the first time a
 * place is asked for and kept, so a run builds objects only for the places its articles name (a few thousand of
 * 228,000) and the same place is always the same object.
 */
final class PlaceColumns {
    final long[] geonameIds;
    final double[] lats;
    final double[] lons;
    final long[] populations;
    /** Indexes into {@link #codes} of each place's feature code, country code and first-level code. */
    final int[] featureCodes;
    final int[] countryCodes;
    final int[] admin1Codes;
    final String[] codes;
    /** Indexes into {@link #names} of each place's name and ASCII name. */
    final int[] nameRefs;
    final int[] asciiRefs;
    final StringPool names;
    private final AtomicReferenceArray<GeoPlace> made;

    PlaceColumns(long[] geonameIds, double[] lats, double[] lons, long[] populations, int[] featureCodes,
                 int[] countryCodes, int[] admin1Codes, String[] codes, int[] nameRefs, int[] asciiRefs,
                 StringPool names) {
        int n = geonameIds.length;
        for (int[] column : new int[][]{featureCodes, countryCodes, admin1Codes, nameRefs, asciiRefs}) {
            if (column.length != n) {
                throw new IllegalArgumentException("place columns of different lengths");
            }
        }
        if (lats.length != n || lons.length != n || populations.length != n) {
            throw new IllegalArgumentException("place columns of different lengths");
        }
        this.geonameIds = geonameIds;
        this.lats = lats;
        this.lons = lons;
        this.populations = populations;
        this.featureCodes = featureCodes;
        this.countryCodes = countryCodes;
        this.admin1Codes = admin1Codes;
        this.codes = codes;
        this.nameRefs = nameRefs;
        this.asciiRefs = asciiRefs;
        this.names = names;
        this.made = new AtomicReferenceArray<>(n);
    }

    /** Columns of these places, in this order (their indexes must be 0, 1, 2...). */
    static PlaceColumns of(List<GeoPlace> places) {
        int n = places.size();
        long[] ids = new long[n];
        double[] lats = new double[n];
        double[] lons = new double[n];
        long[] pops = new long[n];
        int[] features = new int[n];
        int[] countries = new int[n];
        int[] admin1s = new int[n];
        int[] nameRefs = new int[n];
        int[] asciiRefs = new int[n];
        Map<String, Integer> codeIds = new HashMap<>();
        List<String> codes = new java.util.ArrayList<>();
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            GeoPlace p = places.get(i);
            if (p.index() != i) {
                throw new IllegalArgumentException("place " + i + " has index " + p.index());
            }
            ids[i] = p.geonameId();
            lats[i] = p.lat();
            lons[i] = p.lon();
            pops[i] = p.population();
            features[i] = codeIds.computeIfAbsent(p.featureCode(), c -> add(codes, c));
            countries[i] = codeIds.computeIfAbsent(p.countryCode(), c -> add(codes, c));
            admin1s[i] = codeIds.computeIfAbsent(p.admin1Code(), c -> add(codes, c));
            nameRefs[i] = add(names, p.name());
            // most places have one spelling: the ASCII name then points at the same string
            asciiRefs[i] = p.asciiName().equals(p.name()) ? nameRefs[i] : add(names, p.asciiName());
        }
        return new PlaceColumns(ids, lats, lons, pops, features, countries, admin1s, codes.toArray(String[]::new),
                nameRefs, asciiRefs, StringPool.of(names));
    }

    private static int add(List<String> list, String s) {
        list.add(s);
        return list.size() - 1;
    }

    int size() {
        return geonameIds.length;
    }

    String featureCode(int i) {
        return codes[featureCodes[i]];
    }

    String countryCode(int i) {
        return codes[countryCodes[i]];
    }

    long population(int i) {
        return populations[i];
    }

    /** The place at index {@code i}; made once, then the same object for every caller and thread. */
    GeoPlace place(int i) {
        GeoPlace p = made.get(i);
        if (p == null) {
            GeoPlace fresh = new GeoPlace(i, geonameIds[i], names.get(nameRefs[i]), names.get(asciiRefs[i]),
                    codes[featureCodes[i]], codes[countryCodes[i]], codes[admin1Codes[i]], lats[i], lons[i],
                    populations[i]);
            p = made.compareAndExchange(i, null, fresh);
            if (p == null) {
                p = fresh;
            }
        }
        return p;
    }
}
