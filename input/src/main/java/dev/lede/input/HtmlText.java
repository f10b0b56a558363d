package dev.lede.input;

import dev.lede.document.Metadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The main text of an HTML page, parsed with jsoup: scripts, styles, navigation, headers, footers and asides
 * dropped; the {@code <article>} (the longest if several), else {@code <main>}, else the element holding most
 * paragraph text, else the body; block elements separated by blank lines, {@code <br>} by a line break, runs of
 * HTML whitespace collapsed to one space as a browser shows them; entities unescaped.
 */
record HtmlText(String text, Metadata metadata) {

    private static final String DROPPED = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, select, [hidden], [aria-hidden=true]";

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
            "pre", "section", "article", "main", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr",
            "caption", "address", "hr", "fieldset", "details", "summary", "center");

    /** Share of all paragraph text the best paragraph container must hold to be taken as the main text. */
    private static final double MAIN_BLOCK_SHARE = 0.5;

    static HtmlText extract(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        Metadata metadata = metadata(page);
        page.select(DROPPED).remove();
        Element root = mainElement(page);
        TextCollector collector = new TextCollector();
        root.traverse(collector);
        return new HtmlText(collector.text(), metadata);
    }

    private static Metadata metadata(org.jsoup.nodes.Document page) {
        String title = page.title().strip();
        Element html = page.selectFirst("html[lang]");
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        Element published = page.selectFirst("meta[property=article:published_time][content]");
        return new Metadata(title.isEmpty() ? null : title,
                published == null ? null : published.attr("content"),
                null,
                canonical == null ? null : canonical.attr("href"),
                html == null || html.attr("lang").isBlank() ? null : html.attr("lang"),
                Map.of());
    }

    private static Element mainElement(org.jsoup.nodes.Document page) {
        Elements articles = page.select("article");
        if (!articles.isEmpty()) {
            Element best = articles.first();
            int bestLength = -1;
            for (Element article : articles) {
                int length = article.text().length();
                if (length > bestLength) {
                    best = article;
                    bestLength = length;
                }
            }
            return best;
        }
        Element main = page.selectFirst("main, [role=main]");
        if (main != null) {
            return main;
        }
        Element body = page.body();
        Map<Element, Integer> paragraphText = new HashMap<>();
        int total = 0;
        for (Element p : body.select("p")) {
            int length = p.text().length();
            total += length;
            if (p.parent() != null) {
                paragraphText.merge(p.parent(), length, Integer::sum);
            }
        }
        Element best = null;
        int bestLength = 0;
        for (Map.Entry<Element, Integer> e : paragraphText.entrySet()) {
            if (e.getValue() > bestLength) {
                best = e.getKey();
                bestLength = e.getValue();
            }
        }
        return best != null && bestLength >= total * MAIN_BLOCK_SHARE ? best : body;
    }

    /** Collects text with paragraph breaks between blocks; a pending break is written before the next text only. */
    private static final class TextCollector implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        private int pendingBreaks;
        private boolean pendingSpace;
        private int preDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode) {
                append(((TextNode) node).getWholeText());
            } else if (node instanceof Element) {
                String tag = ((Element) node).normalName();
                if (BLOCKS.contains(tag)) {
                    pendingBreaks = 2;
                } else if (tag.equals("br")) {
                    pendingBreaks = Math.max(pendingBreaks, 1);
                } else if (tag.equals("td") || tag.equals("th")) {
                    pendingSpace = true;
                }
                if (tag.equals("pre")) {
                    preDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element) {
                String tag = ((Element) node).normalName();
                if (BLOCKS.contains(tag)) {
                    pendingBreaks = 2;
                }
                if (tag.equals("pre")) {
                    preDepth--;
                }
            }
        }

        private void append(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean htmlSpace = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
                if (htmlSpace && preDepth == 0) {
                    pendingSpace = true;
                    continue;
                }
                if (out.length() > 0) {
                    if (pendingBreaks > 0) {
                        out.append(pendingBreaks == 2 ? "\n\n" : "\n");
                    } else if (pendingSpace) {
                        out.append(' ');
                    }
                }
                pendingBreaks = 0;
                pendingSpace = false;
                out.append(c);
            }
        }

        String text() {
            return out.toString();
        }
    }
}
