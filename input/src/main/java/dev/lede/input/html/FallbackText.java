package dev.lede.input.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The last resort when scoring finds no article: the {@code <article>} with most text, else {@code <main>}, else
 * the element holding most paragraph text when it holds at least half of it, else the whole body.
 */
final class FallbackText {
    /** Share of all paragraph text the best paragraph container must hold to be taken as the main text. */
    private static final double MAIN_BLOCK_SHARE = 0.5;

    private FallbackText() {
    }

    static Element mainElement(Document page) {
        Element body = page.body();
        TextStats stats = TextStats.of(body);
        Element best = null;
        for (Element article : page.select("article")) {
            if (best == null || stats.length(article) > stats.length(best)) {
                best = article;
            }
        }
        if (best != null && stats.length(best) > 0) {
            return best;
        }
        Element main = page.selectFirst("main, [role=main]");
        if (main != null && stats.length(main) > 0) {
            return main;
        }
        Map<Element, Integer> paragraphText = new IdentityHashMap<>();
        int total = 0;
        for (Element p : body.select("p")) {
            int length = stats.length(p);
            total += length;
            if (p.parent() != null) {
                paragraphText.merge(p.parent(), length, Integer::sum);
            }
        }
        Element container = null;
        int containerLength = 0;
        for (Map.Entry<Element, Integer> e : paragraphText.entrySet()) {
            if (e.getValue() > containerLength) {
                container = e.getKey();
                containerLength = e.getValue();
            }
        }
        return container != null && containerLength >= total * MAIN_BLOCK_SHARE ? container : body;
    }
}
