package dev.lede.number;

import dev.lede.annotation.NumberType;

import java.util.List;
import java.util.Set;

/**
 * Numbers that are not quantities: years, dates and date parts, times, identifiers glued to letters, ranks and
 * labels ("No. 2"), numbers inside names ("Apollo 11", "the Second World War"), pronoun "one", links in URLs.
 */
final class QuantityFilter {
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");
    /** Words after which a lone "one" is a pronoun ("the one", "which one"). */
    private static final Set<String> ONE_AS_PRONOUN = Set.of("the", "which", "this", "that", "each", "every",
            "any", "no", "another", "a", "an", "last", "next", "first", "current", "previous", "only", "little", "same",
            "other", "new", "old", "right", "wrong", "big", "young", "someone", "everyone", "anyone", "such", "one", "but",
            "number", "loved");
    private static final Set<String> PRONOUNS = Set.of("i", "we", "you", "they", "he", "she");

    private static final Set<String> TIME_ZONES = Set.of("GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST",
            "PDT", "CET", "CEST", "BST", "IST", "ET", "PT", "JST", "AEST", "AEDT", "MSK", "EET", "EEST", "WIB", "HKT", "SGT");
    private static final Set<String> STREET_WORDS = Set.of("street", "st", "avenue", "ave", "road", "rd", "boulevard",
            "blvd", "lane", "ln", "drive", "dr", "place", "way", "court", "square", "terrace", "highway", "strasse");

    private final Qualifiers qualifiers = Qualifiers.get();
    private final NumberWords words = NumberWords.get();

