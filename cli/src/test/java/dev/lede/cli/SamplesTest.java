package dev.lede.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SamplesTest {

    @Test
    void nearestRankPercentiles() {
        Samples s = new Samples();
        for (int i = 2000; i >= 1; i--) {
            s.add(i);
        }
        assertEquals(1000, s.percentile(50));
        assertEquals(1980, s.percentile(99));
        assertEquals(2000, s.percentile(100));
        assertEquals(0, new Samples().percentile(50));
    }
}
