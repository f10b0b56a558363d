package dev.lede.number;

import com.ibm.icu.lang.UCharacter;

import java.util.List;

/**
 * Reads a number written with digits starting at a lexeme: thousands separators (1,234,567 / 1.234.567,89 /
 * 12,34,567 / 40 000), decimals, a leading point (.77), exponents (1.3e6, 2.5^-1, 2.48×10−5), fractions (3/4,
 * 2 1/4, 2½) and ordinal suffixes (21st). Shapes that are not quantities (192.168.1.2, 5/17/2018, 1990s) come back
 * rejected. Written by hand: java.text and ICU number parsers read one locale's separators at a time and do not know
 * which digit shapes in news are identifiers.
 */
final class DigitLiteral {

    private DigitLiteral() {
    }

    /** Value of a vulgar fraction character (½, ¾ ...) via ICU's Unicode numeric values, or NaN. */
    static double vulgar(Lexeme l) {
        if (l.kind() != Lexeme.Kind.SYMBOL) {
            return Double.NaN;
        }
        double v = UCharacter.getUnicodeNumericValue(l.text().codePointAt(0));
        return v != UCharacter.NO_NUMERIC_VALUE && v > 0 && v < 1 ? v : Double.NaN;
    }

    static boolean startsLiteral(List<Lexeme> lx, int i) {
        Lexeme l = lx.get(i);
        if (l.isDigits() || !Double.isNaN(vulgar(l))) {
            return true;
        }
        return l.is('.') && i + 1 < lx.size() && lx.get(i + 1).isDigits() && lx.get(i + 1).glued()
                && (i == 0 || l.gap() > 0 || !lx.get(i - 1).isDigits());
    }

    /** Parses the literal at {@code i} (which must satisfy {@link #startsLiteral}). */
    static Numeral parse(List<Lexeme> lx, int i) {
        int n = lx.size();
        Lexeme first = lx.get(i);
        double vul = vulgar(first);
        if (!Double.isNaN(vul)) {
            return new Numeral(vul, i, i + 1, false, false, null, false, false, false);
        }
        int phoneEnd = phoneNumberEnd(lx, i);
        if (phoneEnd > 0) {
            return Numeral.rejected(i, phoneEnd);
        }
        if (first.is('.')) {
            Lexeme d = lx.get(i + 1);
            double v = Double.parseDouble("0." + d.text());
            return exponent(lx, new Numeral(v, i, i + 2, false, false, null, false, false, false));
        }
        // digit groups joined by ',' or '.' with nothing in between
        int k = i;
        StringBuilder seps = new StringBuilder();
        while (k + 2 < n && (lx.get(k + 1).is(',') || lx.get(k + 1).is('.')) && lx.get(k + 1).glued()
                && lx.get(k + 2).isDigits() && lx.get(k + 2).glued()) {
            seps.append(lx.get(k + 1).text().charAt(0));
            k += 2;
        }
        int groups = seps.length();
        Numeral lit;
        if (groups == 0) {
            lit = spaceGrouped(lx, i);
        } else {
            lit = separated(lx, i, seps.toString());
        }
        if (lit.rejected()) {
            return lit;
        }
        int end = lit.to();
        // date or identifier shapes glued to the number: 2025-04-15, 5/17/2018, 10:30, 1111-2222-3333
        if (end < n && lx.get(end).glued() && (lx.get(end).is(':'))
                && end + 1 < n && lx.get(end + 1).isDigits() && lx.get(end + 1).glued()) {
            return Numeral.rejected(i, skipGluedChain(lx, end + 1));
        }
        if (end + 3 < n && lit.plainInteger() != null && (lx.get(end).is('/') || lx.get(end).is('-') || lx.get(end).is('.'))
                && lx.get(end).glued() && lx.get(end + 1).isDigits() && lx.get(end + 1).glued()
                && lx.get(end + 2).is(lx.get(end).text().charAt(0)) && lx.get(end + 2).glued()
                && lx.get(end + 3).isDigits() && lx.get(end + 3).glued()) {
            return Numeral.rejected(i, skipGluedChain(lx, end + 3));
        }
        // decades: 1990s, 90s
        if (end < n && lx.get(end).glued() && lx.get(end).isWord() && lx.get(end).lower().equals("s")
                && lit.plainInteger() != null) {
            return Numeral.rejected(i, end + 1);
        }
        // ordinal suffix: 21st, 2nd, 3rd, 11th
        if (end < n && lx.get(end).glued() && lx.get(end).isWord() && lit.plainInteger() != null
                && isOrdinalSuffix(lx.get(end).lower())) {
            return new Numeral(lit.value(), i, end + 1, true, false, null, false, false, false);
        }
        lit = exponent(lx, lit);
        // fraction a/b
        end = lit.to();
        if (end + 1 < n && lx.get(end).is('/') && lx.get(end).glued() && lx.get(end + 1).isDigits()
                && lx.get(end + 1).glued() && lit.plainInteger() != null) {
            double den = Double.parseDouble(lx.get(end + 1).text());
            if (den == 0) {
                return Numeral.rejected(i, end + 2);
            }
            return new Numeral(lit.value() / den, i, end + 2, false, false, null, false, false, false);
        }
        // mixed number: 2 1/4, 10 1/2, 2½, 2 ½
        if (end < n && lit.plainInteger() != null) {
            Lexeme nx = lx.get(end);
            double v2 = vulgar(nx);
            if (!Double.isNaN(v2) && nx.gap() <= 1) {
                return new Numeral(lit.value() + v2, i, end + 1, false, false, null, false, false, false);
            }
            if (nx.isDigits() && nx.gap() > 0 && end + 2 < n && lx.get(end + 1).is('/') && lx.get(end + 1).glued()
                    && lx.get(end + 2).isDigits() && lx.get(end + 2).glued()
                    && !(end + 3 < n && lx.get(end + 3).is('/') && lx.get(end + 3).glued())) {
                double a = Double.parseDouble(nx.text());
                double b = Double.parseDouble(lx.get(end + 2).text());
                if (b > 0 && a < b) {
                    return new Numeral(lit.value() + a / b, i, end + 3, false, false, null, false, false, false);
                }
            }
        }
        return lit;
    }

