package dev.lede.input.html;

import dev.lede.document.Metadata;

import java.util.Objects;

/**
 * An article read from an HTML page: its main text (paragraphs separated by blank lines), what the page says
 * about it, and where the text came from.
 */
public record HtmlArticle(String text, Metadata metadata, Source source) {

    /** Which part of the page gave the text, from the most to the least explicit. */
    public enum Source {
        /** The element the page marks {@code itemprop="articleBody"}. */
        MICRODATA,
        /** The {@code articleBody} of the page's schema.org JSON-LD article. */
        JSON_LD,
        /** The container found by scoring paragraphs ({@link MainContent}). */
        EXTRACTOR,
        /** The {@code <article>}, {@code <main>} or the element with most paragraph text, or the body. */
        FALLBACK,
        /** The page has no text at all. */
        NONE
    }

    public HtmlArticle {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(source, "source");
    }
}
