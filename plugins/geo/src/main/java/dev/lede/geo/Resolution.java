package dev.lede.geo;

/** A toponym and the place it was resolved to, with the ranker's confidence in [0, 1]. */
record Resolution(Toponym toponym, GeoPlace place, double confidence) {
}
