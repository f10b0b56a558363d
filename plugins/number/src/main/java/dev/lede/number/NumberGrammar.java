package dev.lede.number;

import dev.lede.annotation.Approx;
import dev.lede.annotation.NumberMention;
import dev.lede.annotation.NumberType;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one numeric expression as news writes it: the number ({@link NumeralParser}), the currency and multiplier
 * around it ({@link MoneyReader}), its unit, duration or age ({@link UnitReader}) or counted noun
 * ({@link CountReader}), then ranges ("10-15 vessels", "from $2bn to $3bn") and qualifiers ("more than"); and drops
 * numbers that are not quantities ({@link QuantityFilter}). Hand-written because no library covers news usage; the
 * number words themselves come from ICU ({@link NumberWords}).
 */
final class NumberGrammar {

    /** What parsing at a lexeme gave: a mention (or null when the numbers there are not quantities) and where to go on. */
    record Result(NumberMention mention, int next) {
    }

    /** Words after "a third" that keep it a fraction ("a third of", "nearly a third have"). */
    private static final Set<String> FRACTION_FOLLOWERS = Set.of("of", "have", "has", "are", "is", "were", "was",
            "more", "less", "fewer", "in", "to", "or", "and", "the", "said", "say", "say,", "will", "would", "had");

    private final NumeralParser numerals = new NumeralParser();
    private final MoneyReader money = new MoneyReader();
    private final UnitReader unitReader = new UnitReader();
    private final CountReader counts;
    private final ContextUnits contextUnits;
    private final QuantityFilter filter = new QuantityFilter();
    private final UnitTable units = UnitTable.get();
    private final CurrencyTable currencies = CurrencyTable.get();
    private final Qualifiers qualifiers = Qualifiers.get();
    private final NumberWords words = NumberWords.get();
    private final NumberRules rules;

    NumberGrammar(NumberRules rules) {
        this.rules = rules;
        this.counts = new CountReader(rules);
        this.contextUnits = new ContextUnits(rules);
    }

    boolean startsNumber(List<Lexeme> lx, int i) {
        return numerals.startsNumber(lx, i) || articleAmount(lx, i)
                || rules.eventCounts() && EventCounts.isAdverb(lx.get(i).lower());
    }

    /**
     * "an hour and a half", "a minute and 30 seconds", "a dollar and 42 cents": an article counts as one only when a
     * unit and a further amount follow, never alone ("a month ago" is not a quantity).
     */
    private boolean articleAmount(List<Lexeme> lx, int i) {
        String s = lx.get(i).lower();
        if (!(s.equals("a") || s.equals("an")) || i + 3 >= lx.size()) {
            return false;
        }
        int j;
        UnitTable.Match u = units.match(lx, i + 1);
        CurrencyTable.Match c = currencies.match(lx, i + 1);
        if (u != null && u.unit().isTime()) {
            j = u.to();
        } else if (c != null && c.money().post() && lx.get(i + 1).lower().length() > 1) {
            j = c.to();
        } else {
            return false;
        }
        return j + 1 < lx.size() && lx.get(j).lower().equals("and") && (numerals.startsNumber(lx, j + 1)
                || lx.get(j + 1).lower().equals("a") && j + 2 < lx.size() && lx.get(j + 2).lower().equals("half"));
    }

