package dev.lede.view;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The page {@code lede serve} answers at {@code /}: a form to paste text or drop a file and pick analyzers. Its
 * script sends the article to {@code POST /v1/extract}, then the JSON to {@code POST /view/render}, and shows the
 * views that come back.
 */
public final class ViewPage {
    private static final String FORM = """
            <body class="lede-service">
            <a class="lede-skip" href="#lede-results">Skip to the results</a>
            <header class="lede-page-header"><h1>Lede</h1><p>Quotes, entities, numbers and places in a news article</p></header>
            <main>
            <form id="lede-form" class="lede-form" aria-describedby="lede-form-help">
              <p id="lede-form-help">Paste an article or drop a .txt, .html or .json file here, pick the analyzers, then Analyse.</p>
              <label for="lede-input">Article</label>
              <textarea id="lede-input" name="text" rows="10" spellcheck="false"></textarea>
              <div class="lede-form-row">
                <label for="lede-file">or a file</label>
                <input id="lede-file" type="file" accept=".txt,.html,.htm,.json,text/plain,text/html,application/json">
                <span id="lede-file-name" class="lede-meta" aria-live="polite"></span>
              </div>
              <fieldset id="lede-analyzers" class="lede-analyzers"><legend>Analyzers</legend></fieldset>
              <div class="lede-form-row">
                <button id="lede-submit" type="submit">Analyse</button>
                <span id="lede-status" class="lede-meta" role="status" aria-live="polite"></span>
              </div>
            </form>
            <section id="lede-results" aria-label="Results" tabindex="-1"></section>
            </main>
            """;

    private ViewPage() {
    }

    /** The whole page, the same for every request. */
    public static String html() {
        return PageShell.head("Lede", "'self'") + FORM + PageShell.tail(ViewAssets.VIEW_JS, ViewAssets.PAGE_JS);
    }

    /** The views of results (one per document, ids {@code v1..}): what {@code POST /view/render} answers. */
    public static String views(JsonNode resultOrArray) {
        StringBuilder html = new StringBuilder();
        if (resultOrArray.isArray()) {
            for (int i = 0; i < resultOrArray.size(); i++) {
                html.append(ArticleView.render(resultOrArray.get(i), "v" + (i + 1))).append('\n');
            }
        } else {
            html.append(ArticleView.render(resultOrArray, "v1")).append('\n');
        }
        return html.toString();
    }
}
