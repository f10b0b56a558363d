package dev.lede.input.html;

import dev.lede.document.Metadata;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlArticleReaderTest {
    private final HtmlArticleReader reader = new HtmlArticleReader();

    /** A paragraph of about 200 characters with commas, as article prose has. */
    private static String prose(String topic) {
        return "The " + topic + " was discussed at length on Tuesday, when members of the council, the mayor and "
                + "several residents met in the town hall, and the debate, which lasted four hours, ended with a vote.";
    }

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=utf-8>" + head + "</head><body>"
                + "<header><a href=/>Home</a> <a href=/news>News</a> <a href=/sport>Sport</a></header>"
                + "<nav><ul><li><a href=/a>World</a></li><li><a href=/b>Business</a></li></ul></nav>"
                + body
                + "<div class=sidebar><h3>Most read</h3><ul><li><a href=/x>Another story entirely, with commas, "
                + "and more words</a></li><li><a href=/y>Yet another story, also linked</a></li></ul></div>"
                + "<footer>Copyright 2026 The Valley Gazette. All rights reserved.</footer></body></html>";
    }

    @Test
    void theArticleIsFoundAmongMenusAndSidebarsWithHeadingsAndQuotesKept() {
        String html = page("", "<div class=main><article><h1>Budget passes</h1>"
                + "<p>" + prose("budget") + "</p><h2>What happens next</h2><p>" + prose("tax rate") + "</p>"
                + "<blockquote>We have waited, argued, and finally agreed, said the mayor.</blockquote>"
                + "<p>" + prose("school plan") + "</p></article></div>");
        HtmlArticle article = reader.read(html, null);
        assertEquals(HtmlArticle.Source.EXTRACTOR, article.source());
        assertEquals(prose("budget") + "\n\nWhat happens next\n\n" + prose("tax rate")
                + "\n\nWe have waited, argued, and finally agreed, said the mayor.\n\n" + prose("school plan"),
                article.text());
    }

    @Test
    void boilerplateInsideTheArticleIsDropped() {
        String html = page("", "<article>"
                + "<div class=share-bar><a href=#>Facebook</a> <a href=#>Twitter</a> <a href=#>Email</a></div>"
                + "<p>" + prose("bridge") + "</p>"
                + "<figure><img src=a.jpg><figcaption>The bridge at dawn. Photo: J. Smith</figcaption></figure>"
                + "<p>Advertisement</p>"
                + "<p>" + prose("road") + "</p>"
                + "<p><strong>Read more:</strong> <a href=/z>Council votes on the ferry</a></p>"
                + "<div class=newsletter-signup><p>Get our morning newsletter in your inbox every day, free.</p></div>"
                + "<p>" + prose("ferry") + "</p></article>");
        HtmlArticle article = reader.read(html, null);
        assertEquals(prose("bridge") + "\n\n" + prose("road") + "\n\n" + prose("ferry"), article.text());
    }

    @Test
    void theElementMarkedArticleBodyComesFirst() {
        String html = page("", "<div class=story><p>" + prose("harbour") + "</p>"
                + "<div itemprop=articleBody><p>" + prose("lighthouse") + "</p><p>" + prose("pier") + "</p></div>"
                + "</div>");
        HtmlArticle article = reader.read(html, null);
        assertEquals(HtmlArticle.Source.MICRODATA, article.source());
        assertEquals(prose("lighthouse") + "\n\n" + prose("pier"), article.text());
    }

    @Test
    void theJsonLdBodyIsTakenWhenThePageShowsLessThanItStates() {
        String body = prose("orchard") + "\n\n" + prose("harvest") + "\n\n" + prose("cider press");
        String head = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"NewsArticle\",\"headline\":\"Orchard\",\"articleBody\":"
                + com.fasterxml.jackson.databind.node.TextNode.valueOf(body) + "}</script>";
        HtmlArticle stated = reader.read(page(head, "<div><p>Loading the story, please wait.</p></div>"), null);
        assertEquals(HtmlArticle.Source.JSON_LD, stated.source());
        assertEquals(body, stated.text());

        HtmlArticle shown = reader.read(page(head, "<article><p>" + prose("orchard") + "</p><p>" + prose("harvest")
                + "</p><p>" + prose("cider press") + "</p></article>"), null);
        assertEquals(HtmlArticle.Source.EXTRACTOR, shown.source(), "the page's own paragraphs win when complete");
    }

    @Test
    void aPageWithOnlyShortTextStillGivesItsText() {
        HtmlArticle article = reader.read("<html><body><div><p>Short note.</p><p>Another line.</p></div></body></html>",
                null);
        assertFalse(article.text().isBlank());
        assertTrue(article.text().contains("Short note."), article.text());
    }

    @Test
    void aPageWithoutTextSaysSo() {
        HtmlArticle article = reader.read("<html><head><title>T</title></head><body><script>x()</script></body></html>",
                null);
        assertEquals("", article.text());
        assertEquals(HtmlArticle.Source.NONE, article.source());
    }

    @Test
    void metadataComesFromJsonLdFirst() {
        String head = "<title>Orchard opens | Valley Gazette</title>"
                + "<meta property=\"og:title\" content=\"Orchard opens (OG)\">"
                + "<meta property=\"og:site_name\" content=\"Valley Gazette\">"
                + "<meta property=\"article:published_time\" content=\"2026-01-02T03:04:05+01:00\">"
                + "<meta property=\"article:section\" content=\"Local\">"
                + "<meta property=\"og:image\" content=\"https://gazette.example/o.jpg\">"
                + "<link rel=canonical href=\"/2026/05/06/orchard-opens\">"
                + "<script type=\"application/ld+json\">[{\"@type\":\"WebSite\",\"name\":\"VG\"},{\"@graph\":[{"
                + "\"@type\":[\"NewsArticle\"],\"headline\":\"Orchard opens\",\"datePublished\":\"2026-05-06T07:08:09Z\","
                + "\"dateModified\":\"2026-05-07 10:00:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Ortiz\"},"
                + "{\"@type\":\"Person\",\"name\":\"Bo Lind\"}]}]}]</script>";
        Metadata m = reader.read(page(head, "<article><p>" + prose("orchard") + "</p></article>"),
                "https://gazette.example/news/orchard").metadata();
        assertEquals("Orchard opens", m.title());
        assertEquals("2026-05-06T07:08:09Z", m.date());
        assertEquals("Valley Gazette", m.source());
        assertEquals("https://gazette.example/news/orchard", m.url());
        assertEquals("en-GB", m.language());
        assertEquals("2026-05-07T10:00:00", m.extra().get("dateModified"));
        assertEquals(List.of("Ana Ortiz", "Bo Lind"), m.extra().get("authors"));
        assertEquals("Local", m.extra().get("section"));
        assertEquals("https://gazette.example/2026/05/06/orchard-opens", m.extra().get("canonicalUrl"));
        assertEquals("https://gazette.example/o.jpg", m.extra().get("image"));
    }

    @Test
    void thePublishedDateFallsBackToMetaTagsTimeElementsAndTheUrl() {
        String body = "<article><p>" + prose("orchard") + "</p></article>";
        assertEquals("2026-01-02T03:04:05+01:00", reader.read(page(
                "<meta property=\"article:published_time\" content=\"2026-01-02T03:04:05+0100\">", body), null)
                .metadata().date());
        assertEquals("2025-12-24", reader.read(page("", "<article><time datetime=\"2025-12-24\">Christmas Eve</time><p>"
                + prose("orchard") + "</p></article>"), null).metadata().date());
        assertEquals("2024-02-29", reader.read(page("", body), "https://gazette.example/2024/02/29/leap-day")
                .metadata().date());
        Metadata none = reader.read(page("", body), "https://gazette.example/news/orchard").metadata();
        assertNull(none.date());
        assertNull(none.title());
        assertEquals("https://gazette.example/news/orchard", none.url());
    }

    @Test
    void eachSourceCanBeSwitchedOff() {
        String html = page("", "<div class=story><div itemprop=articleBody><p>" + prose("lighthouse") + "</p></div>"
                + "<p>" + prose("pier") + "</p><p>" + prose("jetty") + "</p></div>");
        HtmlArticle withoutMicrodata = new HtmlArticleReader(new HtmlArticleReader.Sources(false, true, true))
                .read(html, null);
        assertEquals(HtmlArticle.Source.EXTRACTOR, withoutMicrodata.source());
        HtmlArticle fallbackOnly = new HtmlArticleReader(new HtmlArticleReader.Sources(false, false, false))
                .read(html, null);
        assertEquals(HtmlArticle.Source.FALLBACK, fallbackOnly.source());
        assertTrue(fallbackOnly.text().contains(prose("pier")), fallbackOnly.text());
    }
}
