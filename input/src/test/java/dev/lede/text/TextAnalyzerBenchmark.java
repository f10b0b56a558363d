package dev.lede.text;

import dev.lede.annotation.Sentence;
import dev.lede.annotation.Token;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Document;
import dev.lede.document.Layers;
import dev.lede.input.DocumentReader;
import dev.lede.input.ReaderOptions;
import dev.lede.pipeline.DocumentInput;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark run by hand (not a test): tokens per second of the whole text analyzer ({@link TextAnalyzer}: tokens,
 * paragraphs, sentences, layers stored) on one thread. Reads any input {@link DocumentReader} reads (a text file,
 * or a JSONL batch of articles), analyses every document {@code passes} times per round, 8 rounds; the last
 * rounds are warm.
 * <pre>
 * (in lede-input's tests, which read files; the text analyzer itself reads none)
 * mvn -q -pl input -am test-compile
 * mvn -q -pl input dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp input/target/classes:input/target/test-classes:$(cat /tmp/cp.txt) dev.lede.text.TextAnalyzerBenchmark \
 *     ARTICLES.jsonl 50
 * </pre>
 * With "dump" as second argument it prints the tokens and sentences of the first document instead.
 */
public final class TextAnalyzerBenchmark {
    private TextAnalyzerBenchmark() {
    }

    public static void main(String[] args) {
        List<Document> documents = new ArrayList<>();
        new DocumentReader(ReaderOptions.DEFAULT).read(Path.of(args[0]), null).forEachRemaining(input -> {
            if (input.ok()) {
                documents.add(input.document());
            }
        });
        if (args.length > 1 && args[1].equals("dump")) {
            dump(documents.get(0).text());
            return;
        }
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        long chars = documents.stream().mapToLong(d -> d.text().length()).sum();
        TextAnalyzer analyzer = new TextAnalyzer();
        for (int round = 0; round < 8; round++) {
            long t0 = System.nanoTime();
            long tokenCount = 0;
            long sentenceCount = 0;
            for (int pass = 0; pass < passes; pass++) {
                for (Document document : documents) {
                    AnnotatedDocument annotated = new AnnotatedDocument(document);
                    analyzer.analyze(annotated);
                    tokenCount += annotated.layer(Layers.TOKENS).size();
                    sentenceCount += annotated.layer(Layers.SENTENCES).size();
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("round %d: %d documents x %d, %,d tokens, %,d sentences in %.3f s = %,.0f tokens/s, "
                            + "%.1f M chars/s%n", round, documents.size(), passes, tokenCount, sentenceCount, seconds,
                    tokenCount / seconds, chars * passes / seconds / 1e6);
        }
    }

    private static void dump(String text) {
        List<Token> tokens = new Tokenizer().tokenize(text);
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            sb.append(t.text(text)).append(t.kind() == Token.Kind.WORD ? "" : "/" + t.kind()).append(" | ");
        }
        System.out.println(sb);
        for (Sentence s : new SentenceSplitter().split(text, tokens)) {
            System.out.println("S: " + text.substring(s.start(), s.end()));
        }
    }
}
