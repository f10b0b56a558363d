package dev.lede.view;

import org.jsoup.nodes.Entities;

/**
 * The document around views: head with the inlined style sheet, the hidden world outlines, the inlined scripts.
 * Everything is inline, so a page needs no request beyond itself; the content security policy says so to the
 * browser too.
 */
final class PageShell {
    private PageShell() {
    }

    /**
     * @param connect the origins scripts may fetch from: {@code 'none'} for a static report, {@code 'self'} for
     *                the service page
     */
    static String head(String title, String connect) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                + "script-src 'unsafe-inline'; img-src data:; connect-src " + connect + "\">\n"
                + "<title>" + Entities.escape(title) + "</title>\n"
                + "<style>\n" + ViewAssets.CSS + "</style>\n</head>\n";
    }

    static String tail(String... scripts) {
        StringBuilder html = new StringBuilder(MapSvg.worldDefinitions()).append('\n');
        for (String js : scripts) {
            html.append("<script>\n").append(ViewAssets.inlineScript(js)).append("</script>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }
}