    /**
     * Reads the expression whose number starts at lexeme {@code i}; {@code floor} is the first lexeme it may claim
     * (the end of the previous mention).
     */
    Result parse(String text, List<Lexeme> lx, int i, int floor) {
        if (rules.eventCounts() && EventCounts.isAdverb(lx.get(i).lower())) {
            return eventCount(text, lx, i, floor);
        }
        Numeral num = numerals.startsNumber(lx, i) ? numerals.parse(lx, i) : null;
        if (num == null && articleAmount(lx, i)) {
            num = new Numeral(1, i, i + 1, false, true, null, false, false, false);
        }
        if (num == null) {
            return new Result(null, i + 1);
        }
        if (num.rejected()) {
            return new Result(null, num.to());
        }
        Expression ex = read(lx, num, floor, true);
        if (ex == null) {
            return new Result(null, Math.max(i + 1, num.to()));
        }
        restatement(lx, ex);
        articleOrdinal(lx, ex);
        int next = ex.to;
        // ranges: "10-15 vessels", "between 5 and 7 percent", "from $2bn to $3bn"
        Expression range = range(lx, ex, floor);
        if (range == REJECTED) {
            return new Result(null, skipRange(lx, ex));
        }
        if (range != null) {
            ex = range;
            next = ex.to;
        } else {
            sharedUnit(lx, ex);
        }
        qualify(lx, ex, floor);
        contextUnits.infer(text, lx, ex, floor);
        if (!filter.isQuantity(text, lx, ex)) {
            return new Result(null, next);
        }
        return new Result(toMention(text, lx, ex), next);
    }

    private static final Expression REJECTED = new Expression();

    /** "twice", "more than once a week". */
    private Result eventCount(String text, List<Lexeme> lx, int i, int floor) {
        Expression ex = EventCounts.read(lx, i, counts);
        if (ex == null) {
            return new Result(null, i + 1);
        }
        qualify(lx, ex, floor);
        if (!filter.isQuantity(text, lx, ex)) {
            return new Result(null, ex.to);
        }
        return new Result(toMention(text, lx, ex), ex.to);
    }

    /** After "a third" or "a fifth" comes "of" (a fraction) or a noun ("a third term": an ordinal). */
    private void articleOrdinal(List<Lexeme> lx, Expression ex) {
        Numeral num = ex.numeral;
        if (num.to() - num.from() != 2 || ex.to != num.to() || ex.type != NumberType.CARDINAL || num.to() >= lx.size()) {
            return;
        }
        String article = lx.get(num.from()).lower();
        NumberWords.Word w = words.word(lx.get(num.from() + 1).lower());
        Lexeme next = lx.get(num.to());
        if ((article.equals("a") || article.equals("an")) && w != null && w.kind() == NumberWords.Kind.ORDINAL
                && !w.plural() && next.isWord() && !next.isCapitalized() && !FRACTION_FOLLOWERS.contains(next.lower())) {
            ex.type = NumberType.ORDINAL;
            ex.value = w.value();
            ex.from = num.from() + 1;
            ex.numeral = new Numeral(w.value(), num.from() + 1, num.to(), true, true, null, false, false, false);
        }
    }

    /** "forty-five (45)", "45 (forty five)": the same number repeated in brackets belongs to the mention. */
    private void restatement(List<Lexeme> lx, Expression ex) {
        int j = ex.to;
        if (j + 2 < lx.size() && lx.get(j).is('(') && numerals.startsNumber(lx, j + 1)) {
            Numeral again = numerals.parse(lx, j + 1);
            if (again != null && !again.rejected() && again.value() == ex.value && again.to() < lx.size()
                    && lx.get(again.to()).is(')')) {
                ex.to = again.to() + 1;
            }
        }
    }

    private static boolean isTemperatureLetter(Lexeme l) {
        return l.text().equals("C") || l.text().equals("F");
    }