    boolean isQuantity(String text, List<Lexeme> lx, Expression ex) {
        if (ex.type == null) {
            return false; // a time of day
        }
        if (!Double.isFinite(ex.isRange() ? ex.low + ex.high : ex.value)) {
            return false; // 1e999: nothing a database can store
        }
        Numeral num = ex.numeral;
        int f = num.from();
        Lexeme before = f > 0 ? lx.get(f - 1) : null;
        // a counted noun does not make a date, a pronoun or a name's number a quantity ("9/11 victims", "no one else")
        boolean plain = (!ex.hasUnit() || ex.type == NumberType.COUNT) && Double.isNaN(ex.low);
        // glued to letters or to a hyphenated name: LGA1156, COVID-19, F-35
        if (before != null && num.plainInteger() != null || before != null && !num.spelled()) {
            if (before.isWord() && lx.get(f).glued() && !ex.money && !isSignWord(before)) {
                return false;
            }
            if ((before.is('+') || before.is('/')) && lx.get(f).glued() && f - 2 >= 0 && before.glued()
                    && (lx.get(f - 2).isWord() || lx.get(f - 2).isDigits()) && ex.from == f) {
                return false; // J1149.5+6663, A/123
            }
            if ((before.is('-') || before.is('#')) && lx.get(f).glued() && f - 2 >= 0 && lx.get(f - 2).isWord()
                    && before.glued() && !ex.money && ex.from == f) {
                return false;
            }
        }
        if (plain && before != null && (before.is('.') && f >= 2 && lx.get(f - 2).lower().equals("no")
                || before.lower().equals("number") || before.is('#'))) {
            return false; // "No. 2", "number 3", "#1": ranks and labels
        }
        if (before != null && (before.is('\'') || before.is('’')) && lx.get(f).glued() && before.gap() > 0
                && num.plainInteger() != null && num.plainInteger().length() == 2) {
            return false; // '15, '90s: a year written short
        }
        if (plain && num.to() < lx.size() && TIME_ZONES.contains(lx.get(num.to()).text())) {
            return false; // "0040 GMT"
        }
        if (plain && isStreetAddress(lx, num.to())) {
            return false; // "10 Downing Street", "131 West 23rd Street"
        }
        if (num.bareFraction() && plain && ex.approx == null) {
            return false; // "half of them", "the third quarter"
        }
        if ((plain || ex.type == NumberType.ORDINAL) && (isDate(lx, f, num.to()) || isDateContinuation(lx, f))) {
            return false; // dates: April 15, 15 April, Jan. 1, 15th of April, April 7/8, April 3 and 6
        }
        if ((plain || ex.type == NumberType.COUNT) && isYear(num, ex) && ex.approx == null) {
            return false; // years: "in 2025", and "2015 pilgrims" in a dateline
        }
        if (plain || ex.type == NumberType.ORDINAL || ex.type == NumberType.COUNT) {
            // names: Apollo 11, Article 5, Fortune 500 companies, the Second World War
            if (before != null && before.isCapitalized() && !isSentenceStart(lx, f - 1) && !MONTHS.contains(before.lower())
                    && qualifiers.before(lx, f, f - 1) == null && !(ex.type == NumberType.ORDINAL && !num.spelled())
                    && ex.approx == null) {
                return false;
            }
            if (ex.type == NumberType.ORDINAL && num.spelled() && lx.get(f).isCapitalized() && !isSentenceStart(lx, f)) {
                return false;
            }
        }
        // spelled numbers in capitals inside a sentence belong to names and titles: "Three Mile Island",
        // "Anne of a Thousand Days", "the Big Four"
        if (num.spelled() && ex.approx == null && !ex.money && capitalizedWords(lx, num)
                && !isSentenceStart(lx, firstWord(lx, num))) {
            return false;
        }
        if (plain && num.spelled() && isHyphenCompound(lx, f, num.to())) {
            return false; // "one-sided", "a two-way race", "hole-in-one"
        }
        if (plain && num.plainInteger() == null && num.to() - f == 3 && lx.get(f + 1).is('/') && isDateFraction(lx, f)) {
            return false; // 9/11, 4/15
        }
        if (plain && before != null && before.is('=') || plain && f >= 2 && (before.is('"') || before.is('\''))
                && lx.get(f - 2).is('=')) {
            return false; // an attribute value in markup: timestamp="1474387200"
        }
        if (plain && num.approximate() && num.to() - f == 1 && !(num.to() < lx.size() && lx.get(num.to()).lower().equals("of"))) {
            return false; // "the couple's consent"
        }
        if (plain && num.spelled() && num.to() - f == 1) {
            String w = lx.get(f).lower();
            if (w.equals("one") && num.to() < lx.size() && lx.get(num.to()).lower().equals("of")) {
                return false; // "one of the largest": not a count
            }
            if (w.equals("one")) {
                // "only one" is a pronoun alone, a count before its noun ("only one injured hiker")
                boolean countedAfterOnly = ex.type == NumberType.COUNT && before != null && before.lower().equals("only");
                if (before != null && ONE_AS_PRONOUN.contains(before.lower()) && !countedAfterOnly) {
                    return false;
                }
                if (num.to() < lx.size() && (lx.get(num.to()).lower().equals("another") || lx.get(num.to()).is('\''))) {
                    return false;
                }
            }
        }
        if (ex.type == NumberType.ORDINAL && num.to() + 1 < lx.size() && lx.get(num.to()).lower().equals("to")
                && lx.get(num.to() + 1).lower().equals("last")) {
            return false; // "the second to last"
        }
        if (ex.type == NumberType.ORDINAL && num.spelled() && lx.get(f).lower().equals("second")
                && before != null && PRONOUNS.contains(before.lower())) {
            return false; // "I second that"
        }
        return !insideUrl(text, lx.get(f).start());
    }

    private boolean isHyphenCompound(List<Lexeme> lx, int f, int to) {
        boolean after = to + 1 < lx.size() && lx.get(to).is('-') && lx.get(to).glued() && lx.get(to + 1).glued()
                && lx.get(to + 1).isWord() && !words.contains(lx.get(to + 1).lower());
        boolean before = f >= 2 && lx.get(f - 1).is('-') && lx.get(f).glued() && lx.get(f - 1).glued()
                && lx.get(f - 2).isWord();
        return after || before;
    }

