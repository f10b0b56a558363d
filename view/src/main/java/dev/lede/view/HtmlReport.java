package dev.lede.view;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch of results as one self-contained static HTML file ({@code lede extract --format html}): an index of
 * the articles with their counts per layer, then one view each. Styles, scripts and the world outlines are
 * inlined, so the file opens anywhere with no network; without scripts it still shows every highlight, panel and
 * pin, with the details as native tooltips.
 *
 * <p>Views are rendered as results are added and kept as HTML until {@link #close()}, since the index comes first.
 */
public final class HtmlReport implements AutoCloseable {
    private final Writer out;
    private final List<String> views = new ArrayList<>();
    private final Element index = Markup.element("ol");

    /** @param out receives the document on {@link #close()}; it is flushed, not closed */
    public HtmlReport(Writer out) {
        this.out = out;
    }

    /** Renders one schema-1 result (with its text). */
    public void add(JsonNode result) {
        String viewId = "v" + (views.size() + 1);
        views.add(ArticleView.render(result, viewId));
        Element item = index.appendElement("li");
        item.appendElement("a").attr("href", "#" + viewId).text(ArticleView.title(result));
        StringBuilder counts = new StringBuilder();
        for (Layer layer : Layer.values()) {
            if (result.has(layer.field())) {
                counts.append(counts.isEmpty() ? "" : " · ").append(ArticleView.count(result, layer)).append(' ')
                        .append(layer.field());
            }
        }
        if (!result.path("errors").isEmpty()) {
            counts.append(counts.isEmpty() ? "" : " · ").append(Describe.plural(result.path("errors").size(), "error"));
        }
        item.appendElement("span").attr("class", "lede-meta").text(" " + counts);
    }

    /** Writes the whole document. */
    @Override
    public void close() {
        try {
            out.write(PageShell.head("Lede report", "'none'"));
            out.write("<body class=\"lede-report\">\n<a class=\"lede-skip\" href=\"#lede-main\">Skip to the articles</a>\n");
            out.write("<header class=\"lede-page-header\"><h1>Lede report</h1><p>" + Describe.plural(views.size(), "article")
                    + "</p></header>\n");
            out.write("<nav class=\"lede-index\" aria-label=\"Articles\">" + Markup.html(index) + "</nav>\n");
            out.write("<main id=\"lede-main\">\n");
            for (String view : views) {
                out.write(view);
                out.write('\n');
            }
            out.write("</main>\n");
            out.write(PageShell.tail(ViewAssets.VIEW_JS));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
