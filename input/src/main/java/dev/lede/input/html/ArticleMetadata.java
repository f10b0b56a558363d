package dev.lede.input.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.document.Metadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page says about its article, from the most explicit statement to the least: schema.org JSON-LD, then
 * Open Graph and other {@code <meta>} tags, then microdata and {@code <time datetime>}, then the URL. Into
 * {@link Metadata}: the headline as {@code title}, the published date (ISO 8601) as {@code date}, the site name as
 * {@code source}, the page's URL (else its canonical URL) as {@code url}, its language; in {@code extra}:
 * {@code dateModified}, {@code authors}, {@code section}, {@code canonicalUrl}, {@code image}, {@code description}.
 */
final class ArticleMetadata {
    /** Meta names and properties of the published date, most specific first. */
    private static final List<String> PUBLISHED_META = List.of("article:published_time", "og:article:published_time",
            "og:published_time", "published_time", "datepublished", "article.published", "parsely-pub-date",
            "sailthru.date", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
            "date_published", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
            "dc.date.created", "originalpublicationdate", "article_date_original", "cxenseparse:recs:publishtime",
            "displaydate", "date", "rnews:datepublished", "og:pubdate", "pdate", "ptime");
    private static final List<String> MODIFIED_META = List.of("article:modified_time", "og:updated_time",
            "og:article:modified_time", "datemodified", "article.updated", "dc.date.modified", "dcterms.modified",
            "lastmod", "last-modified", "revision_date", "utime");
    /** A date in a URL path: /2019/11/18/, /2019-11-18-, /20191118/. */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?=[/_.-]|$)"
            + "|/((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");

    private final Document page;
    private final JsonLd jsonLd;
    private final JsonNode article;
    private final Map<String, String> meta;

    private ArticleMetadata(Document page, JsonLd jsonLd) {
        this.page = page;
        this.jsonLd = jsonLd;
        this.article = jsonLd.article();
        this.meta = metaTags(page);
    }

    /**
     * @param pageUrl the URL the page was fetched from, or null (then the canonical URL, if any, is {@code url})
     */
    static Metadata read(Document page, JsonLd jsonLd, String pageUrl) {
        return new ArticleMetadata(page, jsonLd).toMetadata(pageUrl);
    }

    private Metadata toMetadata(String pageUrl) {
        Map<String, Object> extra = new LinkedHashMap<>();
        putIfPresent(extra, "dateModified", modified());
        List<String> authors = authors();
        if (!authors.isEmpty()) {
            extra.put("authors", authors);
        }
        putIfPresent(extra, "section", section());
        String canonical = canonicalUrl();
        putIfPresent(extra, "canonicalUrl", canonical);
        putIfPresent(extra, "image", image());
        putIfPresent(extra, "description", first(meta.get("og:description"), meta.get("description"),
                jsonLd.text("description")));
        String url = pageUrl != null && !pageUrl.isBlank() ? pageUrl : canonical;
        return new Metadata(title(), published(url), siteName(), url, language(), extra);
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** Every {@code <meta>} by lower-cased name, property or itemprop, the first of each kept. */
    private static Map<String, String> metaTags(Document page) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (Element m : page.select("meta[content]")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : new String[] {m.attr("property"), m.attr("name"), m.attr("itemprop"),
                    m.attr("http-equiv")}) {
                if (!key.isBlank()) {
                    tags.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), content);
                }
            }
        }
        return tags;
    }

    private String title() {
        String headline = article == null ? null : JsonLd.textOf(article.get("headline"));
        String title = first(headline, meta.get("og:title"), meta.get("twitter:title"), page.title());
        if (title == null) {
            Element h1 = page.selectFirst("h1");
            title = h1 == null ? null : h1.text();
        }
        return clean(title);
    }

    String published(String url) {
        String fromJsonLd = IsoDate.parse(jsonLd.text("datePublished"));
        if (fromJsonLd != null) {
            return fromJsonLd;
        }
        String fromMeta = firstDate(PUBLISHED_META);
        if (fromMeta != null) {
            return fromMeta;
        }
        String fromMicrodata = dateOfElements("[itemprop=datePublished]");
        if (fromMicrodata != null) {
            return fromMicrodata;
        }
        String fromParsely = parselyDate();
        if (fromParsely != null) {
            return fromParsely;
        }
        String fromTime = dateOfElements("time[pubdate], article time[datetime], main time[datetime], time[datetime]");
        if (fromTime != null) {
            return fromTime;
        }
        String fromUrl = urlDate(url);
        return fromUrl != null ? fromUrl : urlDate(canonicalUrl());
    }

    private String modified() {
        String fromJsonLd = IsoDate.parse(jsonLd.text("dateModified"));
        if (fromJsonLd != null) {
            return fromJsonLd;
        }
        String fromMeta = firstDate(MODIFIED_META);
        return fromMeta != null ? fromMeta : dateOfElements("[itemprop=dateModified]");
    }

    private String firstDate(List<String> keys) {
        for (String key : keys) {
            String date = IsoDate.parse(meta.get(key));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private String dateOfElements(String selector) {
        for (Element e : page.select(selector)) {
            for (String value : new String[] {e.attr("datetime"), e.attr("content"), e.text()}) {
                String date = IsoDate.parse(value);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    // Parse.ly's page description: <meta name="parsely-page" content='{"pub_date": "..."}'>.
    private String parselyDate() {
        String json = meta.get("parsely-page");
        if (json == null) {
            return null;
        }
        Matcher m = Pattern.compile("\"pub_date\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        return m.find() ? IsoDate.parse(m.group(1)) : null;
    }

    static String urlDate(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? IsoDate.parse(String.format(Locale.ROOT, "%s-%02d-%02d", m.group(1),
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))))
                : IsoDate.parse(m.group(4) + "-" + m.group(5) + "-" + m.group(6));
    }

    private List<String> authors() {
        Set<String> names = new LinkedHashSet<>();
        if (article != null) {
            addNames(article.get("author"), names);
        }
        if (names.isEmpty()) {
            for (String key : new String[] {"author", "article:author", "parsely-author", "sailthru.author",
                    "dc.creator", "byl"}) {
                String value = meta.get(key);
                if (value != null && !value.startsWith("http")) {
                    names.add(clean(value.replaceFirst("(?i)^by\\s+", "")));
                }
            }
        }
        if (names.isEmpty()) {
            for (Element e : page.select("[itemprop=author] [itemprop=name], [itemprop=author]:not(:has([itemprop=name])), a[rel=author]")) {
                String name = clean(e.hasAttr("content") ? e.attr("content") : e.text());
                if (name != null && name.length() < 80) {
                    names.add(name.replaceFirst("(?i)^by\\s+", ""));
                }
            }
        }
        names.remove(null);
        names.removeIf(String::isBlank);
        return new ArrayList<>(names);
    }

    private static void addNames(JsonNode node, Set<String> names) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> addNames(n, names));
        } else if (node.isObject()) {
            String name = JsonLd.textOf(node.get("name"));
            if (name != null) {
                names.add(clean(name));
            }
        } else if (node.isTextual() && !node.asText().startsWith("http")) {
            names.add(clean(node.asText()));
        }
    }

    private String siteName() {
        String publisher = null;
        if (article != null && article.get("publisher") != null) {
            publisher = JsonLd.textOf(article.get("publisher").get("name"));
        }
        return clean(first(meta.get("og:site_name"), publisher, meta.get("application-name")));
    }

    private String section() {
        String fromJsonLd = article == null ? null : JsonLd.textOf(article.get("articleSection"));
        return clean(first(meta.get("article:section"), fromJsonLd, meta.get("parsely-section"),
                meta.get("section")));
    }

    private String language() {
        Element html = page.selectFirst("html[lang]");
        String lang = first(html == null ? null : html.attr("lang"), meta.get("content-language"),
                jsonLd.text("inLanguage"), meta.get("og:locale"));
        if (lang == null) {
            return null;
        }
        lang = lang.strip().replace('_', '-');
        return lang.matches("(?i)[a-z]{2,3}(-[a-z0-9]{2,8})*") ? lang : null;
    }

    private String canonicalUrl() {
        Element link = page.selectFirst("link[rel=canonical][href]");
        String href = link == null ? null : link.absUrl("href");
        if (href == null || href.isEmpty()) {
            href = link == null ? null : link.attr("href");
        }
        return clean(first(href, meta.get("og:url")));
    }

    private String image() {
        String fromJsonLd = null;
        if (article != null) {
            JsonNode image = article.get("image");
            if (image != null && image.isArray() && !image.isEmpty()) {
                image = image.get(0);
            }
            fromJsonLd = image == null ? null : image.isObject() ? JsonLd.textOf(image.get("url")) : JsonLd.textOf(image);
        }
        return clean(first(meta.get("og:image"), meta.get("twitter:image"), fromJsonLd));
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }
}
