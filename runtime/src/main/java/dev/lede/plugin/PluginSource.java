package dev.lede.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One plugin on disk: a jar, or a folder of jars (the plugin's jar and the libraries it needs), loaded together in
 * one class loader.
 *
 * @param location the jar or the folder, as reported to users
 * @param jars     the jars, sorted by name
 */
public record PluginSource(Path location, List<Path> jars) {

    public PluginSource {
        jars = List.copyOf(jars);
    }

    /**
     * The plugins in one plugin folder: each {@code *.jar} directly in it, and each sub-folder that directly holds
     * jars. Anything else is ignored without a word, so that a checkout's {@code plugins/} folder, which holds the
     * built-in plugins' source modules (their jars are deeper, in {@code target/}), yields nothing. Sorted by name.
     *
     * @throws IOException when the folder cannot be listed
     */
    public static List<PluginSource> scan(Path folder) throws IOException {
        List<PluginSource> out = new ArrayList<>();
        for (Path entry : sorted(folder)) {
            if (isJar(entry)) {
                out.add(new PluginSource(entry, List.of(entry)));
            } else if (Files.isDirectory(entry)) {
                List<Path> jars = sorted(entry).stream().filter(PluginSource::isJar).toList();
                if (!jars.isEmpty()) {
                    out.add(new PluginSource(entry, jars));
                }
            }
        }
        return out;
    }

    private static boolean isJar(Path p) {
        return Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jar");
    }

    private static List<Path> sorted(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }
}
