package dev.lede.spark;

import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LocalMasterTest {
    @Test
    void localMastersHaveTheirCores() {
        assertEquals(OptionalInt.of(1), LocalMaster.cores("local"));
        assertEquals(OptionalInt.of(2), LocalMaster.cores("local[2]"));
        assertEquals(OptionalInt.of(4), LocalMaster.cores("local[4,3]"));
        assertEquals(OptionalInt.of(Runtime.getRuntime().availableProcessors()), LocalMaster.cores("local[*]"));
    }

    @Test
    void clusterMastersAreNotLocal() {
        assertEquals(OptionalInt.empty(), LocalMaster.cores("yarn"));
        assertEquals(OptionalInt.empty(), LocalMaster.cores("spark://10.0.0.1:7077"));
        assertEquals(OptionalInt.empty(), LocalMaster.cores("local-cluster[2,1,1024]"));
        assertEquals(OptionalInt.empty(), LocalMaster.cores(null));
    }
}
