package dev.lede.pipeline;

/** Why one analyzer (or the input reader, named "input") failed on one document. */
public record AnalyzerError(String analyzer, String message) {
}
