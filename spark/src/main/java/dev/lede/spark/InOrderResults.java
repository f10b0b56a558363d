package dev.lede.spark;

import dev.lede.pipeline.AnalysisResult;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A partition as a stream: pulls inputs, keeps up to {@code window} of them in the pipeline at once, and returns one
 * output per input in input order. Memory stays flat whatever the partition's size, and the pipeline's threads stay
 * busy while Spark consumes the outputs.
 *
 * <p>Written here rather than using {@code Pipeline.process}: that method pushes results into a callback, and
 * Spark's {@code mapPartitions} pulls them through an iterator.
 *
 * @param <I> an input (a row)
 * @param <O> an output (a row, a JSON line)
 */
final class InOrderResults<I, O> implements Iterator<O> {
    private final Iterator<I> inputs;
    private final int window;
    private final Function<I, CompletableFuture<AnalysisResult>> start;
    private final BiFunction<I, AnalysisResult, O> finish;
    private final Queue<Pending<I>> inFlight = new ArrayDeque<>();

    private record Pending<I>(I input, CompletableFuture<AnalysisResult> result) {
    }

    /**
     * @param start  submits one input to the pipeline
     * @param finish makes the output of an input and its result
     */
    InOrderResults(Iterator<I> inputs, int window, Function<I, CompletableFuture<AnalysisResult>> start,
                   BiFunction<I, AnalysisResult, O> finish) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1, got " + window);
        }
        this.inputs = inputs;
        this.window = window;
        this.start = start;
        this.finish = finish;
    }

    @Override
    public boolean hasNext() {
        fill();
        return !inFlight.isEmpty();
    }

    @Override
    public O next() {
        fill();
        Pending<I> head = inFlight.poll();
        if (head == null) {
            throw new NoSuchElementException();
        }
        return finish.apply(head.input(), join(head.result()));
    }

    private void fill() {
        while (inFlight.size() < window && inputs.hasNext()) {
            I input = inputs.next();
            inFlight.add(new Pending<>(input, start.apply(input)));
        }
    }

    private static AnalysisResult join(CompletableFuture<AnalysisResult> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            // Spark interrupts a task it kills; the task ends, the pipeline finishes what it has on its own.
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an article", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the pipeline failed", e.getCause());
        }
    }
}
