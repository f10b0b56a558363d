package dev.lede.pipeline;

import dev.lede.analyzer.Analyzer;
import dev.lede.document.LayerKey;

import java.util.Set;

/** One analyzer of a built pipeline, with the layers it reads and those it may write. */
record Stage(String name, Set<LayerKey<?>> requires, Set<LayerKey<?>> provides, Analyzer analyzer) {
}
