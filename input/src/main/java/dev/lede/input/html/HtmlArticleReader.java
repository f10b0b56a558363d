package dev.lede.input.html;

import dev.lede.document.Metadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article from an HTML page: its metadata ({@link ArticleMetadata}) and its main text, taken from what
 * the page states first (the {@code itemprop="articleBody"} element, then the JSON-LD {@code articleBody}), else
 * from the container that scoring finds ({@link MainContent}), else from the page's {@code <article>},
 * {@code <main>} or body. Boilerplate inside the article (share bars, teasers, captions, newsletter boxes) is
 * dropped; headings and block quotes stay. A page with any visible text never yields an empty text.
 * Thread-safe and stateless.
 */
public final class HtmlArticleReader {

    /** Which sources of text are used: each is named and can be switched off to measure what it adds. */
    public record Sources(boolean microdata, boolean jsonLd, boolean extractor) {
        public static final Sources ALL = new Sources(true, true, true);
    }

    /** Below this share of the JSON-LD body's words, the scored container is taken to have missed the article. */
    private static final double MIN_SHARE_OF_STATED_BODY = 0.6;

    private final Sources sources;

    public HtmlArticleReader() {
        this(Sources.ALL);
    }

    public HtmlArticleReader(Sources sources) {
        this.sources = sources;
    }

    /**
     * @param html    the page
     * @param pageUrl the URL it was fetched from (resolves relative links, and becomes {@code metadata.url}), or null
     */
    public HtmlArticle read(String html, String pageUrl) {
        Document page = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
        JsonLd jsonLd = JsonLd.of(page);
        Metadata metadata = ArticleMetadata.read(page, jsonLd, pageUrl);
        PageCleaner.clean(page);
        if (sources.microdata()) {
            Element stated = StatedBody.microdata(page);
            if (stated != null) {
                Element copy = stated.clone();
                ArticleCleaner.clean(copy, MainContent.ATTEMPTS.get(0));
                String text = BlockText.of(copy);
                if (text.length() >= StatedBody.MIN_LENGTH) {
                    return new HtmlArticle(text, metadata, HtmlArticle.Source.MICRODATA);
                }
            }
        }
        String statedJsonLd = sources.jsonLd() ? StatedBody.jsonLd(jsonLd) : null;
        if (sources.extractor()) {
            Element article = MainContent.find(page);
            String text = article == null ? "" : BlockText.of(article);
            // The JSON-LD body is often cut short or stripped of its subheadings, so the page's own text wins; the
            // stated body is taken only when scoring found clearly less than the page says its article holds.
            if (!text.isBlank() && (statedJsonLd == null
                    || words(text) >= MIN_SHARE_OF_STATED_BODY * words(statedJsonLd))) {
                return new HtmlArticle(text, metadata, HtmlArticle.Source.EXTRACTOR);
            }
        }
        if (statedJsonLd != null) {
            return new HtmlArticle(statedJsonLd, metadata, HtmlArticle.Source.JSON_LD);
        }
        String text = BlockText.of(FallbackText.mainElement(page));
        if (text.isBlank()) {
            text = BlockText.of(page.body());
        }
        return new HtmlArticle(text, metadata, text.isBlank() ? HtmlArticle.Source.NONE : HtmlArticle.Source.FALLBACK);
    }

    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
