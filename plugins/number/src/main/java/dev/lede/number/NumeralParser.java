package dev.lede.number;

import dev.lede.number.NumberWords.Kind;
import dev.lede.number.NumberWords.Word;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a number phrase at a lexeme: spelled out ("one hundred and sixty-one", "twenty fifth", "two thirds of a
 * million", "five and a half million"), in digits ({@link DigitLiteral}) or mixed ("3 million", "4 thousand 3
 * hundred and 21"). The vocabulary comes from ICU ({@link NumberWords}); the composition is the usual English
 * short-scale grammar, written here because ICU's parser cannot read news spellings (see NumberWords).
 */
final class NumeralParser {

    private enum E { A, CARD, LIT, HUNDRED, SCALE, AND, POINT, ORD, SCALE_ORD, HALF, QUARTER, DOZEN, COUPLE, OF_A }

    /** One element of a number phrase over lexemes [from, to). */
    private record Elem(E kind, double value, boolean plural, int from, int to, boolean hyphenBefore, Numeral literal) {
    }

    private enum Last { NONE, A, UNIT, TENS, LIT, HUNDRED, SCALE, AND, FRACTION, DOZEN }

    private final NumberWords words = NumberWords.get();

    /** True when a number phrase may start at this lexeme. */
    boolean startsNumber(List<Lexeme> lx, int i) {
        Lexeme l = lx.get(i);
        if (DigitLiteral.startsLiteral(lx, i)) {
            return true;
        }
        if (!l.isWord()) {
            return false;
        }
        if (words.contains(l.lower())) {
            return true;
        }
        String s = l.lower();
        // "a hundred", "a third", "point 77"
        return i + 1 < lx.size() && ((s.equals("a") || s.equals("an")) && lx.get(i + 1).isWord()
                && words.contains(lx.get(i + 1).lower()) || s.equals("point") && startsNumberWord(lx, i + 1));
    }

    /** The number phrase at {@code i}, or null. */
    Numeral parse(List<Lexeme> lx, int i) {
        List<Elem> elems = collect(lx, i);
        if (elems.isEmpty()) {
            return null;
        }
        Elem first = elems.get(0);
        if (first.kind == E.LIT && first.literal.rejected()) {
            return first.literal;
        }
        if (elems.size() == 1 && first.kind == E.LIT) {
            return first.literal;
        }
        return evaluate(elems);
    }

    private List<Elem> collect(List<Lexeme> lx, int i) {
        List<Elem> out = new ArrayList<>();
        int n = lx.size();
        int j = i;
        boolean hyphen = false;
        while (j < n) {
            Lexeme l = lx.get(j);
            E prev = out.isEmpty() ? null : out.get(out.size() - 1).kind;
            if (DigitLiteral.startsLiteral(lx, j)) {
                if (prev != null && prev != E.SCALE && prev != E.AND && prev != E.POINT) {
                    break;
                }
                if (prev != null && l.gap() == 0) {
                    break;
                }
                Numeral lit = DigitLiteral.parse(lx, j);
                if (lit.rejected() && !out.isEmpty()) {
                    break;
                }
                out.add(new Elem(E.LIT, lit.value(), false, j, lit.to(), hyphen, lit));
                if (lit.rejected() || lit.ordinal()) {
                    break;
                }
                j = lit.to();
                hyphen = false;
                continue;
            }
            if (l.isWord()) {
                Word w = words.word(l.lower());
                if (w != null) {
                    if (prev == E.LIT && l.gap() == 0 && w.kind() != Kind.SCALE) {
                        break; // "3rd": suffixes are read elsewhere; "$1million" goes on
                    }
                    out.add(new Elem(kindOf(w), w.value(), w.plural(), j, j + 1, hyphen, null));
                    hyphen = false;
                    j++;

                    continue;
                }
                String s = l.lower();
                boolean nextIsNumber = j + 1 < n && startsNumberWord(lx, j + 1);
                if ((s.equals("a") || s.equals("an")) && nextIsNumber
                        && (prev == null || prev == E.AND || prev == E.HALF || prev == E.QUARTER)) {
                    out.add(new Elem(E.A, 1, false, j, j + 1, false, null));
                    j++;
                    continue;
                }
                if (s.equals("and") && prev != null && j + 1 < n && (startsNumberWord(lx, j + 1) || isArticle(lx, j + 1))) {
                    out.add(new Elem(E.AND, 0, false, j, j + 1, false, null));
                    j++;
                    continue;
                }
                if (s.equals("point") && j + 1 < n && startsNumberWord(lx, j + 1)) {
                    out.add(new Elem(E.POINT, 0, false, j, j + 1, false, null));
                    j++;
                    continue;
                }
                if (s.equals("of") && (prev == E.HALF || prev == E.QUARTER || prev == E.ORD) && j + 2 < n
                        && (lx.get(j + 1).lower().equals("a") || lx.get(j + 1).lower().equals("an"))
                        && lx.get(j + 2).isWord() && words.word(lx.get(j + 2).lower()) != null
                        && words.word(lx.get(j + 2).lower()).kind() == Kind.SCALE) {
                    out.add(new Elem(E.OF_A, 0, false, j, j + 2, false, null));
                    j += 2;
                    continue;
                }
                break;
            }
            // hyphens inside spelled numbers: twenty-five, twenty—fifth, one - fourth
            // and "$400-million" (a digit literal joined to a scale word)
            if ((l.is('-') || l.is('—') || l.is('–')) && prev != null && j + 1 < n
                    && lx.get(j + 1).isWord() && words.contains(lx.get(j + 1).lower())
                    && (prev != E.LIT || l.glued() && words.word(lx.get(j + 1).lower()).kind() == Kind.SCALE)) {
                hyphen = true;
                j++;
                continue;
            }
            break;
        }
        // never end on a connective
        while (!out.isEmpty()) {
            E k = out.get(out.size() - 1).kind;
            if (k == E.A || k == E.AND || k == E.POINT || k == E.OF_A) {
                out.remove(out.size() - 1);
            } else {
                break;
            }
        }
        return out;
    }

    private static boolean isArticle(List<Lexeme> lx, int j) {
        String s = lx.get(j).lower();
        return (s.equals("a") || s.equals("an")) && j + 1 < lx.size() && lx.get(j + 1).isWord();
    }

    private boolean startsNumberWord(List<Lexeme> lx, int j) {
        Lexeme l = lx.get(j);
        return (l.isWord() && words.contains(l.lower())) || DigitLiteral.startsLiteral(lx, j);
    }

    private static E kindOf(Word w) {
        return switch (w.kind()) {
            case CARDINAL -> E.CARD;
            case ORDINAL -> E.ORD;
            case SCALE -> E.SCALE;
            case SCALE_ORDINAL, HUNDREDTH -> E.SCALE_ORD;
            case HUNDRED -> E.HUNDRED;
            case DOZEN -> E.DOZEN;
            case HALF -> E.HALF;
            case QUARTER -> E.QUARTER;
            case COUPLE -> E.COUPLE;
        };
    }

    /** True when number words from {@code k} lead to a fraction word: "two and [fifty-four hundredths]". */
    private static boolean fractionAhead(List<Elem> el, int k) {
        for (int m = k; m < el.size(); m++) {
            E kind = el.get(m).kind;
            if (kind == E.ORD || kind == E.HALF || kind == E.QUARTER || kind == E.SCALE_ORD) {
                return m > k;
            }
            if (kind != E.CARD && kind != E.HUNDRED) {
                return false;
            }
        }
        return false;
    }

    /** Left-to-right evaluation; stops at the first element that does not fit and keeps the last complete value. */
    private Numeral evaluate(List<Elem> el) {
        double total = 0;
        double cur = 0;
        Last last = Last.NONE;
        double lastScale = 0;
        boolean hasAnd = false;
        double andBase = 0;
        Last beforeAnd = Last.NONE;
        double scaleBeforeAnd = 1;
        double frac = Double.NaN;
        boolean split = false;
        boolean spelled = false;
        boolean sawLiteral = false;
        double valueAtAnd = Double.NaN;
        int endAtAnd = -1;
        // the committed result
        int endLex = -1;
        double value = Double.NaN;
        boolean ordinal = false;
        boolean approximate = false;
        boolean bareFraction = false;
        int from = el.get(0).from;

        for (int k = 0; k < el.size(); k++) {
            Elem e = el.get(k);
            spelled |= e.kind != E.LIT;
            boolean stop = false;
            switch (e.kind) {
                case A -> {
                    if (last != Last.NONE && last != Last.AND && last != Last.FRACTION) {
                        stop = true;
                    } else if (last != Last.FRACTION) {
                        last = Last.A;
                    }
                }
                case CARD -> {
                    double v = e.value;
                    Elem next = k + 1 < el.size() ? el.get(k + 1) : null;
                    // a tens word followed by a singular (or hyphen-joined) ordinal unit is one ordinal: twenty-fifth
                    if (v >= 20 && v < 100 && v % 10 == 0 && next != null && next.kind == E.ORD && next.value < 10
                            && next.value > 0 && (!next.plural || next.hyphenBefore)
                            && (last == Last.NONE || last == Last.HUNDRED || last == Last.SCALE || last == Last.A
                                || (last == Last.UNIT && cur >= 1 && cur < 10) || last == Last.AND)) {
                        double den = v + next.value;
                        if (next.plural || last == Last.A || (last == Last.UNIT && cur >= 1 && cur < 10)) {
                            double numerator = last == Last.A ? 1 : cur;
                            value = (hasAnd ? andBase : total) + numerator / den;
                            endLex = next.to;
                        } else {
                            value = total + cur + den;
                            ordinal = true;
                            endLex = next.to;
                        }
                        stop = true;
                        break;
                    }
                    if (last == Last.NONE) {
                        cur = v;
                    } else if (last == Last.TENS && v < 10 && v > 0) {
                        cur += v;
                    } else if (last == Last.HUNDRED && v < 100) {
                        cur += v;
                    } else if (last == Last.SCALE) {
                        cur = v;
                    } else if (last == Last.AND && (beforeAnd == Last.HUNDRED || beforeAnd == Last.SCALE
                            || (beforeAnd == Last.TENS && v < 10))) {
                        cur += v;
                    } else if (last == Last.AND) {
                        // "one and ...": only a fraction may follow; keep the value for it
                        if (!fractionAhead(el, k)) {
                            stop = true;
                            break;
                        }
                        total = 0;
                        cur = v;
                        split = true;
                        last = v >= 20 && v < 100 && v % 10 == 0 ? Last.TENS : Last.UNIT;
                        break;
                    } else {
                        stop = true;
                        break;
                    }
                    last = v >= 20 && v < 100 && v % 10 == 0 ? Last.TENS : Last.UNIT;
                    value = total + cur;
                    endLex = e.to;
                }
                case LIT -> {
                    Numeral lit = e.literal;
                    if (lit.ordinal()) {
                        if (last == Last.NONE) {
                            value = lit.value();
                            ordinal = true;
                            endLex = e.to;
                        }
                        stop = true;
                        break;
                    }
                    sawLiteral = true;
                    if (last == Last.NONE) {
                        cur = lit.value();
                    } else if ((last == Last.SCALE
                            || last == Last.AND && (beforeAnd == Last.SCALE || beforeAnd == Last.HUNDRED))
                            && lit.isInteger() && lit.value() < 1000 && lit.value() > 0) {
                        cur += lit.value();
                    } else {
                        stop = true;
                        break;
                    }
                    last = Last.LIT;
                    value = total + cur;
                    endLex = e.to;
                }
                case HUNDRED -> {
                    if (e.plural && last == Last.NONE) {
                        stop = true;
                        break;
                    }
                    if (hasAnd && cur >= 100 && (last == Last.UNIT || last == Last.TENS || last == Last.LIT)) {
                        // "3 hundred and 2 hundred": two numbers, not 30200
                        value = valueAtAnd;
                        endLex = endAtAnd;
                        stop = true;
                        break;
                    }
                    if (last == Last.NONE || last == Last.A) {
                        cur = 100;
                    } else if (last == Last.UNIT || last == Last.TENS || last == Last.LIT) {
                        cur *= 100;
                    } else {
                        stop = true;
                        break;
                    }
                    last = Last.HUNDRED;
                    value = total + cur;
                    endLex = e.to;
                }
                case SCALE -> {
                    double s = e.value;
                    if (e.plural && last == Last.NONE) {
                        stop = true;
                        break;
                    }
                    if (last == Last.NONE || last == Last.A) {
                        total += s;
                    } else if (last == Last.UNIT || last == Last.TENS || last == Last.HUNDRED || last == Last.LIT
                            || last == Last.DOZEN) {
                        if (total > 0 && total < s) {
                            total = (total + cur) * s;
                        } else {
                            total += cur * s;
                        }
                        cur = 0;
                    } else if (last == Last.SCALE && s > lastScale && cur == 0) {
                        total *= s;
                    } else if (last == Last.FRACTION) {
                        if (hasAnd && beforeAnd == Last.SCALE) {
                            total = andBase + frac * s;
                        } else if (hasAnd) {
                            total = (andBase + frac) * s;
                        } else {
                            total = frac * s;
                        }
                        cur = 0;
                        frac = Double.NaN;
                        hasAnd = false;
                        bareFraction = false;
                    } else {
                        stop = true;
                        break;
                    }
                    if (last != Last.FRACTION) {
                        hasAnd = false;
                        split = false;
                    }
                    last = Last.SCALE;
                    lastScale = s;
                    value = total + cur;
                    endLex = e.to;
                }
                case AND -> {
                    if (last == Last.UNIT || last == Last.TENS || last == Last.LIT || last == Last.HUNDRED
                            || last == Last.SCALE) {
                        beforeAnd = last;
                        valueAtAnd = value;
                        endAtAnd = endLex;
                        andBase = total + cur;
                        scaleBeforeAnd = last == Last.SCALE ? lastScale : 1;
                        hasAnd = true;
                        last = Last.AND;
                    } else {
                        stop = true;
                    }
                }
                case POINT -> {
                    Elem d = k + 1 < el.size() ? el.get(k + 1) : null;
                    if (d == null || !(last == Last.NONE || last == Last.UNIT || last == Last.TENS || last == Last.LIT
                            || last == Last.HUNDRED)) {
                        stop = true;
                        break;
                    }
                    StringBuilder digits = new StringBuilder();
                    int kk = k + 1;
                    if (d.kind == E.LIT && d.literal.plainInteger() != null) {
                        digits.append(d.literal.plainInteger());
                        kk = k + 2;
                    } else {
                        while (kk < el.size() && el.get(kk).kind == E.CARD) {
                            double v = el.get(kk).value;
                            if (v < 10) {
                                digits.append((int) v);
                                kk++;
                            } else if (v < 100 && digits.length() == 0) {
                                int t = (int) v;
                                kk++;
                                if (t % 10 == 0 && kk < el.size() && el.get(kk).kind == E.CARD && el.get(kk).value < 10) {
                                    t += (int) el.get(kk).value;
                                    kk++;
                                }
                                digits.append(t);
                                break;
                            } else {
                                break;
                            }
                        }
                    }
                    if (digits.length() == 0) {
                        stop = true;
                        break;
                    }
                    cur += Double.parseDouble("0." + digits);
                    last = Last.LIT;
                    value = total + cur;
                    endLex = el.get(kk - 1).to;
                    k = kk - 1;
                }
                case ORD, SCALE_ORD, HALF, QUARTER -> {
                    double den = e.kind == E.HALF ? 2 : e.kind == E.QUARTER ? 4 : e.value;
                    boolean isScaleOrd = e.kind == E.SCALE_ORD;
                    if (last == Last.NONE) {
                        if (e.plural) {
                            stop = true;
                            break;
                        }
                        if (e.kind == E.ORD || isScaleOrd) {
                            value = e.value;
                            ordinal = true;
                            endLex = e.to;
                            stop = true;
                            break;
                        }
                        frac = 1 / den;
                        bareFraction = true;
                        last = Last.FRACTION;
                        value = frac;
                        endLex = e.to;
                        break;
                    }
                    double numerator;
                    if (last == Last.AND && (e.kind == E.HALF || e.kind == E.QUARTER) && !e.plural) {
                        numerator = 1; // "one and quarter hour", "five and half min"
                    } else if (last == Last.A || (last == Last.UNIT && cur == 1 && !e.plural && (!hasAnd || split))) {
                        if (e.kind == E.ORD && den < 3 && last != Last.A) {
                            stop = true; // "one second" is a duration, "one first" nothing
                            break;
                        }
                        if (e.kind == E.ORD && den < 3) {
                            stop = true;
                            break;
                        }
                        numerator = 1;
                    } else if ((last == Last.UNIT || last == Last.TENS || last == Last.LIT || last == Last.HUNDRED
                            || last == Last.SCALE) && isScaleOrd && !e.plural) {
                        value = last == Last.SCALE ? total * den : (total + cur) * den;
                        ordinal = true;
                        endLex = e.to;
                        stop = true;
                        break;
                    } else if ((last == Last.HUNDRED || last == Last.SCALE) && e.kind == E.ORD && !e.plural && den < 100
                            && !sawLiteral) {
                        value = total + cur + den;
                        ordinal = true;
                        endLex = e.to;
                        stop = true;
                        break;
                    } else if ((last == Last.UNIT || last == Last.TENS || last == Last.LIT || last == Last.HUNDRED)
                            && (e.plural || e.kind == E.HALF || e.kind == E.QUARTER) && (e.kind != E.ORD || den >= 3)) {
                        // numerator / denominator: "five eighths", "twenty-three fifths", "three quarters"
                        numerator = hasAnd && !split ? total + cur - andBase : total + cur;
                    } else {
                        stop = true;
                        break;
                    }
                    frac = numerator / den;
                    last = Last.FRACTION;
                    value = hasAnd ? andBase + frac * scaleBeforeAnd : frac;
                    endLex = e.to;
                }
                case DOZEN -> {
                    if (last == Last.NONE && e.plural) {
                        stop = true;
                        break;
                    }
                    if (last == Last.NONE || last == Last.A) {
                        cur = 12;
                    } else if (last == Last.UNIT || last == Last.TENS || last == Last.LIT || last == Last.HUNDRED) {
                        cur *= 12;
                    } else if (last == Last.FRACTION) {
                        cur = frac * 12;
                        frac = Double.NaN;
                        hasAnd = false;
                        bareFraction = false;
                    } else {
                        stop = true;
                        break;
                    }
                    last = Last.DOZEN;
                    value = total + cur;
                    endLex = e.to;
                }
                case COUPLE -> {
                    if (last != Last.NONE && last != Last.A) {
                        stop = true;
                        break;
                    }
                    // "a couple", "a couple dozen", "a couple hundred"
                    cur = 2;
                    value = 2;
                    approximate = true;
                    last = Last.UNIT;
                    endLex = e.to;
                }
                case OF_A -> {
                    if (last != Last.FRACTION) {
                        stop = true;
                    }
                }
                default -> stop = true;
            }
            if (stop) {
                break;
            }
        }
        if (endLex < 0 || Double.isNaN(value)) {
            return null;
        }
        boolean onlyLiteral = el.get(0).kind == E.LIT && endLex == el.get(0).to;
        String plain = onlyLiteral ? el.get(0).literal.plainInteger() : null;
        boolean spelledOut = !onlyLiteral && spelled;
        return new Numeral(value, from, endLex, ordinal, spelledOut, plain, approximate, bareFraction && !ordinal, false);
    }
}