    /** Number, currency, multiplier and unit; {@code withPrefix} looks for a currency or sign before it. */
    private Expression read(List<Lexeme> lx, Numeral num, int floor, boolean withPrefix) {
        Expression ex = new Expression();
        ex.numeral = num;
        ex.from = num.from();
        ex.to = num.to();
        ex.value = num.value();
        if (num.ordinal()) {
            ex.type = NumberType.ORDINAL;
        }
        if (num.approximate()) {
            ex.approx = Approx.ABOUT;
        }
        int n = lx.size();
        if (withPrefix) {
            money.prefix(lx, ex, floor);
        }
        if (ex.type == NumberType.ORDINAL) {
            unitReader.fractionOfUnit(lx, ex);
            return ex;
        }
        money.multiplier(lx, ex);
        tolerance(lx, ex);
        if (UnitReader.clockTime(lx, ex)) {
            ex.type = null;
            return ex;
        }
        if (ex.to < n && lx.get(ex.to).glued() && lx.get(ex.to).isWord() && !ex.money
                && currencies.millionsCode(lx.get(ex.to)) == null && currencies.match(lx, ex.to) == null
                && units.match(lx, ex.to) == null && !UnitReader.isTimeSuffix(lx.get(ex.to).lower())
                && !lx.get(ex.to).lower().equals("s")
                && !(isTemperatureLetter(lx.get(ex.to))
                    && (Lexeme.endsPhrase(lx, ex.to + 1) || unitReader.temperatureContext(lx, ex)))) {
            return null; // glued to letters: 24703L202, 777F, 11a (but -10C is a temperature)
        }
        if (!ex.money) {
            money.postCurrency(lx, ex);
        }
        if (ex.money) {
            money.subunits(lx, ex);
            money.perUnit(lx, ex);
            return ex;
        }
        if (unitReader.percent(lx, ex)) {
            return ex;
        }
        unitReader.unit(lx, ex);
        if (ex.measure == null && ex.type == NumberType.CARDINAL) {
            unitReader.age(lx, ex, floor);
        }
        if (ex.measure == null && ex.type == NumberType.CARDINAL) {
            counts.count(lx, ex);
        }
        return ex;
    }

    /** "2,000.45±0.01 pounds", "9.83e-3 +/- 1e-5 km": the tolerance is read over and dropped. */
    private void tolerance(List<Lexeme> lx, Expression ex) {
        int j = ex.to;
        int k = -1;
        if (j + 1 < lx.size() && lx.get(j).is('±')) {
            k = j + 1;
        } else if (j + 3 < lx.size() && lx.get(j).is('+') && lx.get(j + 1).is('/') && lx.get(j + 2).is('-')) {
            k = j + 3;
        }
        if (k > 0 && numerals.startsNumber(lx, k)) {
            Numeral tol = numerals.parse(lx, k);
            if (tol != null && !tol.rejected()) {
                ex.to = tol.to();
            }
        }
    }

    // ------------------------------------------------------------------ before the number

    // ------------------------------------------------------------------ after the number

    // ------------------------------------------------------------------ ranges and qualifiers

