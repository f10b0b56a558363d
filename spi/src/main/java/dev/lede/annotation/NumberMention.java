package dev.lede.annotation;

/**
 * A numeric expression with its normalised value. A range has {@code low} and {@code high} and a null
 * {@code value}. {@code unit}: ISO 4217 code for money, a lower-case singular unit name otherwise ("kilometer",
 * "day"), the counted noun for counts ("countries"), null for plain numbers. {@code approx} may be null.
 */
public record NumberMention(int start, int end, String text, NumberType type, Double value, Double low, Double high,
                            String unit, Approx approx) {
}
