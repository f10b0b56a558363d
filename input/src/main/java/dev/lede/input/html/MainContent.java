package dev.lede.input.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the element holding an article's text by scoring every paragraph and passing its score up to the
 * elements that contain it (the method of Mozilla's Readability, which Readability4J ports): commas and length
 * raise a paragraph's score, links, boilerplate class names and list or heading tags lower a container's. The
 * best container and those of its siblings that score close to it form the article.
 *
 * <p>Written here rather than taken from Readability4J: on the development pages Readability4J reached 0.945 F1
 * at 13 pages/s on one thread (it re-parses and re-serialises the page several times), below both the accuracy
 * and the speed this reader needs; this version works on the one jsoup tree with lengths counted in one walk.
 */
final class MainContent {
    /** Text shorter than this is not scored as a paragraph. */
    private static final int MIN_PARAGRAPH_LENGTH = 25;
    /** An attempt whose article has less text than this is retried with fewer pages' furniture removed. */
    private static final int ENOUGH_TEXT = 500;

    static final Set<String> BLOCK_CHILDREN = Set.of("a", "blockquote", "dl", "div", "img", "ol", "p", "pre",
            "table", "ul", "section", "article", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer",
            "aside", "main", "nav", "form", "hr", "li", "select", "textarea", "address", "fieldset", "details");
    private static final Set<String> SCORED = Set.of("p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation",
            "alert", "alertdialog", "dialog", "banner", "contentinfo", "search");
    private static final Set<String> PHRASING_WRAPPERS = Set.of("div", "section", "article", "main", "td");

    /** How much of the page's furniture one attempt removes; later attempts keep more. */
    record Attempt(boolean stripUnlikely, boolean weighClasses, boolean cleanConditionally) {
    }

    static final List<Attempt> ATTEMPTS = List.of(new Attempt(true, true, true), new Attempt(false, true, true),
            new Attempt(false, false, true), new Attempt(false, false, false));

    private MainContent() {
    }

    /**
     * The article's container (a detached element holding the chosen blocks, cleaned), or null when the page has
     * no text. {@code page} must already be free of scripts, styles and hidden elements; it is not changed.
     */
    static Element find(Document page) {
        Element best = null;
        int bestLength = -1;
        for (Attempt attempt : ATTEMPTS) {
            Document copy = page.clone();
            Element article = grab(copy, attempt);
            if (article == null) {
                continue;
            }
            int length = TextStats.of(article).length(article);
            if (length >= ENOUGH_TEXT) {
                return article;
            }
            if (length > bestLength) {
                best = article;
                bestLength = length;
            }
        }
        return bestLength > 0 ? best : null;
    }

    private static Element grab(Document page, Attempt attempt) {
        Element body = page.body();
        if (attempt.stripUnlikely()) {
            stripUnlikely(body);
        }
        wrapPhrasingRuns(body);
        TextStats stats = TextStats.of(body);
        Map<Element, Double> scores = new IdentityHashMap<>();
        List<Element> candidates = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (!isScoredParagraph(e) || stats.length(e) < MIN_PARAGRAPH_LENGTH) {
                continue;
            }
            double contentScore = 1 + stats.commas(e) + Math.min(stats.length(e) / 100, 3);
            Element ancestor = e.parent();
            for (int level = 0; level < 5 && ancestor != null && ancestor != page; level++) {
                if (!scores.containsKey(ancestor)) {
                    scores.put(ancestor, initialScore(ancestor, attempt));
                    candidates.add(ancestor);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, contentScore / divider, Double::sum);
                ancestor = ancestor.parent();
            }
        }
        if (candidates.isEmpty()) {
            return body.hasText() ? body : null;
        }
        Element top = null;
        double topScore = Double.NEGATIVE_INFINITY;
        for (Element c : candidates) {
            double score = scores.get(c) * (1 - stats.linkDensity(c));
            scores.put(c, score);
            if (score > topScore) {
                top = c;
                topScore = score;
            }
        }
        top = betterAncestor(top, topScore, candidates, scores, body);
        Element article = withSiblings(top, scores, stats, page);
        ArticleCleaner.clean(article, attempt);
        return article;
    }

    /** Elements whose own text is scored: paragraphs, and divs whose content is only text and inline tags. */
    private static boolean isScoredParagraph(Element e) {
        String tag = e.normalName();
        if (SCORED.contains(tag)) {
            return true;
        }
        return tag.equals("div") && !hasBlockChild(e);
    }

    static boolean hasBlockChild(Element e) {
        for (Element child : e.children()) {
            if (BLOCK_CHILDREN.contains(child.normalName()) && !child.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }

    private static double initialScore(Element e, Attempt attempt) {
        double score = switch (e.normalName()) {
            case "div", "article" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + (attempt.weighClasses() ? ClassWeight.of(e) : 0);
    }

    // Readability's two checks: several near-best candidates inside one ancestor mean the article is that
    // ancestor; and a parent that scores about as well as its child holds more of the same article.
    private static Element betterAncestor(Element top, double topScore, List<Element> candidates,
                                          Map<Element, Double> scores, Element body) {
        List<Element> close = new ArrayList<>();
        for (Element c : candidates) {
            if (c != top && scores.get(c) / topScore >= 0.75) {
                close.add(c);
            }
        }
        if (close.size() >= 3) {
            for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
                int containing = 0;
                for (Element c : close) {
                    if (isAncestor(parent, c)) {
                        containing++;
                    }
                }
                if (containing >= 3) {
                    top = parent;
                    break;
                }
            }
        }
        double lastScore = scores.getOrDefault(top, topScore);
        double threshold = lastScore / 3;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            Double parentScore = scores.get(parent);
            if (parentScore == null) {
                continue;
            }
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > lastScore) {
                top = parent;
                break;
            }
            lastScore = parentScore;
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The top candidate with those siblings that score close to it or read as prose. */
    private static Element withSiblings(Element top, Map<Element, Double> scores, TextStats stats, Document page) {
        Element article = page.createElement("div");
        Element parent = top.parent();
        double topScore = scores.getOrDefault(top, 0.0);
        if (parent == null || parent == page.body().parent()) {
            article.appendChild(top);
            return article;
        }
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> keep = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                keep.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
                    ? topScore * 0.2 : 0;
            Double score = scores.get(sibling);
            if (score != null && score + bonus >= threshold) {
                keep.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                int length = stats.length(sibling);
                double linkDensity = stats.linkDensity(sibling);
                if ((length > 80 && linkDensity < 0.25)
                        || (length > 0 && length <= 80 && linkDensity == 0 && endsSentence(sibling.text()))) {
                    keep.add(sibling);
                }
            }
        }
        for (Element e : keep) {
            article.appendChild(e);
        }
        return article;
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        return !t.isEmpty() && ".!?\"”»。".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** Removes elements whose class, id or role name page furniture (not inside tables or code). */
    private static void stripUnlikely(Element body) {
        List<Element> remove = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body || e.normalName().equals("a") || e.normalName().equals("article")
                    || e.normalName().equals("main")) {
                continue;
            }
            if (UNLIKELY_ROLES.contains(e.attr("role")) || ClassWeight.unlikely(e) && !insideTableOrCode(e)) {
                remove.add(e);
            }
        }
        remove.forEach(Node::remove);
    }

    private static boolean insideTableOrCode(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("table") || tag.equals("code")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Wraps text written straight into a block container between other blocks ({@code <div>text<br>text<div>..}) in
     * paragraphs, so that it is scored and kept like {@code <p>} text.
     */
    private static void wrapPhrasingRuns(Element body) {
        List<Element> containers = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (PHRASING_WRAPPERS.contains(e.normalName()) && hasBlockChild(e) && hasOwnText(e)) {
                containers.add(e);
            }
        }
        for (Element container : containers) {
            List<Node> run = new ArrayList<>();
            for (Node child : new ArrayList<>(container.childNodes())) {
                boolean block = child instanceof Element el && (BLOCK_CHILDREN.contains(el.normalName())
                        && !el.normalName().equals("a") || el.normalName().equals("br") && endsRun(el));
                if (block) {
                    wrap(run, container);
                    run = new ArrayList<>();
                } else {
                    run.add(child);
                }
            }
            wrap(run, container);
        }
    }

    // Two <br> in a row end a paragraph written as text.
    private static boolean endsRun(Element br) {
        Node next = br.nextSibling();
        while (next instanceof TextNode t && t.isBlank()) {
            next = next.nextSibling();
        }
        return next instanceof Element e && e.normalName().equals("br");
    }

    private static void wrap(List<Node> run, Element container) {
        boolean text = false;
        for (Node n : run) {
            if (n instanceof TextNode t ? !t.isBlank() : n instanceof Element e && e.hasText()) {
                text = true;
                break;
            }
        }
        if (!text) {
            return;
        }
        Element p = container.ownerDocument() == null ? new Element("p") : container.ownerDocument().createElement("p");
        run.get(0).before(p);
        for (Node n : run) {
            p.appendChild(n);
        }
    }

    private static boolean hasOwnText(Element e) {
        for (TextNode t : e.textNodes()) {
            if (!t.isBlank()) {
                return true;
            }
        }
        return false;
    }
}
