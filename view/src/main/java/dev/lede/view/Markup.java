package dev.lede.view;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * jsoup elements for the view, and their serialisation without pretty-printing: the article text sits in a
 * {@code white-space: pre-wrap} block, where an added newline or indent would show.
 */
final class Markup {
    private Markup() {
    }

    /** A detached element; serialise it with {@link #html(Element)}. */
    static Element element(String tag) {
        return new Element(tag);
    }

    /** The element's HTML exactly as built (a detached element would otherwise be pretty-printed). */
    static String html(Element root) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false).outline(false).charset("UTF-8");
        doc.body().appendChild(root);
        String html = root.outerHtml();
        root.remove();
        return html;
    }

    static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
