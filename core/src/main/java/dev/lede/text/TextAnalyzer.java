package dev.lede.text;

import dev.lede.analyzer.Analyzer;
import dev.lede.annotation.Token;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Layers;

import java.util.List;

/** Tokenises, then splits sentences and paragraphs. Stateless and thread-safe. */
public final class TextAnalyzer implements Analyzer {
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final ParagraphSplitter paragraphs = new ParagraphSplitter();

    @Override
    public void analyze(AnnotatedDocument doc) {
        String text = doc.text();
        List<Token> tokens = tokenizer.tokenize(text);
        doc.put(Layers.TOKENS, tokens);
        doc.put(Layers.SENTENCES, sentences.split(text, tokens));
        doc.put(Layers.PARAGRAPHS, paragraphs.split(text));
    }
}
