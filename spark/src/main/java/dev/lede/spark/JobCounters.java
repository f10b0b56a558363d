package dev.lede.spark;

import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

import java.io.Serializable;

/**
 * What the executors report back to the driver, as named accumulators (listed in the Spark UI under each stage):
 * the pipelines they built, the articles they annotated, and how many of those had errors. A retried task may count
 * its articles twice; the figures are for reporting, never for results.
 */
record JobCounters(LongAccumulator pipelinesBuilt, LongAccumulator articles, LongAccumulator articlesWithErrors)
        implements Serializable {

    static JobCounters register(SparkContext spark) {
        return new JobCounters(spark.longAccumulator(Lede.PIPELINES_BUILT), spark.longAccumulator("lede.articles"),
                spark.longAccumulator("lede.articlesWithErrors"));
    }
}
