package dev.lede.spark;

import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.StringArrayParam;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

import java.util.List;

/**
 * {@link Lede#annotate} as a Spark ML stage, for pipelines that go on from Lede's layers (features from entities,
 * places as labels...):
 *
 * <pre>{@code
 * Pipeline pipeline = new Pipeline().setStages(new PipelineStage[] {
 *     new LedeTransformer().setTextCol("body").setAnalyzers("entity", "geo"), ... });
 * }</pre>
 * The column and analyzer choices are ML params; any other option (settings, plugins, layer types) comes from
 * {@link #setOptions}. Not persisted with the pipeline ({@code MLWritable}): the plugin folders and layer types it
 * may carry are the driver's, not the model's.
 */
public final class LedeTransformer extends Transformer {
    private final String uid;
    private final Param<String> textCol;
    private final Param<String> idCol;
    private final StringArrayParam analyzers;
    private LedeOptions options = LedeOptions.defaults();

    public LedeTransformer() {
        this(Identifiable.randomUID("lede"));
    }

    public LedeTransformer(String uid) {
        this.uid = uid;
        this.textCol = new Param<>(this, "textCol", "the column with the article text");
        this.idCol = new Param<>(this, "idCol", "the column with the article id");
        this.analyzers = new StringArrayParam(this, "analyzers", "the analyzers to run; empty for every one");
        setDefault(textCol, "text");
        setDefault(idCol, "id");
        setDefault(analyzers, new String[0]);
    }

    @Override
    public String uid() {
        return uid;
    }

    public Param<String> textCol() {
        return textCol;
    }

    public Param<String> idCol() {
        return idCol;
    }

    public StringArrayParam analyzers() {
        return analyzers;
    }

    public LedeTransformer setTextCol(String column) {
        set(textCol, column);
        return this;
    }

    public LedeTransformer setIdCol(String column) {
        set(idCol, column);
        return this;
    }

    public LedeTransformer setAnalyzers(String... names) {
        set(analyzers, names);
        return this;
    }

    /** The other options (settings, plugin folders, layer types, limits); the params above override theirs. */
    public LedeTransformer setOptions(LedeOptions base) {
        this.options = base;
        return this;
    }

    /** The options in effect: those of {@link #setOptions} with this stage's params. */
    public LedeOptions options() {
        return options.withTextColumn(getOrDefault(textCol)).withIdColumn(getOrDefault(idCol))
                .withAnalyzers(List.of(getOrDefault(analyzers)));
    }

    @Override
    public Dataset<Row> transform(Dataset<?> articles) {
        return Lede.annotate(articles.toDF(), options());
    }

    @Override
    public StructType transformSchema(StructType schema) {
        return Lede.outputSchema(schema, options());
    }

    @Override
    public LedeTransformer copy(ParamMap extra) {
        LedeTransformer copy = new LedeTransformer(uid).setOptions(options);
        return copyValues(copy, extra);
    }
}
