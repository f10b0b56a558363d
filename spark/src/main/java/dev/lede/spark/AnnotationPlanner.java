package dev.lede.spark;

import dev.lede.analyzer.AnalyzerException;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.document.LayerKey;
import dev.lede.pipeline.AnalyzerPlan;
import dev.lede.plugin.AnalyzerRegistry;
import dev.lede.plugin.OptionChecks;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Works out an {@link AnnotationSpec} on the driver, so that every mistake a user can make (an unknown analyzer or
 * layer, a setting for an analyzer that is not installed, a missing text column, a column name taken twice) fails
 * there with a clear message, before any task runs. Reads only the analyzers' declarations; no model is loaded on
 * the driver.
 */
final class AnnotationPlanner {
    private static final Logger LOG = LoggerFactory.getLogger(AnnotationPlanner.class);
    /** The built-in layers in the order their columns come; other layers follow in pipeline order. */
    private static final List<String> COLUMN_ORDER = List.of("entities", "quotes", "numbers", "places", "focus",
            "times", "dateline");
    /** Layers left out of the columns unless asked for: large, and derivable from the text again. */
    private static final Set<String> TEXT_LAYERS = Set.of("tokens", "sentences", "paragraphs");

    private AnnotationPlanner() {
    }

    /**
     * @param spark the context to ship plugin jars with; null to plan without shipping (for a schema only)
     * @throws IllegalArgumentException or {@link AnalyzerException} on a mistake in the options or the input
     */
    static AnnotationSpec plan(StructType input, LedeOptions options, SparkContext spark) {
        Analyzers analyzers = Analyzers.resolve(options);
        List<LayerColumn> layers = layerColumns(analyzers.providers(), options);
        ArticleColumns articles = ArticleColumns.of(input, options.textColumn(), options.idColumn());
        StructType output = outputSchema(input, layers);
        return new AnnotationSpec(articles, pipeline(analyzers, options, spark), layers, options.maxBytes(),
                options.layers().isEmpty() ? null : options.layers(), options.includeText(), output);
    }

    /**
     * The pipeline the executors will build for these options (plugin jars are shipped now). Known before the
     * articles are read, so that in local mode the driver, which is also the executor, can start loading it early.
     */
    static PipelineSpec pipeline(LedeOptions options, SparkContext spark) {
        return pipeline(Analyzers.resolve(options), options, spark);
    }

    /**
     * The pipeline of a local run, known before its Spark session starts: empty unless {@code master} is a local
     * master and no plugin folder is given (plugins are shipped through the session).
     */
    static Optional<PipelineSpec> localPipeline(LedeOptions options, String master) {
        OptionalInt cores = LocalMaster.cores(master);
        if (cores.isEmpty() || !options.pluginDirs().isEmpty()) {
            return Optional.empty();
        }
        int threads = options.threads() > 0 ? options.threads() : cores.getAsInt();
        return Optional.of(new PipelineSpec(Analyzers.resolve(options).names(), options.settings(), List.of(),
                threads, options.timeBudgetMs(), options.maxTokens(), options.maxSentenceTokens()));
    }

    private static PipelineSpec pipeline(Analyzers analyzers, LedeOptions options, SparkContext spark) {
        List<ShippedPlugin> shipped = spark == null ? List.of() : PluginShipping.ship(analyzers.folders(), spark);
        int threads = options.threads() > 0 ? options.threads() : spark == null ? 0 : executorCores(spark);
        return new PipelineSpec(analyzers.names(), options.settings(), shipped, threads, options.timeBudgetMs(),
                options.maxTokens(), options.maxSentenceTokens());
    }

    /**
     * The analyzers chosen, checked against what is installed (settings too: every key declared, every value of its
     * type); the plugin folders they come from.
     */
    private record Analyzers(List<Path> folders, List<String> names, List<AnalyzerProvider> providers) {
        static Analyzers resolve(LedeOptions options) {
            List<Path> folders = options.pluginDirs().stream().map(Path::of).toList();
            folders.forEach(PluginShipping::sources); // a folder that is not there fails here, by name
            AnalyzerRegistry registry = PluginShipping.registry(folders);
            registry.failures().forEach(f -> LOG.warn("lede-spark: {}", f.line()));
            List<String> names = options.analyzers().isEmpty() ? registry.names()
                    : options.analyzers().stream().map(String::trim).toList();
            List<AnalyzerProvider> providers = AnalyzerPlan.resolve(registry, names);
            OptionChecks.validate(registry, PipelineSpec.configs(options.settings()));
            return new Analyzers(folders, names, providers);
        }
    }

    private static List<LayerColumn> layerColumns(List<AnalyzerProvider> providers, LedeOptions options) {
        Set<String> provided = new LinkedHashSet<>();
        for (AnalyzerProvider p : providers) {
            p.provides().stream().map(LayerKey::name).sorted().forEach(provided::add);
        }
        List<String> chosen;
        if (options.layers().isEmpty()) {
            chosen = provided.stream().filter(name -> !TEXT_LAYERS.contains(name)).toList();
        } else {
            for (String name : options.layers()) {
                if (!provided.contains(name)) {
                    throw new IllegalArgumentException("no chosen analyzer provides the layer '" + name
                            + "'; they provide: " + String.join(", ", provided));
                }
            }
            chosen = options.layers();
        }
        List<String> ordered = new ArrayList<>(chosen);
        ordered.sort(Comparator.comparingInt(name -> {
            int builtIn = COLUMN_ORDER.indexOf(name);
            return builtIn >= 0 ? builtIn : COLUMN_ORDER.size(); // stable sort keeps pipeline order for the rest
        }));
        List<LayerColumn> columns = new ArrayList<>();
        for (String name : new LinkedHashSet<>(ordered)) {
            DataType declared = options.layerSchemas().get(name);
            if (declared != null) {
                JsonToSpark.checkSupported(declared, name);
            }
            columns.add(LayerColumn.of(name, declared != null ? declared
                    : LayerSchemas.builtIn(name).map(DataType.class::cast).orElse(null)));
        }
        return columns;
    }

    private static StructType outputSchema(StructType input, List<LayerColumn> layers) {
        List<StructField> fields = new ArrayList<>(Arrays.asList(input.fields()));
        layers.forEach(layer -> fields.add(layer.field()));
        fields.add(DataTypes.createStructField(LayerSchemas.ERRORS,
                DataTypes.createArrayType(LayerSchemas.ERROR, true), true));
        Set<String> seen = new HashSet<>();
        for (StructField f : fields) {
            if (!seen.add(f.name())) {
                throw new IllegalArgumentException("the articles already have a column '" + f.name()
                        + "', which Lede writes; rename it first (withColumnRenamed)");
            }
        }
        return new StructType(fields.toArray(StructField[]::new));
    }

    /**
     * Analysis threads per executor: the cores of {@code local[N]}, else {@code spark.executor.cores} when set, else
     * 0 (each executor uses its own core count).
     */
    private static int executorCores(SparkContext spark) {
        if (spark.isLocal()) {
            return LocalMaster.cores(spark.master()).orElse(spark.defaultParallelism());
        }
        return spark.getConf().getInt("spark.executor.cores", 0);
    }
}
