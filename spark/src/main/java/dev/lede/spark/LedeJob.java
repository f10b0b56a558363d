package dev.lede.spark;

import dev.lede.analyzer.AnalyzerException;
import dev.lede.input.ReaderOptions;
import dev.lede.pipeline.InputLimits;
import dev.lede.pipeline.PipelineOptions;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * The batch job: reads articles (JSON Lines or Parquet), annotates them on the executors and writes Parquet (the
 * articles with their layer columns) or JSON Lines (one schema-1 record per article, as {@code lede extract}).
 *
 * <pre>
 * spark-submit --class dev.lede.spark.LedeJob lede-spark.jar --input articles.jsonl --output out/
 * spark/lede-spark --master local[2] --input articles.jsonl --output out/ --format jsonl
 * </pre>
 */
@Command(name = "lede-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Annotate articles with Lede on Spark: read JSON Lines or Parquet, write Parquet or JSON Lines.")
public final class LedeJob implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(LedeJob.class);

    enum InputKind { jsonl, parquet, warc }

    enum OutputKind { parquet, jsonl }

    @Option(names = "--input", required = true, split = ",", paramLabel = "PATH",
            description = "Articles: files, folders or globs Spark can read (repeatable).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--input-format", paramLabel = "jsonl|parquet|warc",
            description = "Default: parquet for paths ending in .parquet, warc for .warc and .warc.gz, else jsonl."
                    + " warc: web archives, one article per HTML page, one archive per task.")
    InputKind inputFormat;

    @Option(names = "--infer-schema",
            description = "jsonl: keep every field of the articles as a column (Spark reads the input twice, once to"
                    + " infer its schema). Default: the fields Lede reads (id, text, title, date, source, url,"
                    + " language, metadata).")
    boolean inferSchema;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Where to write (a folder).")
    String output;

    @Option(names = "--format", paramLabel = "parquet|jsonl",
            description = "parquet: the articles with one column per layer; jsonl: one schema-1 record per article."
                    + " Default: ${DEFAULT-VALUE}.")
    OutputKind format = OutputKind.parquet;

    @Option(names = "--analyzers", split = ",", paramLabel = "NAME",
            description = "Analyzers to run; their requirements run too. Default: every installed one.")
    List<String> analyzers = new ArrayList<>();

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "A folder of plugin jars, shipped to the executors (repeatable).")
    List<String> plugins = new ArrayList<>();

    @Option(names = "--set", paramLabel = "ANALYZER.KEY=VALUE", description = "An analyzer setting (repeatable).")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--layers", split = ",", paramLabel = "LAYER",
            description = "Layers to write. Default: every layer but tokens, sentences and paragraphs (parquet),"
                    + " every layer (jsonl).")
    List<String> layers = new ArrayList<>();

    @Option(names = "--text-column", paramLabel = "NAME", description = "Default: ${DEFAULT-VALUE}.")
    String textColumn = "text";

    @Option(names = "--id-column", paramLabel = "NAME", description = "Default: ${DEFAULT-VALUE}.")
    String idColumn = "id";

    @Option(names = "--threads", paramLabel = "N",
            description = "Analysis threads per executor. Default: the executor's cores.")
    int threads;

    @Option(names = "--time-budget-ms", paramLabel = "MS", description = "Per article. Default: ${DEFAULT-VALUE}.")
    long timeBudgetMs = PipelineOptions.DEFAULT_BUDGET.toMillis();

    @Option(names = "--max-bytes", paramLabel = "N",
            description = "Larger articles are reported as failed. Default: ${DEFAULT-VALUE}.")
    long maxBytes = ReaderOptions.DEFAULT.maxBytes();

    @Option(names = "--max-tokens", paramLabel = "N",
            description = "Analyzers beyond text skip an article with more tokens, with an error. Default: ${DEFAULT-VALUE}.")
    int maxTokens = InputLimits.DEFAULT.maxTokens();

    @Option(names = "--max-sentence-tokens", paramLabel = "N",
            description = "The same for an article's longest sentence. Default: ${DEFAULT-VALUE}.")
    int maxSentenceTokens = InputLimits.DEFAULT.maxSentenceTokens();

    @Option(names = "--no-text", description = "jsonl: leave the article text out of the records.")
    boolean noText;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Spread the articles over N partitions first. Default: as Spark reads them.")
    int partitions;

    @Option(names = "--overwrite", description = "Replace the output folder if it exists.")
    boolean overwrite;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[4]. Leave it to spark-submit on a cluster. Default: local[*]"
                    + " when run without spark-submit.")
    String master;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark setting (repeatable).")
    Map<String, String> conf = new LinkedHashMap<>();

    /** What a run did, for the closing line and for tests. */
    record Summary(long articles, long withErrors, long pipelinesBuilt, double seconds, String output,
                   OutputKind format) {
        String line() {
            return String.format(Locale.ROOT, "lede-spark: %d articles (%d with errors) written to %s as %s in %.1f s;"
                            + " Lede pipelines built: %d (one per executor JVM)", articles, withErrors, output,
                    format, seconds, pipelinesBuilt);
        }
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new LedeJob());
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (e instanceof IllegalArgumentException || e instanceof AnalyzerException) {
                err.println("lede-spark: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        // In local mode the driver is the executor: with the master known, the models load while Spark starts.
        CompletableFuture<Boolean> warmUp = AnnotationPlanner.localPipeline(options(),
                master != null ? master : System.getProperty("spark.master", "local[*]"))
                .map(ExecutorPipelines::warmUp).orElse(null);
        SparkSession spark = session();
        LOG.info("Spark session ready in {} ms", (System.nanoTime() - t0) / 1_000_000);
        try {
            Summary summary = run(spark, warmUp);
            System.out.println(summary.line());
            return summary.articles() > 0 && summary.withErrors() == summary.articles() ? 1 : 0;
        } finally {
            spark.stop();
        }
    }

    private static final String WHOLE_STAGE_CODEGEN = "spark.sql.codegen.wholeStage";

    /** The session of {@code --master} and {@code --conf}, or of spark-submit. */
    SparkSession session() {
        SparkSession.Builder builder = SparkSession.builder().appName("lede");
        if (master != null) {
            builder.master(master);
        } else if (System.getProperty("spark.master") == null) { // not under spark-submit
            builder.master("local[*]");
        }
        // Whole-stage code generation compiles each stage with Janino before it runs: seconds of CPU at start-up
        // that buy nothing here, since every row goes through Lede's Java function (mapPartitions) anyway. A
        // --conf given here or to spark-submit still wins.
        if (System.getProperty(WHOLE_STAGE_CODEGEN) == null) {
            builder.config(WHOLE_STAGE_CODEGEN, "false");
        }
        conf.forEach(builder::config);
        return builder.getOrCreate();
    }

    /** Reads, annotates and writes with {@code spark}; the parsed options of this command. */
    Summary run(SparkSession spark) {
        return run(spark, null);
    }

    /**
     * @param warmUp the pipeline being built ahead of the session, or null; in local mode without it, the models
     *               load while Spark reads the articles
     */
    private Summary run(SparkSession spark, CompletableFuture<Boolean> warmUp) {
        long t0 = System.nanoTime();
        LedeOptions options = options();
        JobCounters counters = JobCounters.register(spark.sparkContext());
        if (warmUp == null && spark.sparkContext().isLocal()) {
            warmUp = ExecutorPipelines.warmUp(AnnotationPlanner.pipeline(options, spark.sparkContext()));
        }
        long readStart = System.nanoTime();
        Dataset<Row> articles = read(spark);
        LOG.info("articles' schema read in {} ms: {}", (System.nanoTime() - readStart) / 1_000_000,
                articles.schema().simpleString());
        if (partitions > 0) {
            articles = articles.repartition(partitions);
        }
        SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        if (format == OutputKind.parquet) {
            Lede.annotate(articles, options, counters).write().mode(mode).parquet(output);
        } else {
            Lede.toJsonLines(articles, options, counters).write().mode(mode).text(output);
        }
        long builtAhead = warmUp != null && warmUp.getNow(false) ? 1 : 0;
        return new Summary(counters.articles().value(), counters.articlesWithErrors().value(),
                counters.pipelinesBuilt().value() + builtAhead, (System.nanoTime() - t0) / 1e9, output, format);
    }

    LedeOptions options() {
        LedeOptions options = LedeOptions.defaults().withTextColumn(textColumn).withIdColumn(idColumn)
                .withAnalyzers(analyzers).withThreads(threads).withTimeBudgetMs(timeBudgetMs).withMaxBytes(maxBytes)
                .withInputLimits(maxTokens, maxSentenceTokens)
                .withLayers(layers).withIncludeText(!noText);
        for (Map.Entry<String, String> s : settings.entrySet()) {
            options = options.withSetting(s.getKey(), s.getValue());
        }
        for (String dir : plugins) {
            options = options.withPluginDir(dir);
        }
        return options;
    }

    /** The articles of {@code --input}. */
    Dataset<Row> read(SparkSession spark) {
        String first = inputs.get(0).toLowerCase(Locale.ROOT);
        InputKind kind = inputFormat != null ? inputFormat : first.endsWith(".parquet") ? InputKind.parquet
                : first.endsWith(".warc") || first.endsWith(".warc.gz") ? InputKind.warc : InputKind.jsonl;
        DataFrameReader reader = spark.read();
        String[] paths = inputs.toArray(String[]::new);
        if (kind == InputKind.parquet) {
            return reader.parquet(paths);
        }
        if (kind == InputKind.warc) {
            return WarcArticles.read(spark, paths, maxBytes);
        }
        // A line Spark cannot parse keeps its place as _corrupt_record; Lede reports why on that article's row.
        reader = reader.option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", ArticleColumns.CORRUPT_RECORD);
        return inferSchema ? reader.json(paths) : reader.schema(jsonLinesSchema()).json(paths);
    }

    /**
     * The fields of a JSON Lines article that Lede reads, as strings: no pass over the input to infer a schema, and
     * the same output schema whatever the articles hold. A nested {@code metadata} object keeps its fields (values as
     * their JSON text); other fields are left out unless {@code --infer-schema}.
     */
    StructType jsonLinesSchema() {
        Set<String> names = new LinkedHashSet<>(List.of(idColumn, textColumn, "title", "date", "source", "url",
                "language"));
        StructType schema = new StructType();
        for (String name : names) {
            schema = schema.add(name, DataTypes.StringType);
        }
        return schema.add("metadata", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType))
                .add(ArticleColumns.CORRUPT_RECORD, DataTypes.StringType);
    }

    /** Parses {@code args} into a job (for tests, which run it with their own session). */
    static LedeJob parse(String... args) {
        LedeJob job = new LedeJob();
        new CommandLine(job).parseArgs(args);
        return job;
    }
}
