package dev.lede.pipeline;

import dev.lede.analyzer.Analyzer;
import dev.lede.document.LayerKey;

import java.util.Set;

/**
 * One analyzer of a built pipeline, with the layers it reads and those it may write, and the heap it allocated over
 * the pipeline's life.
 */
record Stage(String name, Set<LayerKey<?>> requires, Set<LayerKey<?>> provides, Analyzer analyzer,
             AllocationMeter allocated) {

    Stage(String name, Set<LayerKey<?>> requires, Set<LayerKey<?>> provides, Analyzer analyzer) {
        this(name, requires, provides, analyzer, new AllocationMeter());
    }
}