    private Expression range(List<Lexeme> lx, Expression first, int floor) {
        int n = lx.size();
        int j = first.to;
        if (j >= n || first.type == NumberType.ORDINAL || first.numeral.bareFraction()) {
            return null;
        }
        Lexeme c = lx.get(j);
        // a spaced em dash opens an aside ("eight bullets — six in the back"), it does not join a range
        boolean dash = c.is('-') || c.is('–') || c.is('—') && c.glued() && j + 1 < n && lx.get(j + 1).glued();
        boolean to = c.lower().equals("to") || c.lower().equals("through");
        boolean and = c.lower().equals("and");
        if (dash && j + 1 < n && lx.get(j + 1).lower().equals("to")) {
            j++; // "8- to 16-meter"
            dash = false;
            to = true;
        }
        if (!dash && !to && !and) {
            return null;
        }
        int opener = first.from - 1;
        String openWord = opener >= floor ? lx.get(opener).lower() : "";
        if (and && !openWord.equals("between") && !openWord.equals("from")) {
            return null;
        }
        int k = j + 1;
        if (k < n && (lx.get(k).is('~') || lx.get(k).lower().equals("about"))) {
            k++;
        }
        if (k >= n) {
            return null;
        }
        // the second number, perhaps with its own currency before it: "$10-$20"
        int numStart = k;
        CurrencyTable.Match cur = currencies.match(lx, k);
        if (cur != null && cur.money().pre() && cur.to() < n && numerals.startsNumber(lx, cur.to())) {
            numStart = cur.to();
        }
        boolean negative = false;
        if (numStart + 1 < n && (lx.get(numStart).is('-') || lx.get(numStart).is('−')) && lx.get(numStart + 1).glued()
                && lx.get(numStart).gap() > 0) {
            negative = true;
            numStart++;
        }
        if (!numerals.startsNumber(lx, numStart)) {
            return null;
        }
        Numeral num2 = numerals.parse(lx, numStart);
        if (num2 == null || num2.rejected() || num2.ordinal()) {
            return dash && num2 != null && num2.rejected() ? REJECTED : null;
        }
        if (QuantityFilter.isYear(first.numeral, first) && !first.hasUnit()) {
            return dash ? REJECTED : null; // "2030 to 32 percent", "1990-95"
        }
        Expression second = read(lx, num2, numStart, false);
        if (second == null) {
            return dash ? REJECTED : null;
        }
        if (second.type == null) {
            return REJECTED; // "from 1-3 p.m.": times of day
        }
        if (negative) {
            second.value = -second.value;
        }
        if (numStart != k && !negative) {
            second.money = true;
            second.type = NumberType.MONEY;
            second.unit = cur.money().code();
            second.scale = cur.money().factor();
        }
        boolean opened = openWord.equals("between") || openWord.equals("from");
        if (!first.hasUnit() && !second.hasUnit() && !opened) {
            return dash ? REJECTED : null;
        }
        if (first.hasUnit() && second.hasUnit() && !sameKind(first, second)) {
            return null;
        }
        if (to && first.hasUnit() && !second.hasUnit() && !opened && second.value == second.numeral.value()) {
            return null; // "fell 2.3 points to 51.4": a change and where it ended, not a range
        }
        if (dash && first.type == NumberType.COUNT && (c.gap() > 0 || lx.get(j + 1).gap() > 0)) {
            return null; // "four confirmed cases – three in Kerala": an aside after a count, not a range
        }
        if (to && !opened && first.hasUnit() && second.hasUnit() && !writtenAlike(first, second)) {
            return null; // "rose 10 cents to $3.45", "25 basis points to 5.25%": a change and a level
        }
        Expression r = new Expression();
        Expression unitSource = second.hasUnit() ? second : first;
        r.from = opened ? opener : first.from;
        r.to = second.to;
        r.type = unitSource.type;
        r.unit = unitSource.unit;
        r.measure = unitSource.measure;
        r.money = unitSource.money;
        r.scale = unitSource.scale;
        r.numeral = first.numeral;
        double lowValue = first.value;
        double highValue = second.value;
        // "$2-3 billion", "7-9 lakh": the second number's multiplier also scales the first
        double secondBase = DigitLiteral.startsLiteral(lx, num2.from()) ? DigitLiteral.parse(lx, num2.from()).value() : 0;
        double secondMultiplier = secondBase > 0 ? Math.abs(second.value / secondBase) : 1;
        if (first.value == first.numeral.value() && secondMultiplier >= 1000 && first.value < secondBase) {
            lowValue = first.value * secondMultiplier;
        }
        if (!first.hasUnit() && first.measure == null && second.measure != null) {
            // shared unit: "3-5 kilometers"
            lowValue = first.value;
        } else if (first.measure != null && second.measure != null && first.measure.factor() != second.measure.factor()) {
            lowValue = first.value * first.measure.factor() / second.measure.factor();
        }
        r.low = Math.min(lowValue, highValue);
        r.high = Math.max(lowValue, highValue);
        if (r.type == NumberType.CARDINAL && second.type == NumberType.COUNT) {
            r.type = NumberType.COUNT;
        }
        return r;
    }

    /** Both ends of a range are written in one unit: "$10 to $15", "10 to 15 km", not "10 cents to $3.45". */
    private static boolean writtenAlike(Expression a, Expression b) {
        if (a.money || b.money) {
            return a.money && b.money && a.scale == b.scale && java.util.Objects.equals(a.unit, b.unit);
        }
        if (a.measure != null && b.measure != null) {
            return a.measure.name().equals(b.measure.name());
        }
        return a.type == b.type && java.util.Objects.equals(a.unit, b.unit); // "aged 17 to 30 years old"
    }

