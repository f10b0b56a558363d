package dev.lede.plugin;

import dev.lede.document.Document;
import dev.lede.pipeline.AnalysisResult;
import dev.lede.pipeline.Pipeline;
import dev.lede.pipeline.PipelineFactory;
import dev.lede.pipeline.PipelineOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two plugins that each ship a different version of one library (same class names, different behaviour) both work
 * in one pipeline: each plugin's class loader finds its own copy first. Each also keeps its own shared resources,
 * although both ask for the same JDK type.
 */
class TwoLibraryVersionsTest {
    @TempDir
    Path work;

    private static String library(String version) {
        return """
                package com.example.clock;

                public final class Clock {
                    public static String version() { return "%s"; }
                }
                """.formatted(version);
    }

    @Test
    void eachPluginSeesItsOwnVersionOfTheLibrary() throws Exception {
        PluginJars jars = new PluginJars(work);
        Path plugins = work.resolve("plugins");
        Path lib1 = jars.jar().source("com.example.clock.Clock", library("1.0")).writeTo(plugins.resolve("a/clock-1.0.jar"));
        Path lib2 = jars.jar().source("com.example.clock.Clock", library("2.0")).writeTo(plugins.resolve("b/clock-2.0.jar"));
        String expression = "com.example.clock.Clock.version() + \" \" + context.shared(String.class, () -> \"%s\")";
        jars.jar().compiledAgainst(lib1)
                .source("fixture.a.AlphaProvider", PluginJars.provider("fixture.a", "AlphaProvider", "alpha", "alphas",
                        expression.formatted("shared by alpha"), ""))
                .provider("fixture.a.AlphaProvider").manifest("Lede-SPI-Version", "1")
                .writeTo(plugins.resolve("a/alpha.jar"));
        jars.jar().compiledAgainst(lib2)
                .source("fixture.b.BetaProvider", PluginJars.provider("fixture.b", "BetaProvider", "beta", "betas",
                        expression.formatted("shared by beta"), ""))
                .provider("fixture.b.BetaProvider").manifest("Lede-SPI-Version", "1")
                .writeTo(plugins.resolve("b/beta.jar"));

        AnalyzerRegistry registry = PluginLoader.load(new PluginFolders(List.of(plugins), List.of()));
        assertTrue(registry.failures().isEmpty(), registry.failures().toString());
        assertEquals(plugins.resolve("a").toString(), registry.origin("alpha").location());
        try (Pipeline p = new PipelineFactory(registry).build(PipelineOptions.of(List.of("alpha", "beta"))
                .withThreads(2))) {
            AnalysisResult r = p.process(Document.of("d", "One pipeline, two plugins."));
            assertTrue(r.ok(), r.errors().toString());
            Map<String, String> byLayer = new TreeMap<>();
            r.layers().forEach((k, v) -> byLayer.put(k.name(), v.toString()));
            assertEquals(Map.of("alphas", "[1.0 shared by alpha]", "betas", "[2.0 shared by beta]"), byLayer);
        }
    }
}
