package dev.lede.input.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Text length, link text length, comma count and counts of some descendant tags of every element under a root, computed in one walk so that
 * scoring a page stays linear in its size (jsoup's {@code Element.text()} on every ancestor would be quadratic).
 * Lengths count characters with runs of whitespace as one. A snapshot: recompute after changing the tree other
 * than through {@link #remove(Element)}.
 */
final class TextStats {
    private final Map<Element, int[]> stats = new IdentityHashMap<>();
    private static final int LENGTH = 0;
    private static final int LINK_LENGTH = 1;
    private static final int COMMAS = 2;
    /** Counted descendant tags, from index 3 on. */
    private static final List<String> COUNTED = List.of("p", "img", "li", "input", "embed", "object", "iframe",
            "video", "h2", "h3", "h4", "h5", "h6");
    private static final int SLOTS = 3 + COUNTED.size();
    private static final int[] NONE = new int[SLOTS];

    private TextStats() {
    }

    static TextStats of(Element root) {
        TextStats s = new TextStats();
        root.traverse(s.new Walker());
        return s;
    }

    int length(Element e) {
        return stats.getOrDefault(e, NONE)[LENGTH];
    }

    int commas(Element e) {
        return stats.getOrDefault(e, NONE)[COMMAS];
    }

    /** Share of the element's text inside links (0 for an element without text). */
    double linkDensity(Element e) {
        int[] s = stats.getOrDefault(e, NONE);
        return s[LENGTH] == 0 ? 0 : (double) s[LINK_LENGTH] / s[LENGTH];
    }

    /** How many descendants of {@code e} have one of the tags (p, img, li, input, embed, object, iframe, video, h2-h6). */
    int count(Element e, String... tags) {
        int[] s = stats.getOrDefault(e, NONE);
        int n = 0;
        for (String tag : tags) {
            int slot = COUNTED.indexOf(tag);
            if (slot < 0) {
                throw new IllegalArgumentException("not counted: " + tag);
            }
            n += s[3 + slot];
        }
        return n;
    }

    /** Removes {@code e} from the tree and its text from its ancestors' counts, keeping the snapshot true. */
    void remove(Element e) {
        int[] removed = stats.getOrDefault(e, NONE);
        for (Element a = e.parent(); a != null; a = a.parent()) {
            int[] s = stats.get(a);
            if (s == null) {
                break;
            }
            for (int i = 0; i < s.length; i++) {
                s[i] -= removed[i];
            }
            int slot = COUNTED.indexOf(e.normalName());
            if (slot >= 0) {
                s[3 + slot]--;
            }
        }
        e.remove();
    }

    private final class Walker implements NodeVisitor {
        private int linkDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                stats.put(e, new int[SLOTS]);
                if (e.normalName().equals("a")) {
                    linkDepth++;
                }
                int slot = COUNTED.indexOf(e.normalName());
                if (slot >= 0) {
                    for (Element a = e.parent(); a != null && stats.containsKey(a); a = a.parent()) {
                        stats.get(a)[3 + slot]++;
                    }
                }
            } else if (node instanceof TextNode t) {
                int[] counted = count(t.getWholeText());
                if (counted[0] == 0) {
                    return;
                }
                for (Element a = t.parent(); a != null; a = a.parent()) {
                    int[] s = stats.get(a);
                    if (s == null) {
                        break; // above the root of the walk
                    }
                    s[LENGTH] += counted[0];
                    s[COMMAS] += counted[1];
                    if (linkDepth > 0) {
                        s[LINK_LENGTH] += counted[0];
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && e.normalName().equals("a")) {
                linkDepth--;
            }
        }
    }

    /** Length with whitespace runs as one character, and commas (also the ideographic ones). */
    private static int[] count(String s) {
        int length = 0;
        int commas = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (!space) {
                    length++;
                }
                space = true;
                continue;
            }
            space = false;
            length++;
            if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
                commas++;
            }
        }
        return new int[] {length == 1 && space ? 0 : length, commas};
    }
}
