package dev.lede.analyzer;

import java.util.List;

/**
 * An analyzer name that is not installed; the message lists the installed ones and, when some plugins could not be
 * loaded, why (the name asked for may be one of theirs).
 */
public class UnknownAnalyzerException extends AnalyzerException {
    private final String name;
    private final List<String> available;

    public UnknownAnalyzerException(String name, List<String> available) {
        this(name, available, List.of());
    }

    /** @param notLoaded one line per plugin or provider that could not be loaded, with the reason */
    public UnknownAnalyzerException(String name, List<String> available, List<String> notLoaded) {
        super("unknown analyzer '" + name + "'; available: " + String.join(", ", available)
                + (notLoaded.isEmpty() ? "" : "; not loaded: " + String.join("; ", notLoaded)));
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
