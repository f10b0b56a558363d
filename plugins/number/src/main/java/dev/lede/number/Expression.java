package dev.lede.number;

import dev.lede.annotation.Approx;
import dev.lede.annotation.NumberType;

/**
 * The working state of one numeric expression while the grammar reads it: lexeme span [from, to), value (or low and
 * high for a range), type, unit and qualifier. Mutable on purpose: each reader ({@link MoneyReader},
 * {@link UnitReader}, {@link CountReader}) extends it in turn; {@link NumberGrammar} turns it into an immutable
 * {@link dev.lede.annotation.NumberMention}.
 */
final class Expression {
    int from;
    int to;
    double value;
    double low = Double.NaN;
    double high = Double.NaN;
    /** Null for a time of day, which is read only to be skipped. */
    NumberType type = NumberType.CARDINAL;
    String unit;
    Approx approx;
    UnitTable.Unit measure;
    /** Factor from the currency written to its main unit (0.01 for cents). */
    double scale = 1;
    boolean money;
    Numeral numeral;

    boolean hasUnit() {
        return money || measure != null || type == NumberType.PERCENT || type == NumberType.COUNT
                || type == NumberType.AGE;
    }

    boolean isRange() {
        return !Double.isNaN(low);
    }

    void setMoney(String code, double factor, int end) {
        money = true;
        type = NumberType.MONEY;
        unit = code;
        scale = factor;
        to = end;
    }
}