    private static boolean isDateFraction(List<Lexeme> lx, int f) {
        int a = Integer.parseInt(lx.get(f).text().length() > 4 ? "99" : lx.get(f).text());
        String d = lx.get(f + 2).text();
        int b = Integer.parseInt(d.length() > 4 ? "99" : d);
        return a >= 1 && a <= 12 && b >= 11 && b <= 31 && lx.get(f + 1).glued() && lx.get(f + 2).glued();
    }

    private static int firstWord(List<Lexeme> lx, Numeral num) {
        String w = lx.get(num.from()).lower();
        return (w.equals("a") || w.equals("an")) && num.to() > num.from() + 1 ? num.from() + 1 : num.from();
    }

    private static boolean capitalizedWords(List<Lexeme> lx, Numeral num) {
        int k = firstWord(lx, num);
        Lexeme l = lx.get(k);
        return l.isWord() && Character.isUpperCase(l.text().charAt(0));
    }

    private static boolean isStreetAddress(List<Lexeme> lx, int after) {
        if (after >= lx.size() || !lx.get(after).isCapitalized()) {
            return false;
        }
        for (int k = after; k < Math.min(lx.size(), after + 4); k++) {
            if (STREET_WORDS.contains(lx.get(k).lower()) && lx.get(k).isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSignWord(Lexeme l) {
        return l.lower().equals("minus") || l.lower().equals("negative");
    }

    static boolean isYear(Numeral num, Expression ex) {
        String d = num.plainInteger();
        if (d == null || d.length() != 4 || ex.value != num.value()) {
            return false;
        }
        int y = Integer.parseInt(d);
        return y >= 1100 && y <= 2100;
    }

    private static boolean isDate(List<Lexeme> lx, int f, int to) {
        if (f > 0 && MONTHS.contains(lx.get(f - 1).lower()) && isMonthWord(lx.get(f - 1))) {
            return true;
        }
        if (f > 1 && lx.get(f - 1).is('.') && MONTHS.contains(lx.get(f - 2).lower()) && isMonthWord(lx.get(f - 2))) {
            return true;
        }
        if (to < lx.size() && MONTHS.contains(lx.get(to).lower()) && isMonthWord(lx.get(to))) {
            return true;
        }
        return to + 1 < lx.size() && lx.get(to).lower().equals("of") && MONTHS.contains(lx.get(to + 1).lower())
                && isMonthWord(lx.get(to + 1));
    }

    /** "between April 3 and 6", "May 5-7": a second day after a date. */
    private static boolean isDateContinuation(List<Lexeme> lx, int f) {
        if (f < 3) {
            return false;
        }
        String link = lx.get(f - 1).lower();
        boolean joins = link.equals("and") || link.equals("to") || link.equals("through") || link.equals("-")
                || link.equals("–") || link.equals(",");
        return joins && lx.get(f - 2).isDigits() && lx.get(f - 2).text().length() <= 2 && MONTHS.contains(lx.get(f - 3).lower())
                && isMonthWord(lx.get(f - 3));
    }

    private static boolean isMonthWord(Lexeme l) {
        // "may" and "march" are also verbs: only capitalised forms count unless the whole text is lower case
        String s = l.lower();
        return !(s.equals("may") || s.equals("march")) || l.isCapitalized();
    }

    private static boolean isSentenceStart(List<Lexeme> lx, int k) {
        if (k == 0) {
            return true;
        }
        Lexeme p = lx.get(k - 1);
        return p.is('.') || p.is('!') || p.is('?') || p.is('"') || p.is('“') || p.is(':') || p.is('(') || p.is('\'')
                || p.is('‘') || p.is('•');
    }

    static boolean insideUrl(String text, int pos) {
        int s = pos;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && pos - s < 2000) {
            s--;
        }
        String chunk = text.substring(s, pos);
        return chunk.contains("://") || chunk.startsWith("www.") || chunk.contains("@");
    }
}
