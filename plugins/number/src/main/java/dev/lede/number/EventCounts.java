package dev.lede.number;

import dev.lede.annotation.NumberType;

import java.util.List;
import java.util.Map;

/**
 * Counts of events written as adverbs: "twice", "thrice", and "once" when a rate follows ("once a week"): alone,
 * "once" is mostly a conjunction ("once the deal closes") or means "formerly". The unit is "times", as in "1,200
 * times" (see {@link CountReader}).
 */
final class EventCounts {
    static final String TIMES = "times";

    private static final Map<String, Integer> ADVERBS = Map.of("once", 1, "twice", 2, "thrice", 3);

    private EventCounts() {
    }

    static boolean isAdverb(String lower) {
        return ADVERBS.containsKey(lower);
    }

    /** "times" or "time": the counted noun of repeated events. */
    static boolean isTimes(String noun) {
        return noun != null && (noun.equalsIgnoreCase(TIMES) || noun.equalsIgnoreCase("time"));
    }

    /** The event count at lexeme {@code i} ("twice", "once a week"), or null. */
    static Expression read(List<Lexeme> lx, int i, CountReader counts) {
        Integer n = ADVERBS.get(lx.get(i).lower());
        if (n == null) {
            return null;
        }
        Expression ex = new Expression();
        ex.numeral = new Numeral(n, i, i + 1, false, true, null, false, false, false);
        ex.from = i;
        ex.to = i + 1;
        ex.value = n;
        ex.type = NumberType.COUNT;
        ex.unit = TIMES;
        counts.rate(lx, ex);
        if (n == 1 && ex.to == i + 1) {
            return null;
        }
        return ex;
    }
}
