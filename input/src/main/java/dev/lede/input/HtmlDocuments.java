package dev.lede.input;

import dev.lede.document.Document;
import dev.lede.document.Metadata;
import dev.lede.input.html.HtmlArticle;
import dev.lede.input.html.HtmlArticleReader;
import dev.lede.pipeline.DocumentInput;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One document from the bytes of an HTML page: decoded (UTF-8, else the charset the page or its HTTP header
 * declares), then read by {@link HtmlArticleReader}. Shared by the file, stream and web-archive readers.
 */
final class HtmlDocuments {
    private static final HtmlArticleReader ARTICLES = new HtmlArticleReader();

    private HtmlDocuments() {
    }

    /**
     * @param declared the charset an HTTP header declared, or null
     * @param pageUrl  the URL the page was fetched from, or null
     * @param extra    more metadata to add (e.g. the fetch date of an archived page), or an empty map
     */
    static DocumentInput of(byte[] bytes, int length, String id, Charset declared, String pageUrl,
                            Map<String, Object> extra) {
        DecodedText decoded = decode(bytes, length, declared);
        if (!decoded.ok()) {
            return DocumentInput.failed(id, decoded.error());
        }
        HtmlArticle article = ARTICLES.read(decoded.text(), pageUrl);
        if (article.text().isBlank()) {
            return DocumentInput.failed(id, "no text found in the HTML");
        }
        Metadata metadata = article.metadata();
        if (!extra.isEmpty()) {
            Map<String, Object> merged = new LinkedHashMap<>(metadata.extra());
            merged.putAll(extra);
            metadata = new Metadata(metadata.title(), metadata.date(), metadata.source(), metadata.url(),
                    metadata.language(), merged);
        }
        return DocumentInput.of(new Document(id, article.text(), metadata));
    }

    // UTF-8, except a page that is not valid UTF-8 and declares a legacy charset (in HTTP, else in its head).
    private static DecodedText decode(byte[] bytes, int length, Charset declared) {
        DecodedText decoded = DecodedText.decode(bytes, length, 0);
        if (!decoded.ok() && decoded.error().startsWith("invalid UTF-8")) {
            Charset legacy = declared != null && !declared.equals(StandardCharsets.UTF_8) ? declared
                    : HtmlCharset.declaredLegacy(bytes);
            if (legacy != null) {
                return DecodedText.decode(bytes, length, 0, legacy);
            }
        }
        return decoded;
    }
}
