package dev.lede.analyzer;

/** A configuration error in the set of analyzers: bad name, duplicate, missing requirement, cycle. */
public class AnalyzerException extends RuntimeException {
    public AnalyzerException(String message) {
        super(message);
    }

    public AnalyzerException(String message, Throwable cause) {
        super(message, cause);
    }
}
