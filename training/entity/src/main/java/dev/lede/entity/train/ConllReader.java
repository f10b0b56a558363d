package dev.lede.entity.train;

import dev.lede.annotation.EntityType;
import dev.lede.entity.model.DocumentContext;
import dev.lede.entity.model.TagSet;
import dev.lede.entity.model.Words;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-2003 files (token per line: word, POS, chunk, IOB1 tag; blank line between sentences) into BIO
 * sentences. PER/ORG/LOC/MISC map to PERSON/ORGANIZATION/LOCATION/MISC; {@link NorpRelabeler} then turns
 * nationalities out of MISC into NORP.
 */
public final class ConllReader {
    private ConllReader() {
    }

    public static List<TrainingSentence> read(Path file) throws IOException {
        List<TrainingSentence> out = new ArrayList<>();
        List<TrainingSentence> document = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("-DOCSTART-")) {
                    flush(words, labels, document);
                    if (line.startsWith("-DOCSTART-")) {
                        endDocument(document, out);
                    }
                    continue;
                }
                String[] cols = line.split(" ");
                words.add(cols[0]);
                labels.add(cols[cols.length - 1]);
            }
        }
        flush(words, labels, document);
        endDocument(document, out);
        return out;
    }

    /** Gives the sentences of one document their shared {@link DocumentContext}. */
    private static void endDocument(List<TrainingSentence> document, List<TrainingSentence> out) {
        DocumentContext context = DocumentContext.of(document.stream().map(TrainingSentence::words).toList());
        for (TrainingSentence s : document) {
            out.add(new TrainingSentence(s.words(), s.from(), s.to(), s.tags(), context));
        }
        document.clear();
    }

    private static void flush(List<String> words, List<String> labels, List<TrainingSentence> out) {
        if (words.isEmpty()) {
            return;
        }
        int[] tags = new int[words.size()];
        String prevType = null;
        for (int i = 0; i < tags.length; i++) {
            String label = labels.get(i);
            if (label.equals("O")) {
                prevType = null;
                continue;
            }
            String type = label.substring(2);
            EntityType t = type(type);
            boolean begin = label.startsWith("B-") || !type.equals(prevType);
            tags[i] = begin ? TagSet.begin(t) : TagSet.inside(t);
            prevType = type;
        }
        out.add(new TrainingSentence(Words.ofTokens(List.copyOf(words)), 0, words.size(), tags,
                DocumentContext.EMPTY));
        words.clear();
        labels.clear();
    }

    static EntityType type(String conll) {
        return switch (conll) {
            case "PER" -> EntityType.PERSON;
            case "ORG" -> EntityType.ORGANIZATION;
            case "LOC" -> EntityType.LOCATION;
            default -> EntityType.MISC;
        };
    }
}
