package dev.lede.analyzer;

import java.util.List;

/** An analyzer name that is not installed; the message lists the installed ones. */
public class UnknownAnalyzerException extends AnalyzerException {
    private final String name;
    private final List<String> available;

    public UnknownAnalyzerException(String name, List<String> available) {
        super("unknown analyzer '" + name + "'; available: " + String.join(", ", available));
        this.name = name;
        this.available = List.copyOf(available);
    }

    public String name() {
        return name;
    }

    public List<String> available() {
        return available;
    }
}
