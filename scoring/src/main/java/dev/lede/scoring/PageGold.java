package dev.lede.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Gold for the main text of web pages in the article-extraction benchmark's format,
 * {@code {"<page id>": {"articleBody": "...", "url": "..."}, ...}}, as gold documents
 * {@code {"id", "articleBody", "url", "layers": ["text"]}}; the pages themselves are {@code pages/<id>.html.gz}
 * beside the gold file. A prediction file in the same format is read the same way, with its body as {@code text}.
 */
public final class PageGold {
    /** The field of the true article text. */
    public static final String BODY = "articleBody";

    private PageGold() {
    }

    /** Whether a file's one JSON value is a benchmark map: an object whose values are all objects with a body. */
    static boolean isBenchmarkMap(JsonNode root) {
        if (root == null || !root.isObject() || root.isEmpty() || root.has("id") || root.has("text")) {
            return false;
        }
        for (Iterator<JsonNode> it = root.elements(); it.hasNext(); ) {
            JsonNode v = it.next();
            if (!v.isObject() || !v.has(BODY)) {
                return false;
            }
        }
        return true;
    }

    /** One gold document per page, in the file's order; the body is also the {@code text} of a prediction. */
    static List<JsonNode> documents(JsonNode root) {
        List<JsonNode> docs = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            ObjectNode doc = JsonNodeFactory.instance.objectNode();
            doc.put("id", e.getKey());
            doc.setAll((ObjectNode) e.getValue().deepCopy());
            doc.set("text", e.getValue().get(BODY));
            ArrayNode layers = doc.putArray("layers");
            layers.add("text");
            docs.add(doc);
        }
        return docs;
    }

    /** A page's id from the name of its file: "abc.html.gz" -> "abc" (as score_html.py pairs predictions). */
    static String pageId(String id) {
        return id.replaceFirst("\\.html?(\\.gz)?$", "");
    }

    /** Whether a gold document scores web-page text: it carries an article body and no annotation layers but text. */
    public static boolean isPageGold(JsonNode doc) {
        return doc.has(BODY) && doc.path("layers").size() == 1 && "text".equals(doc.path("layers").get(0).asText());
    }
}
