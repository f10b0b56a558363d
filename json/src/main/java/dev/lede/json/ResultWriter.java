package dev.lede.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.document.LayerKey;
import dev.lede.document.Metadata;
import dev.lede.pipeline.AnalysisResult;
import dev.lede.pipeline.AnalyzerError;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes results as schema-1 JSON: {@code {"schema":1,"id":..,"metadata":{..},"text":..,<layer>:[..],..,"errors":[..]}}.
 * Layers are written under their names in pipeline order; {@code layers} (when not null) limits which.
 */
public final class ResultWriter {
    private final boolean includeText;
    private final Set<String> layers;
    private final ObjectMapper mapper = LedeJson.mapper();

    /**
     * @param includeText write the document text (off for compact batch output)
     * @param layers      names of the layers to write, or null for all
     */
    public ResultWriter(boolean includeText, Set<String> layers) {
        this.includeText = includeText;
        this.layers = layers == null ? null : Set.copyOf(layers);
    }

    /** Writes one result as one JSON object to {@code g}. */
    public void write(AnalysisResult result, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schema", LedeJson.SCHEMA);
        g.writeStringField("id", result.id());
        if (result.document() != null) {
            g.writeFieldName("metadata");
            writeMetadata(result.document().metadata(), g);
            if (includeText) {
                g.writeStringField("text", result.document().text());
            }
        }
        for (Map.Entry<LayerKey<?>, List<?>> layer : result.layers().entrySet()) {
            String name = layer.getKey().name();
            if (layers == null || layers.contains(name)) {
                g.writeFieldName(name);
                mapper.writeValue(g, layer.getValue());
            }
        }
        g.writeArrayFieldStart("errors");
        for (AnalyzerError e : result.errors()) {
            g.writeStartObject();
            g.writeStringField("analyzer", e.analyzer());
            g.writeStringField(e.skipped() ? "skipped" : "message", e.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void writeMetadata(Metadata m, JsonGenerator g) throws IOException {
        g.writeStartObject();
        writeIfPresent(g, "title", m.title());
        writeIfPresent(g, "date", m.date());
        writeIfPresent(g, "source", m.source());
        writeIfPresent(g, "url", m.url());
        writeIfPresent(g, "language", m.language());
        for (Map.Entry<String, Object> e : m.extra().entrySet()) {
            g.writeFieldName(e.getKey());
            mapper.writeValue(g, e.getValue());
        }
        g.writeEndObject();
    }

    private static void writeIfPresent(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    /** One result as a JSON string. */
    public String toJson(AnalysisResult result) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            write(result, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One result as a Jackson tree (what the scorer reads). */
    public JsonNode toTree(AnalysisResult result) {
        try {
            return mapper.readTree(toJson(result));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
