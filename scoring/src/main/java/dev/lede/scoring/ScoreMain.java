package dev.lede.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.json.LedeJson;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A minimal command line over {@link Scorer} with the options of {@code score.py}, used by
 * {@code scripts/check-scorer-agreement.sh} to compare the two scorers; users run {@code lede eval}.
 *
 * <pre>java -cp ... dev.lede.scoring.ScoreMain --gold G.jsonl --pred P.jsonl [--layer L]... [--types-map NORP=MISC]
 *     [--json] [--by-order] [--theta 0.5] [--place-match overlap|exact|inexact] [--no-optional]
 *     [--places-require-coords]
 * java -cp ... dev.lede.scoring.ScoreMain --batch JOBS.tsv</pre>
 * A batch file holds one run per line: the output file, a tab, then the arguments separated by tabs (one JVM for many
 * runs, which keeps the agreement check fast).
 */
public final class ScoreMain {
    private ScoreMain() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try {
            if (args.length == 2 && args[0].equals("--batch")) {
                runBatch(Path.of(args[1]));
            } else {
                out.println(run(args));
            }
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("score: " + e.getMessage());
            System.exit(2);
        }
    }

    /** Runs the scorer on the arguments and returns what it prints. */
    static String run(String[] args) throws IOException {
        String gold = null;
        String pred = null;
        Set<String> layers = new LinkedHashSet<>();
        ScoreOptions options = ScoreOptions.defaults();
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gold" -> gold = value(args, ++i);
                case "--pred" -> pred = value(args, ++i);
                case "--layer" -> layers.add(value(args, ++i));
                case "--types-map" -> options = options.withTypesMap(ScoreOptions.parseTypesMap(value(args, ++i)));
                case "--json" -> json = true;
                case "--by-order" -> options = options.withByOrder(true);
                case "--theta" -> options = options.withTheta(Double.parseDouble(value(args, ++i)));
                case "--place-match" -> options = options.withPlaceMatch(value(args, ++i));
                case "--no-optional" -> options = options.withUseOptionalPlaces(true);
                case "--places-require-coords" -> options = options.withPlacesRequireCoords(true);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (gold == null || pred == null) {
            throw new IllegalArgumentException("--gold and --pred are required");
        }
        List<JsonNode> goldDocs = GoldFiles.read(Path.of(gold));
        List<JsonNode> predDocs = GoldFiles.read(Path.of(pred));
        ScoreReport report = Scorer.score(goldDocs, predDocs, options.withLayers(layers)).withSources(gold, pred);
        return json ? LedeJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report.toJson())
                : report.toTable();
    }

    private static void runBatch(Path jobs) throws IOException {
        for (String line : Files.readAllLines(jobs, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t");
            String[] args = java.util.Arrays.copyOfRange(fields, 1, fields.length);
            Files.writeString(Path.of(fields[0]), run(args) + "\n", StandardCharsets.UTF_8);
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
