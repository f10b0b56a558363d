package dev.lede.number;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The English number vocabulary: which word means which number, and whether it is a cardinal, an ordinal, a
 * scale ("thousand") or one of the fraction words.
 *
 * <p>The words come from ICU4J's spell-out rules ({@link RuleBasedNumberFormat#SPELLOUT}), formatted for 0..99 and
 * the powers of ten, so their spelling is ICU's. We do not use ICU's parser to read number phrases: in strict mode it
 * rejects what news writes ("twenty five", "one hundred and three", capitals), and in lenient mode it reads
 * "twenty five" as 2005 and accepts junk. Composing the words is left to {@link NumeralParser}, written by hand.
 * Words ICU does not produce (dozen, lakh, crore, nought, the half/quarter fractions) are added here.
 */
final class NumberWords {

    /** What a number word is. */
    enum Kind { CARDINAL, ORDINAL, SCALE, SCALE_ORDINAL, HUNDRED, HUNDREDTH, DOZEN, HALF, QUARTER, COUPLE }

    /** A word's meaning; {@code plural} for "thirds", "dozens", "millions". */
    record Word(Kind kind, double value, boolean plural) {
    }

    private static final NumberWords INSTANCE = new NumberWords();

    private final Map<String, Word> words = new HashMap<>();

    private NumberWords() {
        RuleBasedNumberFormat spell = new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
        for (int n = 0; n < 100; n++) {
            addForms(spell.format(n), n, Kind.CARDINAL);
            addForms(spell.format(n, "%spellout-ordinal"), n, Kind.ORDINAL);
        }
        long[] powers = {100L, 1_000L, 1_000_000L, 1_000_000_000L, 1_000_000_000_000L};
        for (long p : powers) {
            String card = lastWord(spell.format(p));
            String ord = lastWord(spell.format(p, "%spellout-ordinal"));
            boolean hundred = p == 100L;
            put(card, new Word(hundred ? Kind.HUNDRED : Kind.SCALE, p, false));
            put(card + "s", new Word(hundred ? Kind.HUNDRED : Kind.SCALE, p, true));
            put(ord, new Word(hundred ? Kind.HUNDREDTH : Kind.SCALE_ORDINAL, p, false));
            put(ord + "s", new Word(hundred ? Kind.HUNDREDTH : Kind.SCALE_ORDINAL, p, true));
        }
        // South Asian scales, common in Indian news.
        for (String w : new String[] {"lakh", "lac", "lkh"}) {
            put(w, new Word(Kind.SCALE, 1e5, false));
            put(w + "s", new Word(Kind.SCALE, 1e5, true));
        }
        for (String w : new String[] {"crore", "cr", "koti", "krore", "kr"}) {
            put(w, new Word(Kind.SCALE, 1e7, false));
            put(w + "s", new Word(Kind.SCALE, 1e7, true));
        }
        put("nought", new Word(Kind.CARDINAL, 0, false));
        put("naught", new Word(Kind.CARDINAL, 0, false));
        put("dozen", new Word(Kind.DOZEN, 12, false));
        put("dozens", new Word(Kind.DOZEN, 12, true));
        put("dzs", new Word(Kind.DOZEN, 12, true));
        put("half", new Word(Kind.HALF, 0.5, false));
        put("halves", new Word(Kind.HALF, 0.5, true));
        put("quarter", new Word(Kind.QUARTER, 0.25, false));
        put("quarters", new Word(Kind.QUARTER, 0.25, true));
        put("couple", new Word(Kind.COUPLE, 2, false));
        put("firsts", new Word(Kind.ORDINAL, 1, true)); // in "three twenty-firsts"

    }

    static NumberWords get() {
        return INSTANCE;
    }

    /** The meaning of a lower-case word, or null. */
    Word word(String lower) {
        return words.get(lower);
    }

    boolean contains(String lower) {
        return words.containsKey(lower);
    }

    /** Adds "twenty-five" as the parts ICU joins with a hyphen, plus the fused "twentyfive"; ordinals get plurals. */
    private void addForms(String spelled, int n, Kind kind) {
        String s = spelled.toLowerCase(Locale.ROOT);
        int hyphen = s.indexOf('-');
        if (hyphen < 0) {
            put(s, new Word(kind, n, false));
            // "firsts" and "seconds" are not fractions ("three seconds" is a duration); "halves" is added below.
            if (kind == Kind.ORDINAL && n >= 3) {
                put(s + "s", new Word(kind, n, true));
            }
        } else {
            String fused = s.replace("-", "");
            put(fused, new Word(kind, n, false));
            if (kind == Kind.ORDINAL) {
                put(fused + "s", new Word(kind, n, true));
            }
        }
    }

    private void put(String w, Word word) {
        words.putIfAbsent(w, word);
    }

    private static String lastWord(String s) {
        String t = s.toLowerCase(Locale.ROOT).trim();
        return t.substring(t.lastIndexOf(' ') + 1);
    }
}