    /**
     * "given 45 and 50 mg", "rose 2 or 3 percent": a bare number joined by "and" or "or" to a number with a unit
     * written after it shares that unit (it stays a mention of its own; "between 45 and 50 mg" is a range).
     */
    private void sharedUnit(List<Lexeme> lx, Expression ex) {
        int j = ex.to;
        if (ex.type != NumberType.CARDINAL || ex.hasUnit() || ex.numeral.spelled() != isSpelled(lx, j + 1)
                || j + 1 >= lx.size() || !(lx.get(j).lower().equals("and") || lx.get(j).lower().equals("or"))
                || !numerals.startsNumber(lx, j + 1) || QuantityFilter.isYear(ex.numeral, ex)) {
            return;
        }
        Numeral num2 = numerals.parse(lx, j + 1);
        if (num2 == null || num2.rejected() || num2.ordinal()) {
            return;
        }
        Expression second = read(lx, num2, j + 1, false);
        if (second == null || second.type == null || !second.hasUnit() || second.type == NumberType.AGE
                || second.value != num2.value()) {
            return; // "5 and 10 million dollars", "2 and 3 feet 4 inches": more than a unit to share
        }
        ex.type = second.type;
        ex.unit = second.unit;
        ex.measure = second.measure;
        ex.money = second.money;
        ex.scale = second.scale;
    }

    private boolean isSpelled(List<Lexeme> lx, int j) {
        return j < lx.size() && lx.get(j).isWord();
    }

    private static boolean sameKind(Expression a, Expression b) {
        if (a.money || b.money) {
            return a.money && b.money;
        }
        if (a.measure != null && b.measure != null) {
            return a.measure.dimension().equals(b.measure.dimension());
        }
        return a.type == b.type;
    }

    private int skipRange(List<Lexeme> lx, Expression first) {
        int j = first.to + 1;
        while (j < lx.size() && (lx.get(j).isDigits() || lx.get(j).is('-')) && lx.get(j).gap() <= 1) {
            j++;
        }
        return j;
    }

    private void qualify(List<Lexeme> lx, Expression ex, int floor) {
        int from = ex.from;
        if (from - 1 >= floor && (lx.get(from - 1).lower().equals("between") || lx.get(from - 1).lower().equals("from"))
                && !Double.isNaN(ex.low)) {
            from--;
        }
        Qualifiers.Match q = qualifiers.before(lx, from, floor);
        if (q == null) {
            return;
        }
        if (q.approx() == Approx.MORE_THAN && lx.get(q.from()).lower().equals("over") && !Double.isNaN(ex.low)) {
            return;
        }
        ex.approx = q.approx() == null ? ex.approx : q.approx();
        if (q.approx() == null) {
            ex.approx = null;
        }
        ex.from = Math.min(ex.from, q.from());
    }

    // ------------------------------------------------------------------ what is not a quantity

    private NumberMention toMention(String text, List<Lexeme> lx, Expression ex) {
        int start = lx.get(ex.from).start();
        int end = lx.get(ex.to - 1).end();
        boolean range = !Double.isNaN(ex.low);
        double scale = ex.money ? ex.scale : 1;
        Double value = range ? null : clean(ex.value * scale);
        Double low = range ? clean(ex.low * scale) : null;
        Double high = range ? clean(ex.high * scale) : null;
        String unit = ex.unit;
        if (ex.type == NumberType.PERCENT && unit == null) {
            unit = "percent";
        }
        return new NumberMention(start, end, text.substring(start, end), ex.type, value, low, high, unit, ex.approx);
    }

    /** Rounds away binary noise (0.1 * 3 = 0.30000000000000004) so values print as written. */
    private static Double clean(double v) {
        if (v == 0 || Double.isInfinite(v) || Double.isNaN(v)) {
            return v;
        }
        double r = Double.parseDouble(String.format(Locale.ROOT, "%.12g", v));
        return r;
    }
}
