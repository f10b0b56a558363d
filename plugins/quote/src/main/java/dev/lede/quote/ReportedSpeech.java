package dev.lede.quote;

import dev.lede.annotation.Span;

/** Reported speech found around a cue: the content span, the speaker span (may be null) and the cue. */
record ReportedSpeech(Span content, Span speaker, Span cue) {
}
