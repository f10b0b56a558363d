package dev.lede.entity.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.annotation.EntityType;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Document;
import dev.lede.document.Layers;
import dev.lede.document.Metadata;
import dev.lede.entity.model.DocumentContext;
import dev.lede.entity.model.TagSet;
import dev.lede.entity.model.Words;
import dev.lede.text.TextAnalyzer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads gold documents in the Lede eval JSONL schema (raw text plus name mentions with types) into training
 * sentences. The text goes through Lede's own text analyzer and {@link Words}, so the model trains on words as
 * the analyzer will see them; gold names are projected onto the words they cover.
 */
public final class GumReader {
    private final ObjectMapper mapper = new ObjectMapper();
    private final TextAnalyzer text = new TextAnalyzer();

    /** Document ids found in a JSONL file (to leave the evaluation documents out of training). */
    public Set<String> ids(Path file) throws IOException {
        Set<String> ids = new java.util.HashSet<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    ids.add(mapper.readTree(line).get("id").asText());
                    ids.add(String.valueOf(mapper.readTree(line).get("text").asText().hashCode()));
                }
            }
        }
        return ids;
    }

    /** Training sentences of every document whose id and text hash are not in {@code exclude}. */
    public List<TrainingSentence> read(Path file, Set<String> exclude) throws IOException {
        List<TrainingSentence> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode doc = mapper.readTree(line);
                String id = doc.get("id").asText();
                String body = doc.get("text").asText();
                if (exclude.contains(id) || exclude.contains(String.valueOf(body.hashCode()))) {
                    continue;
                }
                out.addAll(sentences(id, body, doc.path("entities")));
            }
        }
        return out;
    }

    private List<TrainingSentence> sentences(String id, String body, JsonNode entities) {
        AnnotatedDocument doc = new AnnotatedDocument(new Document(id, body, Metadata.EMPTY));
        text.analyze(doc);
        Words words = Words.of(body, doc.layer(Layers.TOKENS), doc.layer(Layers.SENTENCES));
        int[] tags = new int[words.size()];
        for (JsonNode e : entities) {
            EntityType type = EntityType.valueOf(e.get("type").asText());
            for (JsonNode m : e.path("mentions")) {
                if (!"name".equals(m.path("kind").asText())) {
                    continue;
                }
                int start = m.get("start").asInt();
                int end = m.get("end").asInt();
                boolean first = true;
                for (int i = 0; i < words.size(); i++) {
                    if (words.starts()[i] >= start && words.ends()[i] <= end) {
                        tags[i] = first ? TagSet.begin(type) : TagSet.inside(type);
                        first = false;
                    }
                }
            }
        }
        List<TrainingSentence> out = new ArrayList<>();
        DocumentContext context = DocumentContext.of(words);
        int i = 0;
        while (i < words.size()) {
            int end = words.sentenceEnd()[i];
            out.add(new TrainingSentence(words, i, end, tags, context));
            i = end;
        }
        return out;
    }
}
