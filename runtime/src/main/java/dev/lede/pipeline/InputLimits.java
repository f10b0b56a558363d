package dev.lede.pipeline;

import dev.lede.annotation.Sentence;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Layers;

/**
 * The most input one document may bring to the analyzers that read the text layers: tokens in the document and
 * tokens in one sentence. Some analyzers do work that grows faster than the input (coreference compares mentions,
 * a parser looks across a sentence), so a hostile or broken document (a 400 kB "sentence" without a full stop)
 * could otherwise cost minutes of CPU and gigabytes of heap. Over a limit, each such analyzer records a clear
 * per-document error instead of running; the text layers themselves are still returned.
 *
 * <p>The defaults are far above news: the longest document of the development sets has about 13,000 tokens and
 * the longest sentence about 450 (README, "Reliability").
 *
 * @param maxTokens         tokens per document
 * @param maxSentenceTokens tokens per sentence
 */
public record InputLimits(int maxTokens, int maxSentenceTokens) {
    public static final InputLimits DEFAULT = new InputLimits(100_000, 2_000);

    public InputLimits {
        if (maxTokens < 1 || maxSentenceTokens < 1) {
            throw new IllegalArgumentException("token limits must be at least 1, got " + maxTokens + " per document and "
                    + maxSentenceTokens + " per sentence");
        }
    }

    /** Why the document is over a limit, or null when it is within them (or has no tokens yet). */
    String violation(AnnotatedDocument document) {
        int tokens = document.layer(Layers.TOKENS).size();
        if (tokens > maxTokens) {
            return "input too large: " + tokens + " tokens, over the limit of " + maxTokens + " per document";
        }
        int longest = 0;
        int at = -1;
        for (Sentence s : document.layer(Layers.SENTENCES)) {
            int n = s.endToken() - s.firstToken();
            if (n > longest) {
                longest = n;
                at = s.start();
            }
        }
        if (longest > maxSentenceTokens) {
            return "input too large: a sentence of " + longest + " tokens (at character " + at + "), over the limit of "
                    + maxSentenceTokens + " per sentence";
        }
        return null;
    }
}
