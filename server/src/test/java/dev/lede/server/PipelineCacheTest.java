package dev.lede.server;

import dev.lede.analyzer.UnknownAnalyzerException;
import dev.lede.document.Document;
import dev.lede.pipeline.Pipeline;
import dev.lede.pipeline.PipelineOptions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.RejectedExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineCacheTest {
    private static final PipelineOptions TEMPLATE = PipelineOptions.of(List.of("text")).withThreads(1);

    @Test
    void oneAnalyzerSetSharesOnePipelineWhateverTheSpelling() {
        try (PipelineCache cache = new PipelineCache(TestAnalyzers.factory(new TestAnalyzers.Blocking()), TEMPLATE, 4)) {
            try (PipelineCache.Lease a = cache.acquire(List.of("blocking"));
                 PipelineCache.Lease b = cache.acquire(List.of("text", "blocking"))) {
                assertSame(a.pipeline(), b.pipeline(), "requirements included, order ignored");
                assertEquals(List.of("blocking", "text"), cache.resolve(List.of("blocking")));
            }
            assertEquals(1, cache.size());
        }
    }

    @Test
    void anEvictedPipelineStaysUsableUntilItsLeaseIsReturned() {
        try (PipelineCache cache = new PipelineCache(TestAnalyzers.factory(new TestAnalyzers.Blocking()), TEMPLATE, 1)) {
            PipelineCache.Lease old = cache.acquire(List.of("text"));
            Pipeline evicted = old.pipeline();
            try (PipelineCache.Lease other = cache.acquire(List.of("blocking"))) {
                assertEquals(1, cache.size(), "bounded");
                assertTrue(evicted.process(Document.of("d", "Still works.")).ok(), "leased: not closed yet");
            }
            old.close();
            assertThrows(RejectedExecutionException.class, () -> evicted.submit(Document.of("d", "Closed now.")));
        }
    }

    @Test
    void unknownNameFailsWithTheList() {
        try (PipelineCache cache = new PipelineCache(TestAnalyzers.factory(), TEMPLATE, 2)) {
            UnknownAnalyzerException e = assertThrows(UnknownAnalyzerException.class,
                    () -> cache.acquire(List.of("sentiment")));
            assertEquals(List.of("text"), e.available());
        }
    }
}
