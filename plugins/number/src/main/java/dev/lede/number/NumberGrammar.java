package dev.lede.number;

import dev.lede.annotation.Approx;
import dev.lede.annotation.NumberMention;
import dev.lede.annotation.NumberType;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The news grammar around a number: currency before or after it, multipliers ("$4.2bn"), percentages, units,
 * durations and ages, counted nouns, ranges and qualifiers; and the shapes that are numbers but not quantities
 * (years, dates, times, scores, identifiers, ordinals in names). Hand-written because no library covers news usage;
 * the number words themselves come from ICU ({@link NumberWords}).
 */
final class NumberGrammar {

    /** What parsing at a lexeme gave: a mention (or null when the numbers there are not quantities) and where to go on. */
    record Result(NumberMention mention, int next) {
    }

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");
    /** Words after which a lone "one" is a pronoun ("the one", "which one"). */
    private static final Set<String> ONE_AS_PRONOUN = Set.copyOf(java.util.List.of("the", "which", "this", "that", "each", "every", "any",
            "no", "another", "a", "an", "last", "next", "first", "current", "previous", "only", "little", "same",
            "other", "new", "old", "right", "wrong", "big", "young", "someone", "everyone", "anyone", "such", "one", "but",
            "number", "no"));
    private static final Set<String> PRONOUNS = Set.of("i", "we", "you", "they", "he", "she");
    /** Lower-case words ending in "s" that are not plural nouns. */
    private static final Set<String> NOT_COUNTED = Set.copyOf(java.util.List.of("is", "was", "has", "his", "its", "this", "thus", "as", "us",
            "yes", "does", "goes", "always", "perhaps", "sometimes", "besides", "towards", "across", "unless", "less",
            "plus", "whereas", "afterwards", "news", "series", "times", "percents", "ones", "others", "hers", "ours",
            "yours", "theirs", "whose", "lbs", "mins", "hrs", "yrs", "kms", "secs", "gals", "mls", "dzs", "cents",
            "tens", "dozens", "hundreds", "thousands", "millions", "billions", "trillions", "seconds", "minus", "versus",
            "previous", "various", "serious", "famous", "nervous", "anxious", "obvious", "enormous", "numerous", "gross",
            "alias", "bus", "gas", "yrs", "mass", "class", "pass", "cross", "loss", "boss", "press", "process", "access",
            "success", "business", "address", "progress", "congress", "stress", "status", "bonus", "virus", "campus",
            "census", "consensus", "focus", "chaos", "has", "does", "says", "was", "seems", "means", "makes", "takes",
            "comes", "gets", "goes", "needs", "wants", "rises", "falls", "remains", "includes", "represents", "shows",
            "sees", "marks", "reaches", "hits", "tops", "totals", "equals", "gives", "leaves", "brings", "plans"));
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "children", "men", "women", "police",
            "personnel", "staff", "cattle", "sheep", "fish", "deer", "aircraft", "livestock", "youths", "persons");
    private static final Set<String> UNIT_MODIFIERS = Set.of("more", "additional", "extra", "less", "fewer");
    private static final Set<String> SIZE_ADJECTIVES = Set.of("thick", "long", "wide", "tall", "high", "deep",
            "across", "diameter", "thin", "square", "away");
    /** Words after "a third" that keep it a fraction ("a third of", "nearly a third have"). */
    private static final Set<String> FRACTION_FOLLOWERS = Set.of("of", "have", "has", "are", "is", "were", "was",
            "more", "less", "fewer", "in", "to", "or", "and", "the", "said", "say", "say,", "will", "would", "had");
    private static final Set<String> SUBUNITS = Set.of("cent", "cents", "c", "pence", "p", "sen", "sens", "kopiyka",
            "kopiykas", "kopecks", "kopeck", "paise", "centavos", "mao");
    private static final Set<String> WEIGHT_CONTEXT = Set.of("weigh", "weighs", "weighed", "weighing", "weight",
            "lose", "lost", "losing", "gain", "gained", "drop", "dropped", "heavy", "heavier", "bag", "lighter");
    private static final Set<String> TEMPERATURE_CONTEXT = Set.of("temperature", "temperatures", "thermostat", "heat",
            "hot", "cold", "warm", "weather", "celsius", "fahrenheit", "degrees", "freezing", "fever", "warming");

    private final NumeralParser numerals = new NumeralParser();
    private final UnitTable units = UnitTable.get();
    private final CurrencyTable currencies = CurrencyTable.get();
    private final Qualifiers qualifiers = Qualifiers.get();
    private final NumberWords words = NumberWords.get();

    boolean startsNumber(List<Lexeme> lx, int i) {
        return numerals.startsNumber(lx, i) || articleAmount(lx, i);
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

    /** A mutable working record of one expression while it is being read. */
    private static final class Expr {
        int from;
        int to;
        double value;
        double low = Double.NaN;
        double high = Double.NaN;
        NumberType type = NumberType.CARDINAL;
        String unit;
        Approx approx;
        UnitTable.Unit measure;
        double scale = 1;
        boolean money;
        Numeral numeral;

        boolean hasUnit() {
            return money || measure != null || type == NumberType.PERCENT || type == NumberType.COUNT
                    || type == NumberType.AGE;
        }
    }

    /**
     * Reads the expression whose number starts at lexeme {@code i}; {@code floor} is the first lexeme it may claim
     * (the end of the previous mention).
     */
    Result parse(String text, List<Lexeme> lx, int i, int floor) {
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
        Expr ex = read(lx, num, floor, true);
        if (ex == null) {
            return new Result(null, Math.max(i + 1, num.to()));
        }
        restatement(lx, ex);
        articleOrdinal(lx, ex);
        int next = ex.to;
        // ranges: "10-15 vessels", "between 5 and 7 percent", "from $2bn to $3bn"
        Expr range = range(lx, ex, floor);
        if (range == REJECTED) {
            return new Result(null, skipRange(lx, ex));
        }
        if (range != null) {
            ex = range;
            next = ex.to;
        }
        qualify(lx, ex, floor);
        if (!isQuantity(text, lx, ex)) {
            return new Result(null, next);
        }
        return new Result(toMention(text, lx, ex), next);
    }

    private static final Expr REJECTED = new Expr();

    /** After "a third" or "a fifth" comes "of" (a fraction) or a noun ("a third term": an ordinal). */
    private void articleOrdinal(List<Lexeme> lx, Expr ex) {
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
    private void restatement(List<Lexeme> lx, Expr ex) {
        int j = ex.to;
        if (j + 2 < lx.size() && lx.get(j).is('(') && numerals.startsNumber(lx, j + 1)) {
            Numeral again = numerals.parse(lx, j + 1);
            if (again != null && !again.rejected() && again.value() == ex.value && again.to() < lx.size()
                    && lx.get(again.to()).is(')')) {
                ex.to = again.to() + 1;
            }
        }
    }

    /** Number, currency, multiplier and unit; {@code withPrefix} looks for a currency or sign before it. */
    private Expr read(List<Lexeme> lx, Numeral num, int floor, boolean withPrefix) {
        Expr ex = new Expr();
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
            prefix(lx, ex, floor);
        }
        if (ex.type == NumberType.ORDINAL) {
            fractionOfUnit(lx, ex);
            return ex;
        }
        multiplier(lx, ex);
        tolerance(lx, ex);
        if (clockTime(lx, ex)) {
            ex.type = null;
            return ex;
        }
        if (ex.to < n && lx.get(ex.to).glued() && lx.get(ex.to).isWord() && !ex.money
                && currencies.millionsCode(lx.get(ex.to)) == null && currencies.match(lx, ex.to) == null
                && units.match(lx, ex.to) == null && !isTimeSuffix(lx.get(ex.to).lower())
                && !lx.get(ex.to).lower().equals("s")) {
            return null; // glued to letters: 24703L202, 777F, 11a
        }
        if (!ex.money) {
            postCurrency(lx, ex);
        }
        if (ex.money) {
            subunits(lx, ex);
            perUnit(lx, ex);
            return ex;
        }
        if (percent(lx, ex)) {
            return ex;
        }
        unit(lx, ex);
        if (ex.measure == null && ex.type == NumberType.CARDINAL) {
            age(lx, ex, floor);
        }
        if (ex.measure == null && ex.type == NumberType.CARDINAL) {
            count(lx, ex);
        }
        return ex;
    }

    /** "aged 43", "age 87", "87 yo". */
    private void age(List<Lexeme> lx, Expr ex, int floor) {
        if (ex.value != Math.rint(ex.value) || ex.value <= 0 || ex.value > 130) {
            return;
        }
        int j = ex.to;
        if (j < lx.size() && (lx.get(j).lower().equals("yo") || lx.get(j).lower().equals("y.o"))) {
            ex.type = NumberType.AGE;
            ex.unit = "year";
            ex.to = j + 1;
            return;
        }
        int b = ex.from - 1;
        // news style: "Quina Jones, 25, said"
        if (b - 1 >= floor && lx.get(b).is(',') && lx.get(b - 1).isCapitalized() && j < lx.size() && lx.get(j).is(',')
                && ex.numeral.plainInteger() != null && ex.numeral.plainInteger().length() <= 3 && ex.value >= 1) {
            ex.type = NumberType.AGE;
            ex.unit = "year";
            return;
        }
        if (b >= floor && (lx.get(b).lower().equals("aged") || lx.get(b).lower().equals("age"))) {
            ex.type = NumberType.AGE;
            ex.unit = "year";
            ex.from = b;
        }
    }

    /** "2,000.45±0.01 pounds", "9.83e-3 +/- 1e-5 km": the tolerance is read over and dropped. */
    private void tolerance(List<Lexeme> lx, Expr ex) {
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

    /** "fourth of a liter", "three quarters of an hour": a fraction of a unit. */
    private void fractionOfUnit(List<Lexeme> lx, Expr ex) {
        int j = ex.to;
        if (j + 1 >= lx.size() || !lx.get(j).lower().equals("of")) {
            return;
        }
        int k = j + 1;
        if (lx.get(k).lower().equals("a") || lx.get(k).lower().equals("an")) {
            k++;
        }
        UnitTable.Match u = units.match(lx, k);
        if (u == null || lx.get(k).lower().equals("in")) {
            return;
        }
        if (ex.type == NumberType.ORDINAL) {
            if (ex.value < 2) {
                return;
            }
            ex.value = 1 / ex.value;
        }
        ex.measure = u.unit();
        ex.unit = u.unit().name();
        ex.type = u.unit().type();
        ex.to = u.to();
    }

    private boolean endsWithFraction(List<Lexeme> lx, Expr ex) {
        NumberWords.Word w = words.word(lx.get(ex.numeral.to() - 1).lower());
        return w != null && (w.kind() == NumberWords.Kind.HALF || w.kind() == NumberWords.Kind.QUARTER
                || w.kind() == NumberWords.Kind.ORDINAL);
    }

    /** "6pm", "9 p.m.", "2.30 a.m.", "three o'clock": a time of day, not a quantity. */
    private static boolean clockTime(List<Lexeme> lx, Expr ex) {
        int j = ex.to;
        int n = lx.size();
        if (j >= n || lx.get(j).gap() > 1) {
            return false;
        }
        String s = lx.get(j).lower();
        int end = -1;
        if (isTimeSuffix(s)) {
            end = j + 1;
        } else if ((s.equals("a") || s.equals("p")) && j + 2 < n && lx.get(j + 1).is('.') && lx.get(j + 2).lower().equals("m")) {
            end = j + 3;
            if (end < n && lx.get(end).is('.')) {
                end++;
            }
        } else if (s.equals("o") && j + 2 < n && (lx.get(j + 1).is('\'') || lx.get(j + 1).is('’'))
                && lx.get(j + 2).lower().equals("clock")) {
            end = j + 3;
        }
        if (end < 0 || !isClockTime(ex)) {
            return false;
        }
        ex.to = end;
        return true;
    }

    private static boolean isTimeSuffix(String s) {
        return s.equals("am") || s.equals("pm");
    }

    // ------------------------------------------------------------------ before the number

    private void prefix(List<Lexeme> lx, Expr ex, int floor) {
        int f = ex.from;
        boolean negative = false;
        // a sign between a currency and the number: $-99.99
        if (f - 2 >= floor && DigitLiteral.isSign(lx.get(f - 1)) && !lx.get(f - 1).is('+') && lx.get(f).glued()
                && lx.get(f - 1).glued() && isCurrencySymbolBefore(lx, f - 1, floor)) {
            negative = true;
            f--;
        }
        CurrencyTable.Match cm = f - 1 >= floor ? currencyBefore(lx, f, floor) : null;
        if (cm != null && ex.type != NumberType.ORDINAL) {
            ex.money = true;
            ex.type = NumberType.MONEY;
            ex.unit = cm.money().code();
            ex.scale = cm.money().factor();
            ex.from = cm.from();
            if (negative) {
                ex.value = -ex.value;
            }
        }
        f = ex.from;
        // a minus sign: -5, −273.15, minus 5, negative one; a spaced "- 5" only at the start of the text
        if (f - 1 >= floor && ex.type != NumberType.ORDINAL) {
            Lexeme s = lx.get(f - 1);
            boolean signChar = (s.is('-') || s.is('−')) && (f - 1 == 0 || s.gap() > 0)
                    && (lx.get(f).glued() || f - 1 == 0 && lx.get(f).gap() == 1);
            boolean signWord = s.isWord() && (s.lower().equals("minus") || s.lower().equals("negative"));
            if (signChar || signWord) {
                ex.value = -ex.value;
                ex.from = f - 1;
            }
        }
    }

    private static boolean startOrSpaceBefore(List<Lexeme> lx, int k) {
        return k == 0 || lx.get(k).gap() > 0;
    }

    private boolean isCurrencySymbolBefore(List<Lexeme> lx, int end, int floor) {
        CurrencyTable.Match m = currencies.matchBefore(lx, end, floor);
        return m != null && m.money().pre();
    }

    /** "$", "US$", "us $", "HK$", "€", "USD", "Rs.", "RM": the currency written before the number. */
    private CurrencyTable.Match currencyBefore(List<Lexeme> lx, int f, int floor) {
        Lexeme first = lx.get(f);
        if (first.gap() > 2) {
            return null;
        }
        CurrencyTable.Match m = currencies.matchBefore(lx, f, floor);
        if (m == null || !m.money().pre()) {
            return null;
        }
        int from = m.from();
        CurrencyTable.Money money = m.money();
        if (lx.get(from).is('$')) {
            // US$, HK $, U.S. $, C$, Mex$
            for (int back = 1; back <= 4 && from - back >= floor; back++) {
                StringBuilder b = new StringBuilder();
                for (int k = from - back; k < from; k++) {
                    b.append(lx.get(k).lower());
                }
                CurrencyTable.Money p = currencies.dollarPrefix(b.toString());
                if (p != null && lx.get(from).gap() <= 1) {
                    money = p;
                    from -= back;
                    break;
                }
            }
        }
        // a word-like currency before a number must be a name or code ("USD 20", "Rs 20"), not any word
        return new CurrencyTable.Match(money, from, f);
    }

    // ------------------------------------------------------------------ after the number

    /** 10k, $4.2bn, €20m, 1MM, 3 bn. */
    private void multiplier(List<Lexeme> lx, Expr ex) {
        if (ex.to >= lx.size()) {
            return;
        }
        Lexeme l = lx.get(ex.to);
        if (!l.isWord() || l.gap() > 1) {
            return;
        }
        String t = l.text();
        String s = l.lower();
        double m = 0;
        boolean endsHere = ex.to + 1 >= lx.size() || !lx.get(ex.to + 1).isWord() || lx.get(ex.to + 1).gap() > 0;
        if (l.glued()) {
            switch (t) {
                case "k", "K" -> m = 1e3;
                case "M", "MM", "mn", "mln", "Mn" -> m = 1e6;
                case "bn", "Bn", "B", "BN", "G" -> m = 1e9;
                case "tn", "trn", "T", "Tn" -> m = 1e12;
                case "m" -> m = ex.money ? 1e6 : 0;
                case "b" -> m = ex.money ? 1e9 : 0;
                case "t" -> m = ex.money ? 1e12 : 0;
                default -> m = 0;
            }
        } else {
            switch (s) {
                case "bn", "mn", "mln", "tn", "trn" -> m = s.equals("bn") ? 1e9 : s.startsWith("t") ? 1e12 : 1e6;
                case "k" -> m = endsHere && isEndOrPunct(lx, ex.to + 1) ? 1e3 : 0;
                case "m" -> m = ex.money ? 1e6 : 0;
                default -> m = 0;
            }
        }
        UnitTable.Match unitThere = units.match(lx, ex.to);
        if (unitThere != null && unitThere.to() > ex.to + 1) {
            return; // "1 k.g.": a unit, not a thousand
        }
        if (m > 0 && endsHere && (ex.numeral == null || !ex.numeral.spelled() || l.gap() > 0)) {
            ex.value *= m;
            ex.to++;
        }
    }

    private static boolean isEndOrPunct(List<Lexeme> lx, int k) {
        return k >= lx.size() || (lx.get(k).kind() == Lexeme.Kind.SYMBOL && !lx.get(k).is('$'));
    }

    private void postCurrency(List<Lexeme> lx, Expr ex) {
        int j = ex.to;
        if (j >= lx.size() || lx.get(j).gap() > 2) {
            return;
        }
        Lexeme l = lx.get(j);
        CurrencyTable.Money millions = currencies.millionsCode(l);
        if (millions != null) {
            setMoney(ex, millions.code(), 1, j + 1);
            ex.value *= 1e6;
            return;
        }
        CurrencyTable.Match m = currencies.match(lx, j);
        if (m == null || !m.money().post()) {
            return;
        }
        if (m.to() < lx.size() && lx.get(m.to()).isDigits() && lx.get(m.to()).glued()) {
            return; // "3 USD50": the code belongs to the next number
        }
        String surface = lx.get(m.from()).lower();
        // one-letter symbols (10c, 10p) only when glued or ending the phrase
        if (m.to() - m.from() == 1 && surface.length() == 1 && Character.isLetter(surface.charAt(0))
                && !l.glued() && !isEndOrPunct(lx, m.to())) {
            return;
        }
        if (surface.startsWith("pound") && isWeight(lx, ex, m.to())) {
            return; // "25 pounds" of weight: left to the unit table
        }
        setMoney(ex, m.money().code(), m.money().factor(), m.to());
        // "75 USD million"
        if (ex.to < lx.size() && lx.get(ex.to).isWord()) {
            NumberWords.Word w = words.word(lx.get(ex.to).lower());
            if (w != null && w.kind() == NumberWords.Kind.SCALE && !w.plural()) {
                ex.value *= w.value();
                ex.to++;
            }
        }
    }

    private boolean isWeight(List<Lexeme> lx, Expr ex, int after) {
        if (after < lx.size() && lx.get(after).lower().equals("of")) {
            return true;
        }
        if (ex.from > 0 && lx.get(ex.to).is('-')) {
            return true;
        }
        if (ex.value >= 1e6) {
            return false;
        }
        for (int k = Math.max(0, ex.from - 4); k < ex.from; k++) {
            if (WEIGHT_CONTEXT.contains(lx.get(k).lower())) {
                return true;
            }
        }
        return after < lx.size() && lx.get(after).isWord() && WEIGHT_CONTEXT.contains(lx.get(after).lower());
    }

    private static void setMoney(Expr ex, String code, double factor, int to) {
        ex.money = true;
        ex.type = NumberType.MONEY;
        ex.unit = code;
        ex.scale = factor;
        ex.to = to;
    }

    /** "thirteen dollars forty-five cents", "$20 and 43c", "20 Rupees 43", "3 GBP 1 pence". */
    private void subunits(List<Lexeme> lx, Expr ex) {
        if (ex.scale != 1 || ex.value != Math.rint(ex.value)) {
            return;
        }
        int j = ex.to;
        if (j < lx.size() && lx.get(j).lower().equals("and")) {
            j++;
        }
        if (j >= lx.size() || !numerals.startsNumber(lx, j)) {
            return;
        }
        Numeral cents = numerals.parse(lx, j);
        if (cents == null || cents.rejected() || !cents.isInteger() || cents.value() >= 100 || cents.value() < 1
                || cents.ordinal()) {
            return;
        }
        int k = cents.to();
        if (k < lx.size() && lx.get(k).isWord() && lx.get(k).glued() && !SUBUNITS.contains(lx.get(k).lower())) {
            return; // "10 turkish lira 11a"
        }
        if (k < lx.size() && lx.get(k).isWord() && SUBUNITS.contains(lx.get(k).lower())) {
            ex.value += cents.value() / 100;
            ex.to = k + 1;
            return;
        }
        if (k < lx.size() && (currencies.match(lx, k) != null || units.match(lx, k) != null
                || (lx.get(k).isWord() && !lx.get(k).lower().equals("and") && lx.get(k).gap() > 0
                    && !isClauseWord(lx.get(k).lower())))) {
            return; // "50 dollar 40 rmb", "$20 43 people": a new amount, not cents
        }
        if (k < lx.size() && lx.get(k).is('/')) {
            return;
        }
        ex.value += cents.value() / 100;
        ex.to = k;
    }

    private static boolean isClauseWord(String s) {
        return s.equals("is") || s.equals("and") || s.equals("more") || s.equals("or");
    }

    /** "$15.4/hour", "$350 per kg": the span takes the rate, the unit stays the currency. */
    private void perUnit(List<Lexeme> lx, Expr ex) {
        int j = ex.to;
        if (j + 1 < lx.size() && (lx.get(j).is('/') || lx.get(j).lower().equals("per"))) {
            UnitTable.Match u = units.match(lx, j + 1);
            if (u != null) {
                ex.to = u.to();
            }
        }
    }

    private boolean percent(List<Lexeme> lx, Expr ex) {
        int j = ex.to;
        if (j >= lx.size() || lx.get(j).gap() > 2) {
            return false;
        }
        Lexeme l = lx.get(j);
        String s = l.lower();
        int end = -1;
        String unit = "percent";
        if (l.is('%') || s.equals("percent") || s.equals("pct") || s.equals("percents") || s.equals("percentage")
                || s.equals("pc") && l.glued()) {
            end = j + 1;
            if (s.equals("percentage") && j + 1 < lx.size() && lx.get(j + 1).lower().startsWith("point")) {
                end = j + 2;
                unit = "percentage point";
            }
        } else if (s.equals("per") && j + 1 < lx.size() && lx.get(j + 1).lower().equals("cent")) {
            end = j + 2;
        } else if ((s.equals("basis") && j + 1 < lx.size() && lx.get(j + 1).lower().startsWith("point"))) {
            end = j + 2;
            unit = "basis point";
        } else if (s.equals("bps") || s.equals("bp")) {
            end = j + 1;
            unit = "basis point";
        }
        if (end < 0) {
            return false;
        }
        ex.type = unit.equals("basis point") ? NumberType.QUANTITY : NumberType.PERCENT;
        ex.unit = unit;
        ex.to = end;
        return true;
    }

    private void unit(List<Lexeme> lx, Expr ex) {
        int n = lx.size();
        int j = ex.to;
        if (j >= n) {
            return;
        }
        Lexeme l = lx.get(j);
        boolean hyphen = false;
        // hyphenated adjective: 68-ounce, two-year, 43-year-old, half-litre
        if ((l.is('-') || l.is('‑')) && l.glued() && j + 1 < n && lx.get(j + 1).glued() && lx.get(j + 1).isWord()) {
            hyphen = true;
            j++;
        } else if (l.gap() > 2) {
            return;
        }
        // "2 more minutes"
        if (!hyphen && j + 1 < n && lx.get(j).isWord() && UNIT_MODIFIERS.contains(lx.get(j).lower())) {
            UnitTable.Match after = units.match(lx, j + 1);
            if (after != null && after.unit().isTime()) {
                j++;
            }
        }
        // times of day: 6pm, 2 pm, 2.30 p.m.
        String s = lx.get(j).lower();
        if (isTimeSuffix(s) || (s.equals("a") || s.equals("p")) && j + 1 < n && lx.get(j + 1).is('.')
                && j + 2 < n && (lx.get(j + 2).lower().equals("m"))) {
            if (isClockTime(ex)) {
                ex.type = null;
                ex.to = j + 1;
                return;
            }
            if (isTimeSuffix(s)) {
                ex.type = NumberType.QUANTITY;
                ex.unit = s.equals("pm") ? "picometer" : "attometer";
                ex.measure = units.byName("meter");
                ex.to = j + 1;
                return;
            }
        }
        if (hyphen && ex.money) {
            return;
        }
        if (!hyphen && ex.numeral != null && ex.numeral.to() == ex.to && endsWithFraction(lx, ex)) {
            String w = lx.get(j).lower();
            if ((w.equals("a") || w.equals("an")) && units.match(lx, j + 1) != null) {
                j++; // "half a liter", "half an hour"
            } else if (w.equals("of")) {
                fractionOfUnit(lx, ex);
                if (ex.measure != null) {
                    return;
                }
            }
        }
        // "20 (kg)", "20 [kg]"
        if (!hyphen && (lx.get(j).is('(') || lx.get(j).is('['))) {
            UnitTable.Match inside = units.match(lx, j + 1);
            if (inside != null && inside.to() < n && (lx.get(inside.to()).is(')') || lx.get(inside.to()).is(']'))) {
                ex.measure = inside.unit();
                ex.unit = inside.unit().name();
                ex.type = inside.unit().type();
                ex.to = inside.to() + 1;
                return;
            }
        }
        if (hyphen) {
            CurrencyTable.Match cm = currencies.match(lx, j);
            if (cm != null && cm.money().post() && cm.to() - cm.from() == 1 && lx.get(j).lower().length() > 1) {
                setMoney(ex, cm.money().code(), cm.money().factor(), cm.to());
                return;
            }
        }
        UnitTable.Match u = units.match(lx, j);
        if (u == null) {
            if (j + 1 < n && lx.get(j).lower().equals("below") && lx.get(j + 1).lower().equals("zero")) {
                ex.measure = units.byName("degree");
                ex.unit = "degree";
                ex.type = NumberType.TEMPERATURE;
                ex.value = -ex.value;
                ex.to = j + 2;
            }
            return;
        }
        String surface = lx.get(j).lower();
        if (surface.equals("in") && !inchContext(lx, u.to())) {
            return;
        }
        boolean single = u.to() - u.from() == 1 && surface.length() == 1;
        if (single && u.to() < n && lx.get(u.to()).glued() && (lx.get(u.to()).is('-') || lx.get(u.to()).isDigits())) {
            return; // "24703 L-202": an identifier
        }
        if (single && (surface.equals("c") || surface.equals("f"))) {
            // a bare C or F: only in capitals and ending the phrase ("-10C", but not "13F filing" or "777F to")
            if (!Character.isUpperCase(lx.get(j).text().charAt(0)) || !isEndOrPunct(lx, u.to())
                    || u.to() < n && (lx.get(u.to()).is('/') || lx.get(u.to()).is('-'))) {
                return;
            }
            u = new UnitTable.Match(units.byName(surface.equals("c") ? "celsius" : "fahrenheit"), u.from(), u.to());
        }
        if ((surface.equals("\"") || surface.equals("'")) && (insideQuotes(lx, ex.from) || !quoteMarkEndsUnit(lx, u.to()))) {
            return; // a closing quotation mark, not inches or feet
        }
        if (ex.type == NumberType.ORDINAL) {
            return;
        }
        if (hyphen && (u.unit().type() == NumberType.TEMPERATURE)) {
            return;
        }
        UnitTable.Unit unit = u.unit();
        int end = u.to();
        // degrees Celsius, ° F, deg c
        if (unit.name().equals("degree") && end < n) {
            UnitTable.Match scaleName = units.match(lx, end);
            String next = lx.get(end).lower();
            if (scaleName != null && scaleName.unit().type() == NumberType.TEMPERATURE
                    && !scaleName.unit().name().equals("degree")) {
                unit = scaleName.unit();
                end = scaleName.to();
            } else if ((next.equals("c") || next.equals("f")) && lx.get(end).gap() <= 1) {
                unit = units.byName(next.equals("c") ? "celsius" : "fahrenheit");
                end++;
            }
        }
        // 4km^2, 4 km squared, m³
        if (unit.dimension().equals("length") && end < n) {
            Lexeme nx = lx.get(end);
            String power = null;
            int powerEnd = end + 1;
            if (nx.is('^') && nx.glued() && end + 1 < n && lx.get(end + 1).glued()) {
                power = lx.get(end + 1).text();
                powerEnd = end + 2;
            } else if (nx.is('²') || nx.is('³')) {
                power = nx.is('²') ? "2" : "3";
            } else if (nx.lower().equals("squared") || nx.lower().equals("cubed")) {
                power = nx.lower().equals("squared") ? "2" : "3";
            }
            if ("2".equals(power) || "3".equals(power)) {
                String name = ("2".equals(power) ? "square " : "cubic ") + unit.name();
                unit = new UnitTable.Unit(name, NumberType.QUANTITY, "2".equals(power) ? "area" : "volume",
                        Math.pow(unit.factor(), Integer.parseInt(power)));
                end = powerEnd;
            }
        }
        ex.measure = unit;
        ex.unit = unit.name();
        ex.type = unit.type();
        ex.to = end;
        // below zero
        if (end + 1 < n && lx.get(end).lower().equals("below") && lx.get(end + 1).lower().equals("zero")) {
            ex.value = -ex.value;
            ex.to = end + 2;
        }
        // "per hour", "/ms": compound units
        compound(lx, ex);
        // ages: 43-year-old, 5 years old, 18 months of age, 87 yo
        if (unit.isTime()) {
            int k = ex.to;
            if (hyphen && k + 1 < n && lx.get(k).is('-') && lx.get(k + 1).lower().equals("old")) {
                ex.type = NumberType.AGE;
                ex.to = k + 2;
                return;
            }
            if (!hyphen && k < n && lx.get(k).lower().equals("old")) {
                ex.type = NumberType.AGE;
                ex.to = k + 1;
                return;
            }
            if (!hyphen && k + 1 < n && lx.get(k).lower().equals("of") && lx.get(k + 1).lower().equals("age")) {
                ex.type = NumberType.AGE;
                ex.to = k + 2;
                return;
            }
        }
        if (unit.type() == NumberType.TEMPERATURE && unit.name().equals("degree") && !temperatureContext(lx, ex)) {
            ex.type = NumberType.QUANTITY;
        }
        if (!hyphen) {
            sequence(lx, ex);
        }
    }

    /** After 5" or 6' comes the end, a bracket or a word ("a 10" screen"), not the punctuation that follows a quote. */
    private static boolean quoteMarkEndsUnit(List<Lexeme> lx, int after) {
        return after >= lx.size() || lx.get(after).is(')') || lx.get(after).isWord() && !lx.get(after).isCapitalized();
    }

    private static boolean insideQuotes(List<Lexeme> lx, int before) {
        int quotes = 0;
        for (int k = 0; k < before; k++) {
            if (lx.get(k).is('"') || lx.get(k).is('\'')) {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    private static boolean isClockTime(Expr ex) {
        double v = ex.value;
        if (ex.numeral == null || ex.numeral.spelled()) {
            return v >= 1 && v <= 12 && v == Math.rint(v);
        }
        if (v == Math.rint(v)) {
            return v >= 0 && v <= 12;
        }
        double minutes = Math.round((v - Math.floor(v)) * 1000) / 10.0;
        return v < 13 && minutes == Math.rint(minutes) && minutes < 60 && hasTwoDecimals(ex);
    }

    private static boolean hasTwoDecimals(Expr ex) {
        double v = ex.value * 100;
        return Math.abs(v - Math.rint(v)) < 1e-9 && Math.abs(ex.value * 10 - Math.rint(ex.value * 10)) > 1e-9;
    }

    private static boolean inchContext(List<Lexeme> lx, int after) {
        if (after >= lx.size()) {
            return true;
        }
        Lexeme l = lx.get(after);
        if (l.kind() == Lexeme.Kind.SYMBOL) {
            return !l.is('$');
        }
        return SIZE_ADJECTIVES.contains(l.lower());
    }

    private boolean temperatureContext(List<Lexeme> lx, Expr ex) {
        for (int k = Math.max(0, ex.from - 8); k < Math.min(lx.size(), ex.to + 3); k++) {
            if (TEMPERATURE_CONTEXT.contains(lx.get(k).lower()) && (k < ex.from || k >= ex.to)) {
                return true;
            }
        }
        return ex.value < 0 || lx.get(ex.to - 1).is('°');
    }

    /** "kilometers per hour", "km/ms", "J/m^2": a unit per another unit. */
    private void compound(List<Lexeme> lx, Expr ex) {
        int j = ex.to;
        if (j + 1 >= lx.size()) {
            return;
        }
        Lexeme l = lx.get(j);
        boolean per = l.lower().equals("per") || (l.is('/') && l.glued());
        if (!per) {
            return;
        }
        UnitTable.Match u = units.match(lx, j + 1);
        if (u == null) {
            return;
        }
        ex.unit = ex.unit + " per " + u.unit().name();
        ex.measure = new UnitTable.Unit(ex.unit, NumberType.QUANTITY, ex.measure.dimension() + "/" + u.unit().dimension(),
                ex.measure.factor() / u.unit().factor());
        ex.type = NumberType.QUANTITY;
        ex.to = u.to();
    }

    /** "7 feet 10 inches", "2 years and 3 months", "1 hour fifteen", "an hour and a half": one amount. */
    private void sequence(List<Lexeme> lx, Expr ex) {
        UnitTable.Unit smallest = ex.measure;
        double base = ex.value * smallest.factor();
        boolean extended = false;
        int n = lx.size();
        while (true) {
            int j = ex.to;
            if (j < n && lx.get(j).is(',')) {
                j++;
            }
            if (j < n && lx.get(j).lower().equals("and")) {
                j++;
            }
            if (j >= n) {
                break;
            }
            // and a half
            if (j + 1 < n && (lx.get(j).lower().equals("a") || lx.get(j).lower().equals("an"))
                    && lx.get(j + 1).lower().equals("half") && j > ex.to) {
                base += 0.5 * ex.measure.factor();
                ex.to = j + 2;
                extended = true;
                break;
            }
            if (lx.get(j).lower().equals("half") && j > ex.to && lx.get(j - 1).lower().equals("and")) {
                base += 0.5 * ex.measure.factor();
                ex.to = j + 1;
                extended = true;
                break;
            }
            if (!numerals.startsNumber(lx, j)) {
                break;
            }
            Numeral part = numerals.parse(lx, j);
            if (part == null || part.rejected() || part.ordinal()) {
                break;
            }
            UnitTable.Match u = units.match(lx, part.to());
            if (u != null && u.unit().dimension().equals(smallest.dimension()) && u.unit().factor() < smallest.factor()
                    && !smallest.dimension().equals("celsius")) {
                base += part.value() * u.unit().factor();
                smallest = u.unit();
                ex.to = u.to();
                extended = true;
                continue;
            }
            // "1 hour fifteen": the next smaller time unit is implied
            if (u == null && smallest.isTime() && smallest.name().equals("hour") && part.value() < 60
                    && isEndOrPunct(lx, part.to())) {
                UnitTable.Unit minute = units.byName("minute");
                base += part.value() * minute.factor();
                smallest = minute;
                ex.to = part.to();
                extended = true;
            }
            break;
        }
        if (extended) {
            ex.measure = smallest;
            ex.unit = smallest.name();
            ex.value = base / smallest.factor();
        }
    }

    /** A number with the noun it counts: "50 countries", "2,000 troops", "12 people". */
    private void count(List<Lexeme> lx, Expr ex) {
        int j = ex.to;
        if (j >= lx.size() || ex.numeral == null || ex.numeral.bareFraction() || ex.value != Math.rint(ex.value)
                || ex.value < 2) {
            return;
        }
        Lexeme l = lx.get(j);
        if (!l.isWord() || l.gap() != 1 || Character.isUpperCase(l.text().charAt(0))) {
            return;
        }
        if (isCountNoun(l.lower())) {
            ex.type = NumberType.COUNT;
            ex.unit = l.text();
            ex.to = j + 1;
        }
    }

    private boolean isCountNoun(String s) {
        if (IRREGULAR_PLURALS.contains(s)) {
            return true;
        }
        if (s.length() < 4 || !s.endsWith("s") || s.endsWith("ss") || s.endsWith("us") || s.endsWith("is")
                || s.endsWith("'s")) {
            return false;
        }
        return !NOT_COUNTED.contains(s) && !words.contains(s);
    }

    // ------------------------------------------------------------------ ranges and qualifiers

    private Expr range(List<Lexeme> lx, Expr first, int floor) {
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
        if (isYear(first.numeral, first) && !first.hasUnit()) {
            return dash ? REJECTED : null; // "2030 to 32 percent", "1990-95"
        }
        Expr second = read(lx, num2, numStart, false);
        if (second == null) {
            return dash ? REJECTED : null;
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
        Expr r = new Expr();
        Expr unitSource = second.hasUnit() ? second : first;
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

    private static boolean sameKind(Expr a, Expr b) {
        if (a.money || b.money) {
            return a.money && b.money;
        }
        if (a.measure != null && b.measure != null) {
            return a.measure.dimension().equals(b.measure.dimension());
        }
        return a.type == b.type;
    }

    private int skipRange(List<Lexeme> lx, Expr first) {
        int j = first.to + 1;
        while (j < lx.size() && (lx.get(j).isDigits() || lx.get(j).is('-')) && lx.get(j).gap() <= 1) {
            j++;
        }
        return j;
    }

    private void qualify(List<Lexeme> lx, Expr ex, int floor) {
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

    private boolean isQuantity(String text, List<Lexeme> lx, Expr ex) {
        if (ex.type == null) {
            return false; // a time of day
        }
        Numeral num = ex.numeral;
        int f = num.from();
        Lexeme before = f > 0 ? lx.get(f - 1) : null;
        boolean plain = !ex.hasUnit() && Double.isNaN(ex.low);
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
                if (before != null && ONE_AS_PRONOUN.contains(before.lower())) {
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

    private static boolean isSignWord(Lexeme l) {
        return l.lower().equals("minus") || l.lower().equals("negative");
    }

    private static boolean isYear(Numeral num, Expr ex) {
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

    private NumberMention toMention(String text, List<Lexeme> lx, Expr ex) {
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
