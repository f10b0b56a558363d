package dev.lede.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lede.pipeline.AnalysisResult;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Streams results, one JSON object per line (JSON Lines), or as one JSON array when {@code asArray} is set. Each
 * record is flushed as it is written so a consumer sees progress on long batches.
 */
public final class JsonLinesWriter implements AutoCloseable {
    private final JsonGenerator generator;
    private final ResultWriter writer;
    private final boolean asArray;
    private final OutputStream out;

    /**
     * @param out     left open on {@link #close()}, so standard output can be written to
     * @param writer  how each record is written
     * @param asArray a JSON array (one document per element) rather than one object per line
     */
    public JsonLinesWriter(OutputStream out, ResultWriter writer, boolean asArray) {
        this.out = out;
        this.writer = writer;
        this.asArray = asArray;
        try {
            this.generator = LedeJson.mapper().getFactory().createGenerator(out);
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.setRootValueSeparator(null);
            if (asArray) {
                generator.writeStartArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes and flushes one record. */
    public void write(AnalysisResult result) {
        try {
            writer.write(result, generator);
            generator.flush();
            if (!asArray) {
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the array, if any, and flushes; {@code out} stays open. */
    @Override
    public void close() {
        try {
            if (asArray) {
                generator.writeEndArray();
            }
            generator.close();
            if (asArray) {
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
