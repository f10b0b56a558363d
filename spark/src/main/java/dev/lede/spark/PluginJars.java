package dev.lede.spark;

import com.google.inject.Guice;
import dev.lede.analyzer.AnalyzerRegistry;
import dev.lede.pipeline.LedeModule;
import dev.lede.pipeline.PipelineFactory;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkFiles;
import scala.jdk.javaapi.CollectionConverters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Plugin jars named with {@code --plugins DIR}: found on the driver, shipped to the executors with
 * {@link SparkContext#addFile}, and loaded there beside Lede's own analyzers. (Jars given to Spark with
 * {@code --jars} need none of this: they are on the executors' class path, where Lede finds their analyzers like
 * its own.)
 */
final class PluginJars {

    private PluginJars() {
    }

    /**
     * The jars in these folders, sorted by name within each.
     *
     * @throws IllegalArgumentException for a folder that does not exist, or two jars of the same name
     */
    static List<Path> find(List<String> folders) {
        List<Path> jars = new ArrayList<>();
        Map<String, Path> byName = new HashMap<>();
        for (String folder : folders) {
            Path dir = Path.of(folder);
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("plugin folder " + dir + " does not exist or is not a folder");
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                    Path other = byName.putIfAbsent(jar.getFileName().toString(), jar);
                    if (other != null) {
                        throw new IllegalArgumentException("two plugin jars are named " + jar.getFileName() + ": "
                                + other + " and " + jar + " (they are shipped to the executors by name)");
                    }
                    jars.add(jar);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list plugin folder " + dir, e);
            }
        }
        return List.copyOf(jars);
    }

    /** Ships the jars to every executor; returns the names to find them by there ({@link #shipped}). */
    static List<String> ship(List<Path> jars, SparkContext spark) {
        List<String> names = new ArrayList<>();
        List<String> added = CollectionConverters.asJava(spark.listFiles());
        for (Path jar : jars) {
            String uri = jar.toAbsolutePath().toUri().toString();
            if (!added.contains(uri)) { // an earlier call shipped it; Spark would warn that it cannot replace it
                spark.addFile(uri);
            }
            names.add(jar.getFileName().toString());
        }
        return names;
    }

    /** Where the shipped jars are on this executor. */
    static List<Path> shipped(List<String> names) {
        return names.stream().map(name -> Path.of(SparkFiles.get(name))).toList();
    }

    /** The analyzers on the class path and in these jars. */
    static AnalyzerRegistry registry(List<Path> jars) {
        if (jars.isEmpty()) {
            return AnalyzerRegistry.load();
        }
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = jars.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("bad plugin jar path " + jars.get(i), e);
            }
        }
        // Lede's own classes come from the parent, so a plugin and Lede share one SPI.
        return AnalyzerRegistry.load(new URLClassLoader(urls, PluginJars.class.getClassLoader()));
    }

    /** A pipeline factory over the analyzers on the class path and in these jars. */
    static PipelineFactory factory(List<Path> jars) {
        AnalyzerRegistry registry = registry(jars);
        return new PipelineFactory(registry, Guice.createInjector(new LedeModule(registry)));
    }
}
