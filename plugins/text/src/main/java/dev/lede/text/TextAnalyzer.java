package dev.lede.text;

import dev.lede.analyzer.Analyzer;
import dev.lede.annotation.Paragraph;
import dev.lede.annotation.Token;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Layers;

import java.util.List;

/**
 * The built-in text analyzer: tokens ({@link Tokenizer}), paragraphs ({@link ParagraphSplitter}) and sentences
 * within them ({@link SentenceSplitter}). Stateless and thread-safe.
 */
public final class TextAnalyzer implements Analyzer {
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final ParagraphSplitter paragraphs = new ParagraphSplitter();

    @Override
    public void analyze(AnnotatedDocument doc) {
        String text = doc.text();
        List<Token> tokens = tokenizer.tokenize(text);
        doc.put(Layers.TOKENS, tokens);
        List<Paragraph> paragraphList = paragraphs.split(text);
        doc.put(Layers.SENTENCES, sentences.split(text, tokens, paragraphList));
        doc.put(Layers.PARAGRAPHS, paragraphList);
    }
}
