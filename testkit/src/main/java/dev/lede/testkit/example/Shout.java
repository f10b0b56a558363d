package dev.lede.testkit.example;

/** A word written in capitals ("NOW", "NATO"): the element of the example layer {@code shouts}. */
public record Shout(int start, int end, String text) {
}
