package dev.lede.annotation;

/** A sentence: its character span and the half-open range of its tokens in the tokens layer. */
public record Sentence(int start, int end, int firstToken, int endToken) {
}
