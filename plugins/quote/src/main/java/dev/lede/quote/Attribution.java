package dev.lede.quote;

import dev.lede.annotation.Span;

/**
 * Who said a quote and by which cue: character spans (speaker may be null when only the cue is known).
 * {@code end} is where the attribution phrase stops in the text, so a quote that resumes right after it can be
 * joined as a second part.
 */
record Attribution(Span speaker, Span cue, int end) {
}