    /**
     * Phone numbers: "+44 20 7946 0958", "+1-202-555-0143", "(555) 123-4567". Returns the end of the number, or -1.
     * A leading "+" glued to digits and followed by two more digit groups, or an area code in brackets followed by
     * a hyphenated group, is a phone number.
     */
    private static int phoneNumberEnd(List<Lexeme> lx, int i) {
        int n = lx.size();
        if (i > 0 && lx.get(i - 1).is('+') && lx.get(i).glued() && (i == 1 || lx.get(i - 1).gap() > 0)) {
            int k = i + 1;
            int groups = 0;
            while (k < n) {
                Lexeme l = lx.get(k);
                if (l.isDigits() && l.gap() <= 1) {
                    groups++;
                    k++;
                } else if ((l.is('-') || l.is('.')) && l.glued() && k + 1 < n && lx.get(k + 1).isDigits()
                        && lx.get(k + 1).glued()) {
                    k++;
                } else {
                    break;
                }
            }
            return groups >= 2 ? k : -1;
        }
        if (i > 0 && lx.get(i - 1).is('(') && i + 4 < n && lx.get(i + 1).is(')') && lx.get(i + 2).isDigits()
                && lx.get(i + 3).is('-') && lx.get(i + 3).glued() && lx.get(i + 4).isDigits() && lx.get(i + 4).glued()) {
            return i + 5;
        }
        return -1;
    }

    private static boolean isOrdinalSuffix(String s) {
        return s.equals("st") || s.equals("nd") || s.equals("rd") || s.equals("th");
    }

    private static int skipGluedChain(List<Lexeme> lx, int k) {
        int j = k + 1;
        while (j < lx.size() && lx.get(j).glued() && (lx.get(j).isDigits() || lx.get(j).is(':') || lx.get(j).is('/')
                || lx.get(j).is('-') || lx.get(j).is('.'))) {
            if (lx.get(j).is('.') && (j + 1 >= lx.size() || !lx.get(j + 1).isDigits() || !lx.get(j + 1).glued())) {
                break;
            }
            j++;
        }
        return j;
    }

    /** 40 000, 1 414 021 100, 1 234 567.89 (a space, no-break space or narrow no-break space between groups). */
    private static Numeral spaceGrouped(List<Lexeme> lx, int i) {
        String head = lx.get(i).text();
        int k = i;
        StringBuilder digits = new StringBuilder(head);
        // not inside a run of numbers ("70 76 71 70 288" in a results table)
        boolean afterNumber = i > 0 && lx.get(i - 1).isDigits();
        if (head.length() <= 3 && !afterNumber) {
            while (k + 1 < lx.size() && lx.get(k + 1).isDigits() && lx.get(k + 1).gap() == 1
                    && lx.get(k + 1).text().length() == 3
                    && !(k + 2 < lx.size() && (lx.get(k + 2).is('/') || lx.get(k + 2).is(':')) && lx.get(k + 2).glued())) {
                digits.append(lx.get(k + 1).text());
                k++;
            }
        }
        double v;
        String plain = null;
        if (k + 2 < lx.size() && lx.get(k + 1).is('.') && lx.get(k + 1).glued() && lx.get(k + 2).isDigits()
                && lx.get(k + 2).glued()) {
            v = Double.parseDouble(digits + "." + lx.get(k + 2).text());
            k += 2;
        } else {
            v = Double.parseDouble(digits.toString());
            if (k == i) {
                plain = head;
            }
        }
        return new Numeral(v, i, k + 1, false, false, plain, false, false, false);
    }

