package dev.lede.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.json.LedeJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The text a gold file's offsets point into. A gold document normally carries it as {@code "text"}; a hand
 * annotation kept beside its article (as {@code seed-article.gold.json} beside {@code seed-article.txt}) may leave it
 * out, and then the text is read from the sibling file with the same stem and the extension {@code .txt}.
 */
final class GoldText {
    private static final Set<String> INPUT_FIELDS = Set.of("id", "text", "metadata", "title", "date", "source", "url",
            "language");

    private GoldText() {
    }

    /** The gold documents, each with its text; a usage error names a document whose text cannot be found. */
    static List<JsonNode> attach(List<JsonNode> goldDocs, Path goldFile) {
        List<JsonNode> out = new ArrayList<>(goldDocs.size());
        for (JsonNode doc : goldDocs) {
            if (doc.path("text").isTextual()) {
                out.add(doc);
                continue;
            }
            Path sibling = siblingText(goldFile);
            if (goldDocs.size() != 1 || !Files.isRegularFile(sibling)) {
                throw new UsageException("gold document '" + doc.path("id").asText("?") + "' in " + goldFile
                        + " has no \"text\" and there is no " + sibling.getFileName()
                        + " beside it; the scorer needs the text the offsets point into");
            }
            try {
                ObjectNode copy = ((ObjectNode) doc).deepCopy();
                copy.put("text", Files.readString(sibling, StandardCharsets.UTF_8));
                out.add(copy);
            } catch (IOException e) {
                throw new UsageException("cannot read " + sibling + ": " + e.getMessage());
            }
        }
        return out;
    }

    /** {@code seed-article.gold.json} -> {@code seed-article.txt}; {@code a.json} -> {@code a.txt}. */
    static Path siblingText(Path goldFile) {
        String name = goldFile.getFileName().toString();
        String stem = name.replaceFirst("(\\.gold)?\\.jsonl?$", "");
        return goldFile.resolveSibling(stem + ".txt");
    }

    /** Only what an input document carries, so the annotations never reach the analyzers or the saved predictions. */
    static JsonNode inputOnly(JsonNode goldDoc) {
        ObjectNode copy = LedeJson.mapper().createObjectNode();
        goldDoc.fields().forEachRemaining(f -> {
            if (INPUT_FIELDS.contains(f.getKey())) {
                copy.set(f.getKey(), f.getValue());
            }
        });
        return copy;
    }
}
