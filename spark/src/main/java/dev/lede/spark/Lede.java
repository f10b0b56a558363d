package dev.lede.spark;

import dev.lede.json.ResultWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

import java.util.HashSet;

/**
 * Lede on Spark: analyses a table of articles on the executors and returns it with Lede's layers as columns.
 *
 * <pre>{@code
 * Dataset<Row> articles = spark.read().json("articles.jsonl");            // columns id, text, title, url, ...
 * Dataset<Row> annotated = Lede.annotate(articles, LedeOptions.defaults().withAnalyzers("entity", "geo"));
 * annotated.select("id", "entities", "places", "errors").write().parquet("out/");
 * }</pre>
 *
 * <p>Each executor builds one pipeline, once, and every task of that executor shares it (a named accumulator,
 * {@value #PIPELINES_BUILT}, counts them in the Spark UI). A partition is analysed as a stream. An article that
 * cannot be read or analysed keeps its row, with the reason in {@code errors}; it never fails the job.
 */
public final class Lede {
    /** The name of the accumulator that counts the pipelines the executors built. */
    public static final String PIPELINES_BUILT = "lede.pipelinesBuilt";

    private Lede() {
    }

    /** {@link #annotate(Dataset, LedeOptions)} with the {@linkplain LedeOptions#defaults() defaults}. */
    public static Dataset<Row> annotate(Dataset<Row> articles) {
        return annotate(articles, LedeOptions.defaults());
    }

    /**
     * The articles with one column per layer ({@code entities}, {@code quotes}, {@code numbers}, {@code places},
     * {@code focus}, then plugin layers) and {@code errors}, in the schema {@link #outputSchema} gives. Lazy, like
     * any Spark transformation; plugin jars are shipped to the executors now.
     *
     * @throws IllegalArgumentException or {@link dev.lede.analyzer.AnalyzerException} on the driver for a mistake in
     *                                  the options (unknown analyzer, layer or column...)
     */
    public static Dataset<Row> annotate(Dataset<Row> articles, LedeOptions options) {
        return annotate(articles, options, counters(articles));
    }

    /**
     * Each article as the CLI's {@code lede extract --format jsonl} writes it: one schema-1 JSON record with its
     * {@code id} (all layers, or those of {@link LedeOptions#layers()}; the text unless
     * {@link LedeOptions#includeText()} is off).
     */
    public static Dataset<String> toJsonLines(Dataset<Row> articles, LedeOptions options) {
        return toJsonLines(articles, options, counters(articles));
    }

    /**
     * The schema {@link #annotate} returns for articles of this schema: their columns, one column per layer (an array
     * of the layer's struct, or a JSON string for a plugin layer without a declared type), and {@code errors}.
     */
    public static StructType outputSchema(StructType articles, LedeOptions options) {
        return AnnotationPlanner.plan(articles, options, null).outputSchema();
    }

    /** How many pipelines this JVM has built (in local mode the driver is the executor: one per set of options). */
    public static int pipelinesBuiltInThisJvm() {
        return ExecutorPipelines.built();
    }

    static Dataset<Row> annotate(Dataset<Row> articles, LedeOptions options, JobCounters counters) {
        AnnotationSpec spec = AnnotationPlanner.plan(articles.schema(), options,
                articles.sparkSession().sparkContext());
        return articles.mapPartitions(new AnnotatePartition<>(spec, counters, s -> s::toRow),
                Encoders.row(spec.outputSchema()));
    }

    static Dataset<String> toJsonLines(Dataset<Row> articles, LedeOptions options, JobCounters counters) {
        AnnotationSpec spec = AnnotationPlanner.plan(articles.schema(), options,
                articles.sparkSession().sparkContext());
        return articles.mapPartitions(new AnnotatePartition<>(spec, counters, s -> {
            ResultWriter writer = new ResultWriter(s.includeText(),
                    s.jsonLayers() == null ? null : new HashSet<>(s.jsonLayers()));
            return (row, result) -> writer.toJson(result);
        }), Encoders.STRING());
    }

    static JobCounters counters(Dataset<Row> articles) {
        return JobCounters.register(articles.sparkSession().sparkContext());
    }
}
