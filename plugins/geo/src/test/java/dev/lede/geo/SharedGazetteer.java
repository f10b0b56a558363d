package dev.lede.geo;

/** The shipped gazetteer, loaded once for all tests of this module. */
final class SharedGazetteer {
    static final Gazetteer GAZETTEER = Gazetteer.load();

    private SharedGazetteer() {
    }
}
