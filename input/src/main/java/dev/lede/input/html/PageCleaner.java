package dev.lede.input.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes what a reader never sees as text: scripts, styles, embedded objects, form controls, and elements
 * hidden by attribute or inline style; and what is never the article: navigation, page headers and footers,
 * asides, dialogs.
 */
final class PageCleaner {
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, svg, canvas, object, embed,"
            + " button, select, input, textarea, option, link, meta, dialog, [hidden], [aria-hidden=true],"
            + " [aria-modal=true]";
    private static final String NEVER_ARTICLE = "nav, aside, footer, body > header, [role=navigation],"
            + " [role=contentinfo], [role=complementary], [role=banner], [role=menu], [role=dialog], [role=alert]";
    private static final Pattern INVISIBLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private PageCleaner() {
    }

    static void clean(Document page) {
        page.select(NEVER_TEXT).remove();
        List<Element> hidden = new ArrayList<>();
        for (Element e : page.select("[style]")) {
            if (INVISIBLE.matcher(e.attr("style")).find()) {
                hidden.add(e);
            }
        }
        hidden.forEach(Node::remove);
        page.select(NEVER_ARTICLE).remove();
    }
}