    private static Numeral separated(List<Lexeme> lx, int i, String seps) {
        int groups = seps.length();
        String[] parts = new String[groups + 1];
        for (int g = 0; g <= groups; g++) {
            parts[g] = lx.get(i + 2 * g).text();
        }
        int end = i + 2 * groups + 1;
        boolean allComma = seps.indexOf('.') < 0;
        boolean allDot = seps.indexOf(',') < 0;
        if (allComma) {
            if (allLength(parts, 1, groups, 3)) {
                return ok(String.join("", parts), i, end);
            }
            if (parts[groups].length() == 3 && allLength(parts, 1, groups - 1, 2) && parts[0].length() <= 2) {
                return ok(String.join("", parts), i, end); // 12,34,567 (Indian grouping)
            }
            boolean listGoesOn = i >= 2 && lx.get(i - 1).is(',') && lx.get(i).glued() && lx.get(i - 1).glued()
                    && lx.get(i - 2).isDigits();
            if (groups == 1 && parts[1].length() <= 2 && !listGoesOn) {
                return ok(parts[0] + "." + parts[1], i, end); // 5,00 or 1,3 (decimal comma)
            }
            // a list such as 22,24,26: the first number only
            return new Numeral(Double.parseDouble(parts[0]), i, i + 1, false, false, parts[0], false, false, false);
        }
        if (allDot) {
            if (groups == 1) {
                return ok(parts[0] + "." + parts[1], i, end);
            }
            if (allLength(parts, 1, groups, 3)) {
                return ok(String.join("", parts), i, end);
            }
            return Numeral.rejected(i, end); // 1.2.3, 192.168.1.2: versions and addresses
        }
        char last = seps.charAt(groups - 1);
        char other = last == '.' ? ',' : '.';
        boolean indian = parts[groups - 1].length() == 3 && allLength(parts, 1, groups - 2, 2) && parts[0].length() <= 2;
        if (seps.substring(0, groups - 1).chars().allMatch(c -> c == other)
                && (allLength(parts, 1, groups - 1, 3) || other == ',' && indian)) {
            StringBuilder s = new StringBuilder();
            for (int g = 0; g < groups; g++) {
                s.append(parts[g]);
            }
            return ok(s + "." + parts[groups], i, end);
        }
        return Numeral.rejected(i, end);
    }

    private static boolean allLength(String[] parts, int from, int to, int len) {
        for (int g = from; g <= to; g++) {
            if (parts[g].length() != len) {
                return false;
            }
        }
        return true;
    }

    private static Numeral ok(String number, int from, int to) {
        return new Numeral(Double.parseDouble(number), from, to, false, false, null, false, false, false);
    }

    /** 1e10, -127.32e13, 2.5^-1, 2.48×10−5, 5.5x10-3, 8x2^10. */
    private static Numeral exponent(List<Lexeme> lx, Numeral lit) {
        int n = lx.size();
        int e = lit.to();
        if (e + 1 < n && lx.get(e).glued() && lx.get(e).isWord() && lx.get(e).lower().equals("e")) {
            int k = e + 1;
            double sign = 1;
            if (k < n && isSign(lx.get(k)) && lx.get(k).glued()) {
                sign = lx.get(k).is('+') ? 1 : -1;
                k++;
            }
            if (k < n && lx.get(k).isDigits() && lx.get(k).glued()) {
                double x = sign * Double.parseDouble(lx.get(k).text());
                return lit.withValue(lit.value() * Math.pow(10, x), k + 1);
            }
        }
        if (e + 1 < n && lx.get(e).is('^') && lx.get(e).glued()) {
            int k = e + 1;
            double sign = 1;
            if (isSign(lx.get(k)) && lx.get(k).glued()) {
                sign = lx.get(k).is('+') ? 1 : -1;
                k++;
            }
            if (k < n && lx.get(k).isDigits() && lx.get(k).glued()) {
                double x = sign * Double.parseDouble(lx.get(k).text());
                return lit.withValue(Math.pow(lit.value(), x), k + 1);
            }
        }
        if (e + 1 < n && (lx.get(e).is('×') || (lx.get(e).isWord() && lx.get(e).lower().equals("x") && lx.get(e).glued()))
                && lx.get(e + 1).isDigits() && lx.get(e + 1).gap() <= 1) {
            double base = Double.parseDouble(lx.get(e + 1).text());
            int k = e + 2;
            if (k < n && lx.get(k).is('^') && lx.get(k).glued()) {
                k++;
            }
            double sign = 1;
            if (k < n && isSign(lx.get(k)) && lx.get(k).glued()) {
                sign = lx.get(k).is('+') ? 1 : -1;
                k++;
            }
            if (k < n && lx.get(k).isDigits() && lx.get(k).glued() && k > e + 2) {
                double x = sign * Double.parseDouble(lx.get(k).text());
                return lit.withValue(lit.value() * Math.pow(base, x), k + 1);
            }
        }
        return lit;
    }

    static boolean isSign(Lexeme l) {
        return l.is('-') || l.is('+') || l.is('−');
    }
}
