package dev.lede.text;

import dev.lede.annotation.Paragraph;
import dev.lede.annotation.Sentence;
import dev.lede.annotation.Token;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Throwaway benchmark run by hand (not a test): tokens per second of the whole text analyzer (tokens,
 * paragraphs, sentences) on one thread, over a file repeated many times.
 * <pre>
 * mvn -q -pl core -am test-compile
 * java -cp core/target/classes:core/target/test-classes dev.lede.text.TextAnalyzerBenchmark \
 *     /work/shared/dev/seed-article.txt 200
 * </pre>
 * With a third argument "dump" it prints the tokens and sentences of the file instead.
 */
public final class TextAnalyzerBenchmark {
    private TextAnalyzerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String article = Files.readString(Path.of(args[0]));
        if (args.length > 2 && args[2].equals("dump")) {
            dump(article);
            return;
        }
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        String text = (article + "\n\n").repeat(copies);
        Tokenizer tokenizer = new Tokenizer();
        ParagraphSplitter paragraphs = new ParagraphSplitter();
        SentenceSplitter sentences = new SentenceSplitter();
        for (int round = 0; round < 8; round++) {
            long t0 = System.nanoTime();
            int tokenCount = 0;
            int sentenceCount = 0;
            int reps = 20;
            for (int r = 0; r < reps; r++) {
                List<Token> tokens = tokenizer.tokenize(text);
                List<Paragraph> ps = paragraphs.split(text);
                sentenceCount += sentences.split(text, tokens, ps).size();
                tokenCount += tokens.size();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("round %d: %,d tokens, %,d sentences in %.3f s = %,.0f tokens/s, %.1f MB/s%n", round,
                    tokenCount, sentenceCount, seconds, tokenCount / seconds,
                    (double) text.length() * reps / seconds / 1e6);
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
