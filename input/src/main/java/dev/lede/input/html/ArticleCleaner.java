package dev.lede.input.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops what sits inside an article's container but is not its text: the headline (it is metadata), captions and
 * credits, share bars, "Read more" teasers, lists of links, newsletter boxes, blocks that are mostly links or
 * images; keeps headings and block quotes. The conditional checks are Readability's, with this project's limits.
 */
final class ArticleCleaner {
    private static final Set<String> CONDITIONAL = Set.of("form", "fieldset", "table", "ul", "ol", "div", "section",
            "aside", "figure");

    private ArticleCleaner() {
    }

    static void clean(Element article, MainContent.Attempt attempt) {
        removeAll(article.select("h1, figcaption, caption:not(table > caption), .caption, [class*=credit]"));
        removeBoilerplateBlocks(article);
        if (attempt.cleanConditionally()) {
            cleanConditionally(article, attempt);
        }
        cleanHeadings(article, attempt);
    }

    private static void removeAll(List<Element> elements) {
        elements.forEach(Node::remove);
    }

    /** Short blocks whose text is a known boilerplate line (share, advertisement, read more, newsletter). */
    private static void removeBoilerplateBlocks(Element article) {
        TextStats stats = TextStats.of(article);
        List<Element> remove = new ArrayList<>();
        for (Element e : article.getAllElements()) {
            if (e == article || !BlockText.BLOCKS.contains(e.normalName()) && !e.normalName().equals("span")) {
                continue;
            }
            if (stats.length(e) <= Boilerplate.MAX_LENGTH && Boilerplate.isBoilerplate(e)) {
                remove.add(e);
            }
        }
        removeAll(remove);
    }

    private static void cleanHeadings(Element article, MainContent.Attempt attempt) {
        TextStats stats = TextStats.of(article);
        List<Element> remove = new ArrayList<>();
        for (Element h : article.select("h2, h3, h4, h5, h6")) {
            if ((attempt.weighClasses() && ClassWeight.of(h) < 0) || stats.linkDensity(h) > 0.33) {
                remove.add(h);
            }
        }
        removeAll(remove);
    }

    /** Readability's "clean conditionally": containers that look like furniture by what they hold. */
    private static void cleanConditionally(Element article, MainContent.Attempt attempt) {
        TextStats stats = TextStats.of(article);
        // deepest first, removed at once, so that a container is judged without the furniture it held
        List<Element> all = article.getAllElements();
        for (int i = all.size() - 1; i > 0; i--) {
            Element e = all.get(i);
            if (CONDITIONAL.contains(e.normalName()) && furnitureReason(e, stats, attempt) != null) {
                stats.remove(e);
            }
        }
    }

    static String furnitureReason(Element e, TextStats stats, MainContent.Attempt attempt) {
        String tag = e.normalName();
        if (tag.equals("table") && isDataTable(e)) {
            return null;
        }
        if (hasAncestor(e, "code") || hasAncestor(e, "pre")) {
            return null;
        }
        int weight = attempt.weighClasses() ? ClassWeight.of(e) : 0;
        if (weight < 0 && stats.length(e) < 1000) {
            return "negative class";
        }
        if (stats.commas(e) >= 10) {
            return null;
        }
        boolean list = tag.equals("ul") || tag.equals("ol");
        int p = stats.count(e, "p");
        int img = stats.count(e, "img");
        int li = stats.count(e, "li") - 100;
        int input = stats.count(e, "input");
        int embeds = stats.count(e, "embed", "object", "iframe", "video");
        int length = stats.length(e);
        double linkDensity = stats.linkDensity(e);
        boolean inFigure = hasAncestor(e, "figure");
        if (img > 1 && (double) p / img < 0.5 && !inFigure) {
            return "images";
        }
        if (!list && li > p) {
            return "list items";
        }
        if (input > p / 3) {
            return "inputs";
        }
        if (!list && length < 25 && (img == 0 || img > 2) && !inFigure && stats.count(e, "h2", "h3", "h4", "h5", "h6") == 0) {
            return "empty";
        }
        if (!list && weight < 25 && linkDensity > 0.2) {
            return "links";
        }
        if (weight >= 25 && linkDensity > 0.5) {
            return "links in content";
        }
        if (list && linkDensity > 0.5) {
            return "link list";
        }
        return (embeds == 1 && length < 75) || embeds > 1 ? "embeds" : null;
    }

    /** A table of data rather than of layout: a caption, header cells, or several rows and columns of text. */
    private static boolean isDataTable(Element table) {
        if (table.attr("role").equals("presentation")) {
            return false;
        }
        if (!table.select("> caption, th, thead").isEmpty()) {
            return true;
        }
        if (!table.select("table table").isEmpty()) {
            return false;
        }
        int rows = table.select("tr").size();
        int cells = table.select("td").size();
        return rows >= 3 && cells >= rows * 2 || rows * 2 + cells > 10 && rows > 1;
    }

    private static boolean hasAncestor(Element e, String tag) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
