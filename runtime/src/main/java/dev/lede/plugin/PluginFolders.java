package dev.lede.plugin;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The folders plugins are read from: those named with {@code --plugins} and in {@code LEDE_PLUGINS} (reported when
 * missing, since someone asked for them), then the {@code plugins/} folder beside the launcher (read when present).
 *
 * @param named   folders the user named
 * @param optional folders read only when they exist (the one beside the launcher)
 */
public record PluginFolders(List<Path> named, List<Path> optional) {
    /** The environment variable with more plugin folders, separated by {@link File#pathSeparator}. */
    public static final String ENV = "LEDE_PLUGINS";
    /** The system property the launcher sets to its own folder; its {@code plugins/} sub-folder is read. */
    public static final String HOME_PROPERTY = "lede.home";

    public static final PluginFolders NONE = new PluginFolders(List.of(), List.of());

    public PluginFolders {
        named = List.copyOf(new LinkedHashSet<>(named));
        optional = List.copyOf(optional);
    }

    /**
     * @param options the {@code --plugins} values, in order
     * @param env     the value of {@code LEDE_PLUGINS}, or null
     * @param home    the value of {@code lede.home}, or null
     */
    public static PluginFolders of(List<Path> options, String env, String home) {
        List<Path> named = new ArrayList<>(options);
        if (env != null && !env.isBlank()) {
            Arrays.stream(env.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).forEach(named::add);
        }
        List<Path> dflt = new ArrayList<>();
        if (home != null && !home.isBlank()) {
            Path folder = Path.of(home).resolve("plugins");
            if (named.stream().noneMatch(p -> same(p, folder))) {
                dflt.add(folder);
            }
        }
        return new PluginFolders(named, dflt);
    }

    /** From {@code --plugins}, the environment and the system properties of this process. */
    public static PluginFolders fromEnvironment(List<Path> options) {
        return of(options, System.getenv(ENV), System.getProperty(HOME_PROPERTY));
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
