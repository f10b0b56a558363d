package dev.lede.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The style sheet and scripts of the view, shipped as resources and inlined into every page. */
final class ViewAssets {
    static final String CSS = read("view.css");
    /** Interactions of rendered views: tooltips, lighting mentions, panel links, map zoom. */
    static final String VIEW_JS = read("view.js");
    /** The service page's form: paste or drop an article, pick analyzers, render the result. */
    static final String PAGE_JS = read("page.js");

    private ViewAssets() {
    }

    private static String read(String name) {
        String resource = "/dev/lede/view/" + name;
        try (InputStream in = ViewAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text for an inline {@code <script>}: "</" is written "<\/" so nothing in it can end the element early. */
    static String inlineScript(String js) {
        return js.replace("</", "<\\/");
    }
}
