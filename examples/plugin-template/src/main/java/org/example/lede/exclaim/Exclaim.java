package org.example.lede.exclaim;

/**
 * One element of the {@code exclaims} layer: a sentence that ends in an exclamation mark. Written to the JSON result
 * as {@code "exclaims":[{"start":..,"end":..,"text":".."}]}; offsets are UTF-16 chars of the text, end exclusive.
 */
public record Exclaim(int start, int end, String text) {
}
