package dev.lede.input.html;

import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/**
 * Short lines that publishers put inside an article but that are not its text: advertisement labels, share bars,
 * "Read more" and "Related" teasers, newsletter and follow prompts. Matched on the whole (short) text of a block,
 * so a sentence of the article that happens to contain one of these words is never touched.
 */
final class Boilerplate {
    /** Blocks longer than this are article text, whatever words they start with. */
    static final int MAX_LENGTH = 120;

    /** The whole text of a furniture line (lower case, in the languages the web writes most). */
    private static final Pattern LINE = Pattern.compile(
            "(advertisement|advertising|anzeige|publicidad|publicidade|publicité|pubblicità|werbung|sponsored"
            + "|sponsored content|paid content|story continues below( advertisement)?|article continues below"
            + "|continue reading( below)?|scroll to continue.*|skip (this )?ad|ad)\\W*"
            + "|(share|share this|share this (article|story|post|page)|share on \\w+|compartir|compartilhe|partager"
            + "|teilen|condividi)\\W*.{0,60}"
            + "|(read|see|watch|listen|click|tap) (more|also|next|here|now|the full story)\\b.{0,100}"
            + "|(read|see|watch) (more|also|next)?:.{0,100}|also read\\b.{0,100}|related\\b.{0,100}|more on this\\b.{0,100}"
            + "|(leia|veja|leer|lea|lire|lesen sie|lees) (mais|também|más|também|aussi|auch|ook)\\b.{0,100}"
            + "|(sign up|subscribe|register|follow us|follow) (for|to|on|now|here)\\b.{0,100}"
            + "|(get|receive) (our|the) (\\w+ )?newsletter.{0,80}|newsletter.{0,60}"
            + "|(photo|image|picture|video|foto|bild|credit|credits|source|fuente|fonte|quelle)( credit)?:.{0,80}"
            + "|(facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|email|e-mail|print|copy link|messenger"
            + "|telegram|flipboard|tumblr|comments?|\\d+ comments?)( |\\W)*"
            + "((facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|email|e-mail|print|copy link|messenger"
            + "|telegram|flipboard|tumblr|comments?|\\d+ comments?)( |\\W)*)*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Boilerplate() {
    }

    static boolean isBoilerplate(Element block) {
        String text = block.text().strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return false;
        }
        return LINE.matcher(text).matches();
    }
}
