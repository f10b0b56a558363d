package dev.lede.input.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.util.Set;

/**
 * The text of an element as a browser shows it: block elements separated by blank lines, {@code <br>} by a line
 * break, table cells by a space, runs of HTML whitespace collapsed to one space (kept inside {@code <pre>}).
 */
final class BlockText {

    /** Elements that start and end a block of text (a paragraph break around them). */
    static final Set<String> BLOCKS = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
            "pre", "section", "article", "main", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr",
            "caption", "address", "hr", "fieldset", "details", "summary", "center", "header", "footer", "aside",
            "nav", "form", "legend", "body", "html");

    private BlockText() {
    }

    static String of(Element root) {
        Collector collector = new Collector();
        root.traverse(collector);
        return collector.out.toString();
    }

    /** Collects text with paragraph breaks between blocks; a pending break is written before the next text only. */
    private static final class Collector implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        private int pendingBreaks;
        private boolean pendingSpace;
        private int preDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                append(text.getWholeText());
            } else if (node instanceof Element element) {
                String tag = element.normalName();
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
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (BLOCKS.contains(tag)) {
                    pendingBreaks = 2;
                } else if (tag.equals("td") || tag.equals("th")) {
                    pendingSpace = true;
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
    }
}
