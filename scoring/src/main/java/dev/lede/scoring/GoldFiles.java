package dev.lede.scoring;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import dev.lede.json.LedeJson;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads gold or prediction documents: JSON Lines (one document per line), a JSON file holding one document (even
 * pretty-printed over many lines) or an array of documents, or the web-page benchmark's map of article bodies
 * ({@link PageGold}).
 */
public final class GoldFiles {
    private GoldFiles() {
    }

    /** Every document in the file, in order. */
    public static List<JsonNode> read(Path path) throws IOException {
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(in);
        } catch (IOException e) {
            throw new IOException(path + ": " + e.getMessage(), e);
        }
    }

    /** Same as {@link #read(Path)}; the name says what most callers pass. */
    public static List<JsonNode> readJsonl(Path path) throws IOException {
        return read(path);
    }

    /** Every document in a stream of JSON values (objects, or arrays of objects). */
    public static List<JsonNode> read(Reader in) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        // A sequence of root values covers JSON Lines and a single (pretty-printed) object alike. NaN and Infinity
        // are accepted because Python's json module (the reference scorer's) writes and reads them.
        try (MappingIterator<JsonNode> values = LedeJson.mapper().readerFor(JsonNode.class)
                .with(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).readValues(in)) {
            while (values.hasNextValue()) {
                JsonNode v = values.nextValue();
                if (v.isArray()) {
                    v.forEach(docs::add);
                } else if (v.isObject()) {
                    docs.add(v);
                } else {
                    throw new IOException("expected a JSON object per document, got " + v.getNodeType());
                }
            }
        }
        if (docs.size() == 1 && PageGold.isBenchmarkMap(docs.get(0))) {
            return PageGold.documents(docs.get(0));
        }
        for (JsonNode d : docs) {
            if (!d.isObject()) {
                throw new IOException("expected a JSON object per document, got " + d.getNodeType());
            }
        }
        return docs;
    }
}
