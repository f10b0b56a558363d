package dev.lede.plugin;

import dev.lede.analyzer.AnalyzerException;

/** An option key an analyzer does not declare, or a value that does not fit; the message names the valid ones. */
public class OptionException extends AnalyzerException {
    public OptionException(String message) {
        super(message);
    }
}
