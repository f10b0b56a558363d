package dev.lede.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.input.DocumentReader;
import dev.lede.input.InputFormat;
import dev.lede.input.ReaderOptions;
import dev.lede.json.JsonLinesWriter;
import dev.lede.json.LedeJson;
import dev.lede.json.ResultWriter;
import dev.lede.pipeline.DocumentInput;
import dev.lede.pipeline.Pipeline;
import dev.lede.pipeline.PipelineOptions;
import dev.lede.plugin.AnalyzerRegistry;
import dev.lede.scoring.GoldFiles;
import dev.lede.scoring.PageGold;
import dev.lede.scoring.ScoreOptions;
import dev.lede.scoring.ScoreReport;
import dev.lede.scoring.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code lede eval}: scores predictions against gold annotations. The predictions are read from a file, or made by
 * running the pipeline over the gold texts; with no {@code --analyzers} the analyzers are those of the scored layers.
 */
@Command(name = "eval",
        description = {"Score predictions against gold annotations (entities, quotes, numbers, places, times, web-page text).",
                "Without --pred, runs the analyzers over the gold texts; without --analyzers, those of the scored layers."})
final class EvalCommand implements Callable<Integer> {
    @ParentCommand
    LedeCommand lede;

    @Mixin
    PipelineArgs pipelineArgs;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold documents (JSON Lines, or JSON).")
    Path gold;

    @Option(names = "--pred", paramLabel = "FILE", description = "Predictions to score instead of running the analyzers.")
    Path pred;

    @Option(names = "--layer", paramLabel = "LAYER",
            description = "Layer to score: entities, quotes, numbers, places, times, or text (the main text of web pages) (repeatable). Default: those the gold names.")
    List<String> layers = new ArrayList<>();

    @Option(names = "--types-map", paramLabel = "FROM=TO[,...]",
            description = "Map entity types before scoring, e.g. NORP=MISC (DROP removes a type).")
    String typesMap;

    @Option(names = "--save-pred", paramLabel = "FILE", description = "Also write the predictions made, as JSON Lines.")
    Path savePred;

    @Option(names = "--json", description = "Print JSON for machines.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintStream err = lede.console().err();
        if (pred != null && savePred != null) {
            throw new UsageException("--save-pred saves predictions this run makes; it cannot be used with --pred");
        }
        ScoreOptions scoreOptions;
        try {
            scoreOptions = ScoreOptions.defaults().withLayers(new LinkedHashSet<>(layers))
                    .withTypesMap(ScoreOptions.parseTypesMap(typesMap));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        List<JsonNode> goldDocs = GoldText.attach(readDocuments(gold), gold);
        List<JsonNode> predDocs;
        String predSource;
        if (pred != null) {
            predDocs = readDocuments(pred);
            predSource = pred.toString();
        } else {
            var factory = lede.factory();
            List<String> analyzers = pipelineArgs.analyzers.isEmpty()
                    ? analyzersFor(scoredLayers(goldDocs), factory.registry(), err) : pipelineArgs.analyzers;
            PipelineOptions options = pipelineArgs.options(factory.registry()).withAnalyzers(analyzers);
            try (Pipeline pipeline = factory.build(options)) {
                predDocs = predict(pipeline, goldDocs);
                predSource = "lede " + String.join(",", pipeline.analyzers());
            }
        }
        ScoreReport report = Scorer.score(goldDocs, predDocs, scoreOptions).withSources(gold.toString(), predSource);
        PrintStream out = lede.console().out();
        if (json) {
            out.println(LedeJson.toPrettyJson(report.toJson()));
        } else {
            out.println(report.toTable());
        }
        return 0;
    }

    private static List<JsonNode> readDocuments(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no such file: " + file);
        }
        try {
            return GoldFiles.read(file);
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The layers to score: those named with --layer, else those the gold documents list, else all. */
    private Set<String> scoredLayers(List<JsonNode> goldDocs) {
        Set<String> scored = new LinkedHashSet<>(layers);
        if (scored.isEmpty()) {
            for (JsonNode doc : goldDocs) {
                doc.path("layers").forEach(l -> scored.add(l.asText()));
            }
        }
        return scored.isEmpty() ? new LinkedHashSet<>(ScoreOptions.LAYERS) : scored;
    }

    /** The installed providers of the scored layers (the text analyzer alone when none is installed). */
    static List<String> analyzersFor(Set<String> layers, AnalyzerRegistry registry, PrintStream err) {
        List<String> analyzers = new ArrayList<>();
        for (String layer : layers) {
            if (layer.equals("text")) {
                continue; // the main text of web pages is the reader's work, whatever analyzers run
            }
            registry.providerOf(layer).ifPresentOrElse(p -> analyzers.add(p.name()),
                    () -> err.println("lede: no installed analyzer provides layer '" + layer
                            + "'; that layer will score as empty"));
        }
        return analyzers.isEmpty() ? List.of("text") : analyzers;
    }

    /** Runs the pipeline over the gold texts; a gold document that cannot be read is predicted empty. */
    private List<JsonNode> predict(Pipeline pipeline, List<JsonNode> goldDocs) throws IOException {
        DocumentReader reader = new DocumentReader(ReaderOptions.DEFAULT);
        // the text is written only when web-page text is scored: it is the prediction there, and bulky elsewhere
        boolean pages = goldDocs.stream().anyMatch(PageGold::isPageGold);
        ResultWriter writer = new ResultWriter(pages, null);
        List<JsonNode> predictions = new ArrayList<>(goldDocs.size());
        try (OutputStream saved = savePred == null ? null : new BufferedOutputStream(Files.newOutputStream(savePred));
             JsonLinesWriter lines = saved == null ? null : new JsonLinesWriter(saved, writer, false)) {
            pipeline.process(inputs(reader, goldDocs, gold), result -> {
                predictions.add(writer.toTree(result));
                if (lines != null) {
                    lines.write(result);
                }
            });
        }
        return predictions;
    }

    // A web page's gold is scored on the page read from pages/<id>.html(.gz) beside the gold file, not on its text.
    private static DocumentInput page(DocumentReader reader, Path goldFile, String id) {
        Path pages = goldFile.toAbsolutePath().resolveSibling("pages");
        for (String extension : new String[] {".html.gz", ".html", ".htm.gz", ".htm"}) {
            Path page = pages.resolve(id + extension);
            if (Files.isRegularFile(page)) {
                Iterator<DocumentInput> read = reader.read(page, InputFormat.HTML);
                return read.hasNext() ? read.next() : DocumentInput.failed(id, "no document in " + page);
            }
        }
        return DocumentInput.failed(id, "no page " + pages.resolve(id + ".html.gz"));
    }

    private static Iterator<DocumentInput> inputs(DocumentReader reader, List<JsonNode> goldDocs, Path goldFile) {
        Iterator<JsonNode> docs = goldDocs.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return docs.hasNext();
            }

            @Override
            public DocumentInput next() {
                JsonNode doc = docs.next();
                String id = doc.path("id").asText("");
                if (PageGold.isPageGold(doc)) {
                    return page(reader, goldFile, id);
                }
                try {
                    List<DocumentInput> read = reader.readBytes(
                            LedeJson.mapper().writeValueAsBytes(GoldText.inputOnly(doc)), id, InputFormat.JSON);
                    return read.size() == 1 ? read.get(0) : DocumentInput.failed(id, "not one document");
                } catch (IOException e) {
                    return DocumentInput.failed(id, e.getMessage());
                }
            }
        };
    }
}
