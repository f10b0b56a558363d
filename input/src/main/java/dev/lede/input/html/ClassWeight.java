package dev.lede.input.html;

import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/**
 * What an element's class and id say about it, in the words publishers' templates use everywhere (the patterns of
 * Mozilla's Readability, Apache-2.0, extended with newsletter, share and teaser words): a content word makes it a
 * likely article container, a boilerplate word an unlikely one. Not tied to any one site's names.
 */
final class ClassWeight {
    /** Class or id words of page furniture that is never the article. */
    static final Pattern UNLIKELY = Pattern.compile("-ad-|ai2html|banner|breadcrumb|combx|comment|community"
            + "|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox"
            + "|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup"
            + "|yom-remote|newsletter|subscribe|signup|sign-up|promo|share|sharing|cookie|consent|outbrain"
            + "|taboola|recommend|trending|most-popular|mostpopular|read-more|readmore|paywall|modal|toolbar",
            Pattern.CASE_INSENSITIVE);
    /** Words that keep an element despite an {@link #UNLIKELY} word ("main-header" of "article-body"). */
    static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow|story|entry|post-text",
            Pattern.CASE_INSENSITIVE);
    static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|hentry|h-entry|main|page"
            + "|pagination|post|text|blog|story|prose|rich-text|richtext", Pattern.CASE_INSENSITIVE);
    static final Pattern NEGATIVE = Pattern.compile("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment"
            + "|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share"
            + "|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|byline|author|dateline|caption"
            + "|credit|newsletter|subscribe|teaser|recirc|more-stories|taboola|social|signup",
            Pattern.CASE_INSENSITIVE);

    private ClassWeight() {
    }

    /** -25 or +25 for each of class and id that has a boilerplate or a content word; 0 when neither. */
    static int of(Element e) {
        int weight = 0;
        String className = e.className();
        if (!className.isEmpty()) {
            if (NEGATIVE.matcher(className).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(className).find()) {
                weight += 25;
            }
        }
        String id = e.id();
        if (!id.isEmpty()) {
            if (NEGATIVE.matcher(id).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(id).find()) {
                weight += 25;
            }
        }
        return weight;
    }

    /** The class and id words of page furniture, without a content word. */
    static boolean unlikely(Element e) {
        String match = e.className() + " " + e.id();
        return match.length() > 1 && UNLIKELY.matcher(match).find() && !MAYBE.matcher(match).find();
    }
}
