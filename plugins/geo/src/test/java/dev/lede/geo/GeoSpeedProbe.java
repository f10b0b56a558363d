package dev.lede.geo;

import dev.lede.analyzer.AnalyzerConfig;
import dev.lede.annotation.Place;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Document;
import dev.lede.document.Layers;
import dev.lede.geo.eval.GeoEvalRunner;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Geo's own cost, apart from the analyzers before it: runs text and entity once per document, then geo alone over
 * the documents for a number of rounds, and prints the CPU time and the heap allocated by the measuring thread per
 * token, with a fingerprint of the places found (equal before and after a change that must not change output).
 * Enum hash codes differ between runs, hence the text. CPU time and allocation, not wall time: the machine is shared, and a busy neighbour changes wall time far more.
 * Run by hand (class path as for {@link GeoWeightFitter} in plugins/geo/README.md):
 *
 * <pre>java [-Dprobe.dump=PLACES.txt] -cp ... dev.lede.geo.GeoSpeedProbe ROUNDS DOCS.jsonl [DOCS.jsonl ...]</pre>
 */
public final class GeoSpeedProbe {
    private GeoSpeedProbe() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        List<AnnotatedDocument> docs = new ArrayList<>();
        var before = GeoEvalRunner.analyzersBeforeGeo();
        for (int i = 1; i < args.length; i++) {
            for (Document d : GeoEvalRunner.readDocumentsPublic(Path.of(args[i]))) {
                docs.add(GeoEvalRunner.textAndEntities(d, before));
            }
        }
        long tokens = docs.stream().mapToLong(d -> d.layer(Layers.TOKENS).size()).sum();
        GeoAnalyzer geo = new GeoAnalyzer(Gazetteer.load(), RankingWeights.load(),
                ResolverSettings.from(AnalyzerConfig.EMPTY));
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        for (int warm = 0; warm < Math.max(1, rounds / 2); warm++) {
            docs.forEach(geo::analyze);
        }
        long cpu0 = threads.getCurrentThreadCpuTime();
        long bytes0 = threads.getThreadAllocatedBytes(id);
        for (int r = 0; r < rounds; r++) {
            docs.forEach(geo::analyze);
        }
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        long bytes = threads.getThreadAllocatedBytes(id) - bytes0;
        long fingerprint = 17;
        int places = 0;
        for (AnnotatedDocument d : docs) {
            for (Place p : d.layer(Layers.PLACES)) {
                fingerprint = 31 * fingerprint + p.toString().hashCode();
                places++;
            }
            fingerprint = 31 * fingerprint + d.layer(Layers.FOCUS).toString().hashCode();
        }
        String dump = System.getProperty("probe.dump");
        if (dump != null) { // the places of every document, one line each, to compare two versions
            List<String> lines = new ArrayList<>();
            for (AnnotatedDocument d : docs) {
                lines.add(d.document().id() + "\t" + d.layer(Layers.PLACES) + "\t" + d.layer(Layers.FOCUS));
            }
            java.nio.file.Files.write(Path.of(dump), lines);
        }
        double seconds = cpu / 1e9;
        System.out.printf("documents %d, tokens %d, rounds %d%n", docs.size(), tokens, rounds);
        System.out.printf("geo CPU %.3f s: %,.0f tokens/s of CPU time, %.1f bytes allocated per token%n", seconds,
                tokens * rounds / seconds, (double) bytes / (tokens * rounds));
        System.out.printf("output %d places, fingerprint %016x%n", places, fingerprint);
    }
}
