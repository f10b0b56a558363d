package dev.lede.spark;

import dev.lede.document.Document;
import dev.lede.document.Metadata;
import dev.lede.input.WarcDocuments;
import dev.lede.json.LedeJson;
import dev.lede.pipeline.DocumentInput;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Web archives (WARC, as Common Crawl's news crawl stores them) as a table of articles: one row per HTML page, read
 * by Lede's own WARC reader ({@link WarcDocuments}) as a stream on the executors, one archive per task. The row has
 * the fields Lede reads (the record id as {@code id}, the page's text, title, date, ..., the rest of its metadata
 * such as {@code fetchDate} in {@code metadata}); a record that cannot be read keeps its place with the reason in
 * {@link ArticleColumns#INPUT_ERROR}, which becomes the article's error.
 */
final class WarcArticles implements FlatMapFunction<Tuple2<String, PortableDataStream>, Row> {
    static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType).add("text", DataTypes.StringType)
            .add("title", DataTypes.StringType).add("date", DataTypes.StringType)
            .add("source", DataTypes.StringType).add("url", DataTypes.StringType)
            .add("language", DataTypes.StringType)
            .add("metadata", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType))
            .add(ArticleColumns.INPUT_ERROR, DataTypes.StringType);

    private final long maxRecordBytes;

    private WarcArticles(long maxRecordBytes) {
        this.maxRecordBytes = maxRecordBytes;
    }

    /** The pages of the archives at {@code paths} (files, folders or globs), as rows of {@link #SCHEMA}. */
    static Dataset<Row> read(SparkSession spark, String[] paths, long maxRecordBytes) {
        JavaRDD<Row> rows = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .binaryFiles(String.join(",", paths))
                .flatMap(new WarcArticles(maxRecordBytes));
        return spark.createDataFrame(rows, SCHEMA);
    }

    @Override
    public Iterator<Row> call(Tuple2<String, PortableDataStream> archive) {
        String path = archive._1();
        String name = path.substring(path.lastIndexOf('/') + 1);
        WarcDocuments documents = WarcDocuments.read(archive._2().open(), name, maxRecordBytes);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return documents.hasNext();
            }

            @Override
            public Row next() {
                return row(documents.next());
            }
        };
    }

    private static Row row(DocumentInput input) {
        if (!input.ok()) {
            return RowFactory.create(input.id(), null, null, null, null, null, null, null, input.error());
        }
        Document d = input.document();
        Metadata m = d.metadata();
        Map<String, String> extra = new LinkedHashMap<>();
        m.extra().forEach((k, v) -> extra.put(k, v instanceof String s ? s : LedeJson.toJson(v)));
        return RowFactory.create(d.id(), d.text(), m.title(), m.date(), m.source(), m.url(), m.language(),
                CollectionConverters.asScala(extra), null);
    }
}
