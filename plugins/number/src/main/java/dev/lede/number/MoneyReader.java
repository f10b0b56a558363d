package dev.lede.number;

import dev.lede.annotation.NumberType;

import java.util.List;
import java.util.Set;

/**
 * Currencies around a number ("$", "US$", "EUR", "euros", "MUSD"), multipliers ("$4.2bn", "10k"), sub-units
 * ("thirteen dollars forty-five cents") and rates ("$15/hour"). Hand-written news grammar over {@link CurrencyTable}.
 */
final class MoneyReader {
    private static final Set<String> SUBUNITS = Set.of("cent", "cents", "c", "pence", "p", "sen", "sens", "kopiyka",
            "kopiykas", "kopecks", "kopeck", "paise", "centavos", "mao");
    private static final Set<String> WEIGHT_CONTEXT = Set.of("weigh", "weighs", "weighed", "weighing", "weight",
            "lose", "lost", "losing", "gain", "gained", "drop", "dropped", "heavy", "heavier", "bag", "lighter");

    private final NumeralParser numerals = new NumeralParser();
    private final UnitTable units = UnitTable.get();
    private final CurrencyTable currencies = CurrencyTable.get();
    private final NumberWords words = NumberWords.get();

    void prefix(List<Lexeme> lx, Expression ex, int floor) {
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

    /** 10k, $4.2bn, €20m, 1MM, 3 bn. */
    void multiplier(List<Lexeme> lx, Expression ex) {
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
                case "k" -> m = endsHere && Lexeme.endsPhrase(lx, ex.to + 1) ? 1e3 : 0;
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

    void postCurrency(List<Lexeme> lx, Expression ex) {
        int j = ex.to;
        if (j >= lx.size() || lx.get(j).gap() > 2) {
            return;
        }
        Lexeme l = lx.get(j);
        CurrencyTable.Money millions = currencies.millionsCode(l);
        if (millions != null) {
            ex.setMoney(millions.code(), 1, j + 1);
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
        UnitTable.Match unit = units.match(lx, j);
        if (unit != null && unit.to() > m.to()) {
            return; // "400 pound-feet": the longer unit wins over the currency inside it
        }
        String surface = lx.get(m.from()).lower();
        // one-letter symbols (10c, 10p) only when glued or ending the phrase
        if (m.to() - m.from() == 1 && surface.length() == 1 && Character.isLetter(surface.charAt(0))
                && !l.glued() && !Lexeme.endsPhrase(lx, m.to())) {
            return;
        }
        if (surface.startsWith("pound") && isWeight(lx, ex, m.to())) {
            return; // "25 pounds" of weight: left to the unit table
        }
        ex.setMoney(m.money().code(), m.money().factor(), m.to());
        // "75 USD million"
        if (ex.to < lx.size() && lx.get(ex.to).isWord()) {
            NumberWords.Word w = words.word(lx.get(ex.to).lower());
            if (w != null && w.kind() == NumberWords.Kind.SCALE && !w.plural()) {
                ex.value *= w.value();
                ex.to++;
            }
        }
    }

    private boolean isWeight(List<Lexeme> lx, Expression ex, int after) {
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

    /** "thirteen dollars forty-five cents", "$20 and 43c", "20 Rupees 43", "3 GBP 1 pence". */
    void subunits(List<Lexeme> lx, Expression ex) {
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
    void perUnit(List<Lexeme> lx, Expression ex) {
        int j = ex.to;
        if (j + 1 < lx.size() && (lx.get(j).is('/') || lx.get(j).lower().equals("per"))) {
            UnitTable.Match u = units.match(lx, j + 1);
            if (u != null) {
                ex.to = u.to();
            }
        }
    }
}
