package dev.lede.number;

import dev.lede.annotation.NumberType;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Units a bare number takes from what the sentence says around it, only where the reading is safe:
 * <ul>
 *   <li>an age after a person named by a common noun, between commas: "the gunman, 27, fled", "his wife, 45,"
 *   (after a name it is {@link UnitReader#age}), or after "turned": "she turned 34 in May";</li>
 *   <li>index points for the level or move of a market index: "the index closed at 7,412.50", "the Dow gained
 *   312".</li>
 * </ul>
 * A bare number elsewhere keeps no unit: a price ("closed at 41.50") or a score could be anything.
 */
final class ContextUnits {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "our", "my",
            "your", "whose", "its", "one");
    /** Market indices as news names them, and the words that make a sentence about one. */
    private static final Pattern MARKET_INDEX = Pattern.compile(
            "\\b(index|indices|indexes|dow|nasdaq|s&p|ftse|nikkei|dax|cac|hang seng|sensex|nifty|kospi|stoxx|"
                    + "asx|tsx|topix|ibex|bovespa|shanghai composite|benchmark)\\b");
    private static final Set<String> INDEX_MOVES = Set.of("at", "to", "from", "of", "by", "closed", "ended",
            "finished", "opened", "stood", "rose", "fell", "gained", "lost", "added", "shed", "dropped", "climbed",
            "jumped", "slid", "slipped", "tumbled", "plunged", "soared", "surged", "sank", "advanced", "declined",
            "retreated", "rallied", "up", "down", "hit", "reached", "topped", "crossed", "above", "below", "near",
            "around", "over", "under");
    /** How far back (in characters) a sentence about an index may start. */
    private static final int LOOK_BACK = 160;

    private final NumberRules rules;

    ContextUnits(NumberRules rules) {
        this.rules = rules;
    }

    void infer(String text, List<Lexeme> lx, Expression ex, int floor) {
        if (!rules.unitsFromContext() || ex.type != NumberType.CARDINAL || ex.numeral == null || ex.hasUnit()
                || ex.isRange()) {
            return;
        }
        if (!personAge(lx, ex, floor) && !turnedAge(lx, ex, floor)) {
            indexPoints(text, lx, ex, floor);
        }
    }

    /** "turned 34 this year", "turns 18 in May": the age a person reaches. */
    private static boolean turnedAge(List<Lexeme> lx, Expression ex, int floor) {
        String digits = ex.numeral.plainInteger();
        int b = ex.from - 1;
        boolean spelledWhole = ex.numeral.spelled() && ex.value == Math.rint(ex.value);
        if (b < floor || !(digits != null && digits.length() <= 3 || spelledWhole) || ex.value < 1 || ex.value > 120
                || !Set.of("turned", "turns", "turning").contains(lx.get(b).lower())) {
            return false;
        }
        ex.type = NumberType.AGE;
        ex.unit = "year";
        return true;
    }

    /** "the gunman, 27, fled": a whole number up to 120 between commas after a singular common noun. */
    private boolean personAge(List<Lexeme> lx, Expression ex, int floor) {
        String digits = ex.numeral.plainInteger();
        int b = ex.from - 1;
        int j = ex.to;
        if (digits == null || digits.length() > 3 || ex.value < 1 || ex.value > 120 || b - 2 < floor
                || !lx.get(b).is(',') || j >= lx.size() || !(lx.get(j).is(',') || lx.get(j).is(';') || lx.get(j).is(')')
                || lx.get(j).is('.') && (j + 1 >= lx.size() || !lx.get(j + 1).isDigits()))) {
            return false;
        }
        if (j + 1 < lx.size() && lx.get(j).is(',') && lx.get(j + 1).isDigits()) {
            return false; // a list of numbers: "the final round, 27, 31 and 40"
        }
        Lexeme noun = lx.get(b - 1);
        if (!noun.isWord() || noun.isCapitalized() || noun.lower().length() < 3 || noun.lower().endsWith("s")
                || NounPhrase.isStopWord(noun.lower())) {
            return false;
        }
        for (int k = b - 2; k >= Math.max(floor, b - 4); k--) {
            Lexeme l = lx.get(k);
            if (!l.isWord()) {
                return false;
            }
            if (DETERMINERS.contains(l.lower())) {
                ex.type = NumberType.AGE;
                ex.unit = "year";
                return true;
            }
        }
        return false;
    }

    /** "the index closed at 7,412.50": a level or move of a market index named earlier in the sentence. */
    private void indexPoints(String text, List<Lexeme> lx, Expression ex, int floor) {
        int b = ex.from - 1;
        if (b < floor || !lx.get(b).isWord() || !INDEX_MOVES.contains(lx.get(b).lower())
                || QuantityFilter.isYear(ex.numeral, ex)) {
            return;
        }
        int start = lx.get(ex.from).start();
        int from = Math.max(0, start - LOOK_BACK);
        for (int k = start - 1; k > from; k--) {
            char c = text.charAt(k);
            if ((c == '.' || c == '!' || c == '?' || c == '\n') && k + 1 < text.length()
                    && Character.isWhitespace(text.charAt(k + 1))) {
                from = k + 1;
                break;
            }
        }
        String sentence = text.substring(from, start).toLowerCase(Locale.ROOT);
        if (MARKET_INDEX.matcher(sentence).find()) {
            ex.unit = "point";
        }
    }
}
