package dev.lede.number;

/**
 * A number read from lexemes {@code [from, to)}: digits ("1,250.5"), words ("twenty-five", "two thirds") or both
 * ("3 million"). {@code plainInteger} holds the digits of a bare integer literal ("2025"), used to tell years from
 * amounts; {@code rejected} marks digit shapes that are not quantities (versions, IP addresses, dates, decades) so the
 * caller skips them.
 */
record Numeral(double value, int from, int to, boolean ordinal, boolean spelled, String plainInteger,
               boolean approximate, boolean bareFraction, boolean rejected) {

    static Numeral rejected(int from, int to) {
        return new Numeral(Double.NaN, from, to, false, false, null, false, false, true);
    }

    Numeral withValue(double v, int newTo) {
        return new Numeral(v, from, newTo, ordinal, spelled, null, approximate, bareFraction, rejected);
    }

    boolean isInteger() {
        return !rejected && value == Math.rint(value) && !Double.isInfinite(value);
    }
}
