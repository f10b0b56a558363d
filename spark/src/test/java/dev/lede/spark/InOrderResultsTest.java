package dev.lede.spark;

import dev.lede.pipeline.AnalysisResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InOrderResultsTest {

    @Test
    void outputsComeInInputOrderWhateverOrderTheResultsComeIn() {
        List<CompletableFuture<AnalysisResult>> started = new ArrayList<>();
        InOrderResults<Integer, String> out = new InOrderResults<>(IntStream.range(0, 5).boxed().iterator(), 3,
                i -> {
                    CompletableFuture<AnalysisResult> f = new CompletableFuture<>();
                    started.add(f);
                    return f;
                }, (i, r) -> i + ":" + r.id());

        assertTrue(out.hasNext());
        assertEquals(3, started.size(), "no more than the window in flight");
        // finish the later ones first
        for (int i = 2; i >= 0; i--) {
            started.get(i).complete(result("r" + i));
        }
        assertEquals("0:r0", out.next());
        assertTrue(out.hasNext());
        assertEquals(4, started.size(), "one more started as one left");
        started.get(3).complete(result("r3"));
        assertEquals("1:r1", out.next());
        assertTrue(out.hasNext());
        assertEquals(5, started.size());
        started.get(4).complete(result("r4"));
        assertEquals(List.of("2:r2", "3:r3", "4:r4"), List.of(out.next(), out.next(), out.next()));
        assertFalse(out.hasNext());
        assertThrows(java.util.NoSuchElementException.class, out::next);
    }

    @Test
    void anEmptyPartitionStartsNothing() {
        InOrderResults<Integer, String> out = new InOrderResults<>(List.<Integer>of().iterator(), 4,
                i -> {
                    throw new AssertionError("nothing to start");
                }, (i, r) -> "");
        assertFalse(out.hasNext());
    }

    private static AnalysisResult result(String id) {
        return new AnalysisResult(id, null, Map.of(), List.of(), Map.of());
    }
}
