package dev.lede.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.lede.document.Document;
import dev.lede.document.Metadata;
import dev.lede.json.LedeJson;
import dev.lede.pipeline.DocumentInput;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns JSON into documents: {@code {"id","text","title","date","source","url","language",...}}. Unknown fields,
 * and the fields of a nested {@code "metadata"} object, go to {@link Metadata#extra()}; top-level fields win.
 */
final class JsonDocuments {
    private static final Set<String> RESERVED = Set.of("id", "text", "metadata");

    private static final ObjectReader READER = LedeJson.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonDocuments() {
    }

    /** A JSON value parsed from {@code json}, or a message saying where and why it is not valid JSON. */
    record Parsed(JsonNode node, String error) {
    }

    static Parsed parse(String json, boolean withLine) {
        try {
            return new Parsed(READER.readTree(json), null);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : withLine
                    ? " at line " + at.getLineNr() + ", column " + at.getColumnNr()
                    : " at column " + at.getColumnNr();
            return new Parsed(null, "invalid JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    /** The documents of a whole JSON input: one object, or an array of them. */
    static List<DocumentInput> fromJson(JsonNode node, String sourceName) {
        if (node.isArray()) {
            if (node.isEmpty()) {
                return List.of(DocumentInput.failed(sourceName, "empty JSON array: no documents"));
            }
            List<DocumentInput> out = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                out.add(fromObject(node.get(i), sourceName + "#" + (i + 1), "element " + (i + 1) + ": "));
            }
            return out;
        }
        return List.of(fromObject(node, sourceName + "#1", ""));
    }

    /**
     * One document from a JSON object. {@code defaultId} is used when it has no id; {@code context} prefixes
     * error messages (e.g. "line 7: ").
     */
    static DocumentInput fromObject(JsonNode node, String defaultId, String context) {
        if (node == null || !node.isObject()) {
            return DocumentInput.failed(defaultId, context + "expected a JSON object with a \"text\" field, found "
                    + (node == null ? "nothing" : describe(node)));
        }
        JsonNode idNode = node.get("id");
        String id = defaultId;
        if (idNode != null && !idNode.isNull()) {
            if (!idNode.isValueNode()) {
                return DocumentInput.failed(defaultId, context + "\"id\" must be a string or a number");
            }
            if (!idNode.asText().isBlank()) {
                id = idNode.asText();
            }
        }
        JsonNode textNode = node.get("text");
        if (textNode == null || textNode.isNull()) {
            return DocumentInput.failed(id, context + "missing \"text\" field");
        }
        if (!textNode.isTextual()) {
            return DocumentInput.failed(id, context + "\"text\" must be a string, found " + describe(textNode));
        }
        if (textNode.textValue().isBlank()) {
            return DocumentInput.failed(id, context + "empty \"text\"");
        }
        return DocumentInput.of(new Document(id, textNode.textValue(), metadata(node)));
    }

    private static Metadata metadata(JsonNode node) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        JsonNode nested = node.get("metadata");
        if (nested != null && nested.isObject()) {
            nested.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            boolean nestedMetadata = e.getKey().equals("metadata") && e.getValue().isObject();
            if (!nestedMetadata && !e.getKey().equals("id") && !e.getKey().equals("text")) {
                fields.put(e.getKey(), e.getValue());
            }
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        String[] known = new String[5];
        for (Map.Entry<String, JsonNode> e : fields.entrySet()) {
            JsonNode value = e.getValue();
            if (value.isNull()) {
                continue; // Metadata.extra holds no nulls; a null field says nothing
            }
            int slot = knownSlot(e.getKey());
            if (slot >= 0 && value.isValueNode()) {
                known[slot] = value.asText();
            } else if (!RESERVED.contains(e.getKey()) || e.getKey().equals("metadata")) {
                extra.put(e.getKey(), LedeJson.mapper().convertValue(value, Object.class));
            }
        }
        return new Metadata(known[0], known[1], known[2], known[3], known[4], extra);
    }

    private static int knownSlot(String key) {
        switch (key) {
            case "title":
                return 0;
            case "date":
                return 1;
            case "source":
                return 2;
            case "url":
                return 3;
            case "language":
                return 4;
            default:
                return -1;
        }
    }

    private static String describe(JsonNode node) {
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
