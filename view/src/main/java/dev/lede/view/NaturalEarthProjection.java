package dev.lede.view;

/**
 * The Natural Earth projection (Šavrič, Jenny, Patterson, Petrovič, Hurni 2011) as d3-geo's
 * {@code geoNaturalEarth1} computes it, with its scale and translation: the country outlines are projected by d3
 * when the map is built ({@code scripts/view/build-world-map.mjs}) and the pins here, so both must agree (a test
 * checks points d3 projected). Written out because it is a polynomial of ten terms, not worth a library.
 */
record NaturalEarthProjection(double scale, double translateX, double translateY) {

    /** A projected point in map units, y growing downwards as in SVG. */
    record Point(double x, double y) {
    }

    Point project(double lon, double lat) {
        double lambda = Math.toRadians(lon);
        double phi = Math.toRadians(lat);
        double phi2 = phi * phi;
        double phi4 = phi2 * phi2;
        double x = lambda * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4)));
        double y = phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)));
        return new Point(translateX + scale * x, translateY - scale * y);
    }
}
