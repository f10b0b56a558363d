package dev.lede.view;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NaturalEarthProjectionTest {
    @Test
    void pinsLandWhereD3PutTheOutlines() {
        WorldMap world = WorldMap.get();
        assertFalse(world.checks().isEmpty());
        for (WorldMap.Check c : world.checks()) {
            NaturalEarthProjection.Point p = world.projection().project(c.lon(), c.lat());
            assertEquals(c.x(), p.x(), 1e-6, "x of " + c);
            assertEquals(c.y(), p.y(), 1e-6, "y of " + c);
        }
    }

    @Test
    void northIsUpAndEastIsRight() {
        NaturalEarthProjection p = WorldMap.get().projection();
        assertTrue(p.project(0, 50).y() < p.project(0, 0).y());
        assertTrue(p.project(30, 0).x() > p.project(0, 0).x());
    }

    @Test
    void theMapHasTheCountriesNewsNames() {
        WorldMap world = WorldMap.get();
        for (String code : new String[] {"NL", "UA", "US", "CL", "GB", "XK", "SO"}) {
            assertTrue(world.hasCountry(code), code);
        }
        assertFalse(world.hasCountry("-"));
    }
}
