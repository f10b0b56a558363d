package dev.lede.quote;

import dev.lede.annotation.Span;

import java.util.List;

/**
 * Reported speech found around a cue: the content span (with its {@code parts} when the attribution interrupts
 * it: "The test, officials said, was the largest yet"), the speaker span (may be null) and the cue.
 */
record ReportedSpeech(Span content, List<Span> parts, Span speaker, Span cue) {
    ReportedSpeech {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    ReportedSpeech withSpeaker(Span newSpeaker) {
        return new ReportedSpeech(content, parts, newSpeaker, cue);
    }
}
