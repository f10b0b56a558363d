package dev.lede.view;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The world map shipped in {@code world.tsv}: Natural Earth 1:50m country outlines already projected to SVG path
 * data, the projection they were drawn with, and the points d3 projected to check ours. Loaded once.
 */
final class WorldMap {
    static final String RESOURCE = "/dev/lede/view/world.tsv";

    /** One country's outline; several Natural Earth features may share a code (Somaliland is shaded with SO). */
    record Country(String code, String name, String path) {
    }

    /** A point d3 projected: lon, lat and where d3 put it. */
    record Check(double lon, double lat, double x, double y) {
    }

    private final NaturalEarthProjection projection;
    private final double width;
    private final double height;
    private final List<Country> countries;
    private final List<Check> checks;

    private WorldMap(NaturalEarthProjection projection, double width, double height, List<Country> countries,
                     List<Check> checks) {
        this.projection = projection;
        this.width = width;
        this.height = height;
        this.countries = List.copyOf(countries);
        this.checks = List.copyOf(checks);
    }

    private static final class Holder {
        static final WorldMap INSTANCE = read();
    }

    static WorldMap get() {
        return Holder.INSTANCE;
    }

    private static WorldMap read() {
        NaturalEarthProjection projection = null;
        double width = 0;
        double height = 0;
        List<Country> countries = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        try (InputStream in = WorldMap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] f = line.split("\t");
                switch (f[0]) {
                    case "projection" -> {
                        projection = new NaturalEarthProjection(Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                                Double.parseDouble(f[4]));
                        width = Double.parseDouble(f[5]);
                        height = Double.parseDouble(f[6]);
                    }
                    case "check" -> checks.add(new Check(Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                            Double.parseDouble(f[3]), Double.parseDouble(f[4])));
                    case "country" -> countries.add(new Country(f[1], f[2], f[3]));
                    default -> { } // comments
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (projection == null) {
            throw new IllegalStateException(RESOURCE + " has no projection line");
        }
        return new WorldMap(projection, width, height, countries, checks);
    }

    NaturalEarthProjection projection() {
        return projection;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    List<Check> checks() {
        return checks;
    }

    /** The outlines grouped by ISO code ("-" for the few without one), in file order. */
    Map<String, List<Country>> byCode() {
        Map<String, List<Country>> byCode = new LinkedHashMap<>();
        for (Country c : countries) {
            byCode.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(c);
        }
        return byCode;
    }

    boolean hasCountry(String code) {
        return !code.equals("-") && countries.stream().anyMatch(c -> c.code().equals(code));
    }

    Set<String> codes() {
        return byCode().keySet();
    }
}
