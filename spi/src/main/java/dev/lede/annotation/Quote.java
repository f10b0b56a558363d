package dev.lede.annotation;

import java.util.List;

/**
 * A quote or a piece of reported speech. {@code start}/{@code end} cover the quoted content; {@code parts}
 * lists the pieces when the attribution splits it ("We must act," he said, "and act now."), else it is empty.
 * Speaker and cue may be null.
 */
public record Quote(String id, QuoteKind kind, int start, int end, String text, List<Span> parts,
                    Speaker speaker, Span cue) {
    public Quote {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }
}
