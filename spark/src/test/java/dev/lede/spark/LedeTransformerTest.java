package dev.lede.spark;

import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LedeTransformerTest {
    private final SparkSession spark = LocalSpark.session();

    @Test
    void aStageOfAnMlPipelineAddsTheLayers() {
        Dataset<Row> articles = Articles.good(spark).withColumnRenamed("text", "body");
        LedeTransformer lede = new LedeTransformer().setTextCol("body").setAnalyzers("number");
        PipelineModel model = new Pipeline().setStages(new PipelineStage[]{lede}).fit(articles);

        Dataset<Row> out = model.transform(articles);

        assertEquals(lede.transformSchema(articles.schema()), out.schema());
        assertEquals(List.of("id", "body", "title", "url", "words", "numbers", "errors"),
                List.of(out.schema().fieldNames()));
        Row ferry = out.where("id = 'ferry'").first();
        assertTrue(ferry.<Row>getList(ferry.fieldIndex("numbers")).stream()
                .anyMatch(n -> "EUR".equals(n.getAs("unit"))));
    }

    @Test
    void aCopyKeepsTheParamsAndTakesTheExtraOnes() {
        LedeTransformer lede = new LedeTransformer().setAnalyzers("entity")
                .setOptions(LedeOptions.defaults().withSetting("geo.demonyms", "true"));
        LedeTransformer copy = lede.copy(new ParamMap().put(lede.textCol().w("body")));
        assertEquals("body", copy.options().textColumn());
        assertArrayEquals(new String[]{"entity"}, copy.options().analyzers().toArray(String[]::new));
        assertEquals("true", copy.options().settings().get("geo.demonyms"));
        assertEquals(lede.uid(), copy.uid());
    }
}
