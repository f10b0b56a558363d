package dev.lede.input.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The schema.org objects a page states in its {@code <script type="application/ld+json">} blocks, with arrays and
 * {@code @graph} lists flattened, and the article among them (a {@code NewsArticle}, {@code Article},
 * {@code BlogPosting} or another type of the Article family).
 */
record JsonLd(List<JsonNode> objects) {

    /** Pages write JSON-LD by hand: raw line breaks in strings, trailing commas, comments. */
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "askpublicnewsarticle", "blogposting", "liveblogposting", "socialmediaposting", "scholarlyarticle",
            "techarticle", "report", "satiricalarticle", "medicalscholarlyarticle", "advertisercontentarticle");

    static JsonLd of(Document page) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data().strip();
            if (json.isEmpty()) {
                continue;
            }
            try {
                flatten(LENIENT.readTree(json), objects, 0);
            } catch (JsonProcessingException e) {
                // a page's broken JSON-LD states nothing; the other sources of metadata still count
            }
        }
        return new JsonLd(List.copyOf(objects));
    }

    private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> flatten(n, out, depth + 1));
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out, depth + 1);
            flatten(node.get("mainEntity"), out, depth + 1);
        }
    }

    /** The first object of the Article family, or null. */
    JsonNode article() {
        for (JsonNode o : objects) {
            if (isArticle(o)) {
                return o;
            }
        }
        return null;
    }

    /** The first object with a field {@code name} holding text, article objects first; null if none. */
    String text(String name) {
        JsonNode article = article();
        String fromArticle = article == null ? null : textOf(article.get(name));
        if (fromArticle != null) {
            return fromArticle;
        }
        for (JsonNode o : objects) {
            String value = textOf(o.get(name));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    static boolean isArticle(JsonNode o) {
        JsonNode type = o.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    /** A string, a number, or the first of an array of them; null for anything else or blank. */
    static String textOf(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                String s = textOf(n);
                if (s != null) {
                    return s;
                }
            }
            return null;
        }
        if (node.isValueNode()) {
            String s = node.asText().strip();
            return s.isEmpty() ? null : s;
        }
        return null;
    }
}
