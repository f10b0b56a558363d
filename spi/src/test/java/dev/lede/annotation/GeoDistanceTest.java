package dev.lede.annotation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GeoDistanceTest {

    @Test
    void aPointIsNoDistanceFromItself() {
        assertEquals(0.0, GeoDistance.km(52.37, 4.9, 52.37, 4.9), 0.0);
    }

    @Test
    void poleToEquatorIsAQuarterOfAGreatCircle() {
        assertEquals(Math.PI / 2 * GeoDistance.EARTH_RADIUS_KM, GeoDistance.km(90, 0, 0, 30), 1e-9);
    }

    @Test
    void aQuarterOfTheEquatorIsAQuarterOfAGreatCircle() {
        assertEquals(Math.PI / 2 * GeoDistance.EARTH_RADIUS_KM, GeoDistance.km(0, -45, 0, 45), 1e-9);
    }

    @Test
    void distanceIsTheSameBothWays() {
        assertEquals(GeoDistance.km(48.85, 2.35, -33.87, 151.21), GeoDistance.km(-33.87, 151.21, 48.85, 2.35), 1e-9);
    }
}
