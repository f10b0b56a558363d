package dev.lede.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Checks what {@link LedeJob} wrote as Parquet, given the job's own arguments: that Spark reads it back with the
 * schema {@link Lede#outputSchema} declares, how many rows it has, and (on standard output, tab-separated) the
 * number of entities, quotes, numbers and places of each article, to compare with {@code lede extract}.
 *
 * <pre>
 * java -cp lede-spark-standalone.jar dev.lede.spark.CheckOutput --master local[2] --input a.jsonl --output out/
 * </pre>
 * Exit code 1 when the schema is not the declared one.
 */
public final class CheckOutput {
    private CheckOutput() {
    }

    public static void main(String[] args) {
        LedeJob job = LedeJob.parse(args);
        SparkSession spark = job.session();
        boolean same;
        try {
            StructType declared = Lede.outputSchema(job.read(spark).schema(), job.options());
            Dataset<Row> written = spark.read().parquet(job.output);
            same = declared.equals(written.schema());
            System.err.println("lede-spark check: " + written.count() + " rows in " + job.output + "; schema "
                    + (same ? "as declared" : "differs from the declared one:\n declared " + declared.treeString()
                    + "\n written " + written.schema().treeString()));
            System.out.println("id\tentities\tquotes\tnumbers\tplaces");
            for (Row r : written.selectExpr("CAST(" + job.idColumn + " AS STRING)", "size(entities)",
                    "size(quotes)", "size(numbers)", "size(places)").collectAsList()) {
                System.out.println(r.get(0) + "\t" + r.get(1) + "\t" + r.get(2) + "\t" + r.get(3) + "\t" + r.get(4));
            }
        } finally {
            spark.stop();
        }
        System.exit(same ? 0 : 1);
    }
}
