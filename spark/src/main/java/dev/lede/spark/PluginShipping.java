package dev.lede.spark;

import dev.lede.pipeline.PipelineFactory;
import dev.lede.plugin.AnalyzerRegistry;
import dev.lede.plugin.PluginFolders;
import dev.lede.plugin.PluginLoader;
import dev.lede.plugin.PluginSource;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkFiles;
import scala.jdk.javaapi.CollectionConverters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plugin folders named with {@code --plugins}: read on the driver with Lede's plugin loader, their jars shipped to
 * the executors with {@link SparkContext#addFile}, and laid out there again as a plugin folder, so that each
 * executor loads them exactly as the CLI would (one class loader per plugin). Jars given to Spark with
 * {@code --jars} need none of this: they are on the executors' class path, where Lede finds their analyzers like
 * its own.
 */
final class PluginShipping {

    private PluginShipping() {
    }

    /** Lede's analyzers and the plugins in these folders, on the driver. */
    static AnalyzerRegistry registry(List<Path> folders) {
        return PluginLoader.load(new PluginFolders(folders, List.of()));
    }

    /**
     * Ships the plugins of these folders to every executor.
     *
     * @throws IllegalArgumentException for a folder that does not exist, or two jars of the same file name (the
     *                                  executors receive them by name)
     */
    static List<ShippedPlugin> ship(List<Path> folders, SparkContext spark) {
        List<ShippedPlugin> shipped = new ArrayList<>();
        Map<String, Path> byName = new HashMap<>();
        List<String> added = CollectionConverters.asJava(spark.listFiles());
        for (Path folder : folders) {
            for (PluginSource plugin : sources(folder)) {
                List<String> names = new ArrayList<>();
                for (Path jar : plugin.jars()) {
                    String name = jar.getFileName().toString();
                    Path other = byName.putIfAbsent(name, jar);
                    if (other != null && !other.equals(jar)) {
                        throw new IllegalArgumentException("two plugin jars are named " + name + ": " + other
                                + " and " + jar + " (they are shipped to the executors by name)");
                    }
                    String uri = jar.toAbsolutePath().toUri().toString();
                    if (!added.contains(uri)) { // shipped by an earlier job of this session; Spark would warn
                        spark.addFile(uri);
                    }
                    names.add(name);
                }
                boolean loneJar = plugin.jars().size() == 1 && plugin.location().equals(plugin.jars().get(0));
                shipped.add(new ShippedPlugin(loneJar ? null : plugin.location().getFileName().toString(), names));
            }
        }
        return List.copyOf(shipped);
    }

    /** The plugins of one folder, as Lede's loader sees them. */
    static List<PluginSource> sources(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("plugin folder " + folder + " does not exist or is not a folder");
        }
        try {
            return PluginSource.scan(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list plugin folder " + folder, e);
        }
    }

    /**
     * A pipeline factory on this executor over Lede's analyzers and the shipped plugins, laid out in a fresh plugin
     * folder (a jar Spark fetched sits among every other file it fetched, so it is copied out).
     */
    static PipelineFactory factory(List<ShippedPlugin> plugins) {
        if (plugins.isEmpty()) {
            return PipelineFactory.create();
        }
        try {
            Path folder = Files.createTempDirectory("lede-plugins-");
            folder.toFile().deleteOnExit();
            for (ShippedPlugin plugin : plugins) {
                Path target = plugin.folder() == null ? folder
                        : Files.createDirectories(folder.resolve(plugin.folder()));
                for (String jar : plugin.jars()) {
                    Path copy = Files.copy(Path.of(SparkFiles.get(jar)), target.resolve(jar),
                            StandardCopyOption.REPLACE_EXISTING);
                    copy.toFile().deleteOnExit();
                }
            }
            return PipelineFactory.create(new PluginFolders(List.of(folder), List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out the shipped plugins", e);
        }
    }
}
