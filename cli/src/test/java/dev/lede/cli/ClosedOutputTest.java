package dev.lede.cli;

import dev.lede.analyzer.Analyzer;
import dev.lede.analyzer.AnalyzerContext;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.document.LayerKey;
import dev.lede.document.Layers;
import dev.lede.pipeline.PipelineFactory;
import dev.lede.plugin.AnalyzerRegistry;
import dev.lede.text.TextAnalyzerProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the reader of standard output goes away ({@code lede extract dir | head}) the batch stops. */
class ClosedOutputTest {
    @TempDir
    Path dir;

    static final class Counting implements AnalyzerProvider {
        static final LayerKey<String> SEEN = LayerKey.of("seen", String.class);
        final AtomicInteger documents = new AtomicInteger();

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public Set<LayerKey<?>> requires() {
            return Set.of(Layers.TOKENS);
        }

        @Override
        public Set<LayerKey<?>> provides() {
            return Set.of(SEEN);
        }

        @Override
        public Analyzer create(AnalyzerContext context) {
            return doc -> documents.incrementAndGet();
        }
    }

    @Test
    void aClosedPipeStopsTheBatch() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            lines.append(Fixtures.jsonDocument("d" + i, "T", Fixtures.MINE)).append('\n');
        }
        Path batch = Fixtures.write(dir, "batch.jsonl", lines.toString());
        Counting counting = new Counting();
        PipelineFactory factory = new PipelineFactory(AnalyzerRegistry.of(
                List.of(new TextAnalyzerProvider(), counting)));
        OutputStream closedPipe = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        Console console = new Console(new ByteArrayInputStream(new byte[0]), new PrintStream(closedPipe),
                new PrintStream(OutputStream.nullOutputStream()), false);

        int exit = LedeCommand.run(console, folders -> factory, "extract", "--analyzers", "counting", "--threads", "1",
                "--format", "jsonl", batch.toString());

        assertEquals(0, exit);
        assertTrue(counting.documents.get() < 50, "stopped after " + counting.documents.get() + " of 500");
    }
}
