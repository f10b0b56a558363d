package dev.lede.spark;

import dev.lede.input.DocumentReader;
import dev.lede.input.ReaderOptions;
import dev.lede.pipeline.AnalysisResult;
import dev.lede.pipeline.DocumentInput;
import dev.lede.pipeline.Pipeline;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * Annotates one partition on an executor, as a stream: each row is read into a document, submitted to this JVM's
 * pipeline, and turned into an output by {@code output} once its result is in. An article that cannot be read, or
 * on which an analyzer fails, yields its output with the error; nothing about one article fails the task.
 *
 * @param <O> the output of one row: a row with the layer columns, or a schema-1 JSON line
 */
final class AnnotatePartition<O> implements MapPartitionsFunction<Row, O> {
    private final AnnotationSpec spec;
    private final JobCounters counters;
    private final Output<O> output;

    /** What a task makes of a row and its result; serializable, as it travels with the task. */
    interface Output<O> extends java.io.Serializable {
        /** Called once per partition: the function that makes each output. */
        BiFunction<Row, AnalysisResult, O> forPartition(AnnotationSpec spec);
    }

    AnnotatePartition(AnnotationSpec spec, JobCounters counters, Output<O> output) {
        this.spec = spec;
        this.counters = counters;
        this.output = output;
    }

    private BiFunction<Row, AnalysisResult, O> counted(BiFunction<Row, AnalysisResult, O> output) {
        return (row, result) -> {
            counters.articles().add(1);
            if (!result.errors().isEmpty()) {
                counters.articlesWithErrors().add(1);
            }
            return output.apply(row, result);
        };
    }

    @Override
    public Iterator<O> call(Iterator<Row> rows) {
        Pipeline pipeline = ExecutorPipelines.get(spec.pipeline(), () -> counters.pipelinesBuilt().add(1));
        DocumentReader reader = new DocumentReader(new ReaderOptions(spec.maxBytes()));
        TaskContext task = TaskContext.get();
        String prefix = (task == null ? 0 : task.partitionId()) + "-";
        long[] index = {0};
        // Enough articles in flight to keep every thread busy while this task waits for the oldest (a long article
        // at the head holds back the ones behind it); as many per thread as the CLI's batches keep.
        int window = 4 * pipeline.options().threads();
        return new InOrderResults<>(rows, window, row -> {
            DocumentInput input = spec.articles().read(row, prefix + index[0]++, reader);
            return input.ok() ? pipeline.submit(input.document())
                    : CompletableFuture.completedFuture(AnalysisResult.failedInput(input.id(), input.error()));
        }, counted(output.forPartition(spec)));
    }
}
