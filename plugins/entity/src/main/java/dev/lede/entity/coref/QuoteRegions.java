package dev.lede.entity.coref;

/**
 * Which characters lie inside quotation marks. Pronoun resolution uses it: "he" in the narrative rarely refers
 * to a person named only inside someone's quoted words. Curly quotes open and close; straight double quotes
 * toggle; a paragraph break closes an unterminated quote.
 */
final class QuoteRegions {
    private final boolean[] inside;

    QuoteRegions(String text) {
        inside = new boolean[text.length()];
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u201C' || c == '\u00AB') {
                open = true;
            } else if (c == '\u201D' || c == '\u00BB') {
                open = false;
            } else if (c == '"') {
                open = !open;
            } else if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                open = false;
            }
            inside[i] = open;
        }
    }

    boolean inside(int offset) {
        return offset >= 0 && offset < inside.length && inside[offset];
    }
}
