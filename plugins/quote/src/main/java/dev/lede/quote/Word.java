package dev.lede.quote;

/**
 * A word or punctuation mark of a sentence, as the quote grammar sees it: {@code lower} is the lower-cased text
 * with straight apostrophes ("didn't" for "didn\u2019t"), an abbreviation's full stop kept ("mr.", "u.s.").
 */
record Word(int start, int end, String text, String lower) {

    boolean isPunct() {
        return !Character.isLetterOrDigit(text.charAt(0));
    }

    boolean is(String lowerText) {
        return lower.equals(lowerText);
    }

    boolean isCapitalised() {
        return Character.isUpperCase(text.charAt(0));
    }
}
