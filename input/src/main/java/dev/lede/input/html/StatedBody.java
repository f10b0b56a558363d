package dev.lede.input.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The article body a page states about itself: the element marked {@code itemprop="articleBody"} (microdata), or
 * the {@code articleBody} of its schema.org JSON-LD article (plain text, or HTML that some publishers put there).
 */
final class StatedBody {
    /** A stated body shorter than this is a teaser or a description, not the article. */
    static final int MIN_LENGTH = 200;

    private StatedBody() {
    }

    /** The largest element marked {@code itemprop=articleBody} with at least {@link #MIN_LENGTH} characters, or null. */
    static Element microdata(Document page) {
        Element best = null;
        int bestLength = MIN_LENGTH - 1;
        for (Element e : page.select("[itemprop~=(?i)^articleBody$]")) {
            int length = TextStats.of(e).length(e);
            if (length > bestLength) {
                best = e;
                bestLength = length;
            }
        }
        return best;
    }

    /** The JSON-LD article body as text with paragraph breaks, or null when absent or shorter than {@link #MIN_LENGTH}. */
    static String jsonLd(JsonLd jsonLd) {
        String body = jsonLd.text("articleBody");
        if (body == null || body.length() < MIN_LENGTH) {
            return null;
        }
        if (body.indexOf('<') >= 0 && body.indexOf('>') > body.indexOf('<')) {
            Document fragment = Jsoup.parseBodyFragment(body);
            body = BlockText.of(fragment.body());
        } else {
            body = Parser.unescapeEntities(body, false); // some publishers escape their JSON-LD text twice
            body = body.replaceAll("[ \\t\\u00A0]*\\r?\\n[ \\t\\u00A0]*(\\r?\\n[ \\t\\u00A0]*)+", "\n\n")
                    .replaceAll("[ \\t]+", " ").strip();
        }
        return body.length() < MIN_LENGTH ? null : body;
    }
}
