package dev.lede.plugin;

import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.analyzer.SpiVersion;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Finds the analyzers: Lede's own on the class path, then each plugin in its own {@link PluginClassLoader}. Whatever
 * cannot be loaded (a folder that is missing, a jar that needs a newer SPI, a provider whose class is missing or whose
 * constructor throws, a name or layer that clashes) becomes a {@link LoadFailure} and the rest load as usual.
 *
 * <p>Providers are instantiated here, since their name and layers are needed to know what is installed; analyzers
 * are created only when a pipeline needs them.
 */
public final class PluginLoader {
    // A jar whose service file lists classes that all fail would otherwise be retried without end.
    private static final int MAX_ERRORS_PER_PLUGIN = 50;

    private PluginLoader() {
    }

    /** The built-in analyzers and the plugins in these folders. */
    public static AnalyzerRegistry load(PluginFolders folders) {
        AnalyzerRegistry.Builder registry = builtIns();
        for (Path folder : folders.named()) {
            loadFolder(folder, registry, true);
        }
        for (Path folder : folders.optional()) {
            loadFolder(folder, registry, false);
        }
        return registry.build();
    }

    /** The analyzers on Lede's own class path. */
    static AnalyzerRegistry.Builder builtIns() {
        AnalyzerRegistry.Builder registry = AnalyzerRegistry.builder();
        ClassLoader own = PluginLoader.class.getClassLoader();
        List<AnalyzerProvider> providers = providers(own, AnalyzerOrigin.BUILT_IN_LOCATION, registry);
        AnalyzerOrigin origin = AnalyzerOrigin.lede();
        for (AnalyzerProvider p : providers) {
            registry.add(p, origin).ifPresent(problem ->
                    registry.fail(new LoadFailure(AnalyzerOrigin.BUILT_IN_LOCATION, problem)));
        }
        return registry;
    }

    private static void loadFolder(Path folder, AnalyzerRegistry.Builder registry, boolean named) {
        if (!Files.isDirectory(folder)) {
            if (named) {
                registry.fail(new LoadFailure(folder.toString(), "no such plugin folder"));
            }
            return;
        }
        List<PluginSource> sources;
        try {
            sources = PluginSource.scan(folder);
        } catch (IOException e) {
            registry.fail(new LoadFailure(folder.toString(), "cannot list the folder: " + LoadFailure.describe(e)));
            return;
        }
        for (PluginSource source : sources) {
            loadPlugin(source, registry);
        }
    }

    private static void loadPlugin(PluginSource source, AnalyzerRegistry.Builder registry) {
        String where = source.location().toString();
        PluginManifest manifest;
        try {
            manifest = PluginManifest.read(source);
        } catch (IOException e) {
            registry.fail(new LoadFailure(where, "cannot read the jar: " + LoadFailure.describe(e)));
            return;
        }
        if (manifest.spiVersion().isEmpty()) {
            registry.warn(where + ": no " + SpiVersion.MANIFEST_ATTRIBUTE + " in its manifest; loading it as SPI "
                    + SpiVersion.CURRENT);
        } else if (manifest.spiVersion().get() > SpiVersion.CURRENT) {
            registry.fail(new LoadFailure(where, "plugin " + source.location().getFileName() + " needs SPI " + manifest.spiVersion().get() + ", this Lede has SPI " + SpiVersion.CURRENT));
            return;
        }
        PluginClassLoader loader;
        try {
            loader = new PluginClassLoader(source.location().getFileName().toString(), urls(source),
                    PluginLoader.class.getClassLoader());
        } catch (MalformedURLException e) {
            registry.fail(new LoadFailure(where, LoadFailure.describe(e)));
            return;
        }
        int failuresBefore = registry.failureCount();
        List<AnalyzerProvider> providers = providers(loader, where, registry);
        if (providers.isEmpty() && registry.failureCount() == failuresBefore) {
            registry.fail(new LoadFailure(where, "lists no analyzer in META-INF/services/"
                    + AnalyzerProvider.class.getName()));
        }
        AnalyzerOrigin origin = new AnalyzerOrigin(where, manifest.version().orElse("unknown"),
                manifest.spiVersion().orElse(0));
        for (AnalyzerProvider p : providers) {
            registry.add(p, origin).ifPresent(problem -> registry.fail(new LoadFailure(where, problem)));
        }
    }

    // Instantiates each provider the loader lists, and reads what the registry needs from it, one at a time, so that
    // one that fails costs only itself.
    private static List<AnalyzerProvider> providers(ClassLoader loader, String where,
                                                    AnalyzerRegistry.Builder registry) {
        List<AnalyzerProvider> out = new ArrayList<>();
        Iterator<AnalyzerProvider> it = ServiceLoader.load(AnalyzerProvider.class, loader).iterator();
        int errors = 0;
        while (errors < MAX_ERRORS_PER_PLUGIN) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                AnalyzerProvider p = it.next();
                // read once here so that a provider whose methods throw fails now, not in the middle of a run
                p.name();
                p.requires();
                p.provides();
                p.options();
                out.add(p);
            } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
                errors++;
                registry.fail(new LoadFailure(where, LoadFailure.describe(e)));
            }
        }
        return out;
    }

    private static URL[] urls(PluginSource source) throws MalformedURLException {
        URL[] urls = new URL[source.jars().size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = source.jars().get(i).toUri().toURL();
        }
        return urls;
    }

    /** What a plugin's manifest says: the SPI it was built against and its version. */
    record PluginManifest(Optional<Integer> spiVersion, Optional<String> version) {

        /** The first jar of the plugin that states an SPI version decides; else the first jar with a version. */
        static PluginManifest read(PluginSource source) throws IOException {
            Optional<String> version = Optional.empty();
            for (Path jar : source.jars()) {
                try (JarFile jf = new JarFile(jar.toFile())) {
                    Manifest m = jf.getManifest();
                    if (m == null) {
                        continue;
                    }
                    Attributes a = m.getMainAttributes();
                    Optional<String> v = Optional.ofNullable(a.getValue(Attributes.Name.IMPLEMENTATION_VERSION));
                    String spi = a.getValue(SpiVersion.MANIFEST_ATTRIBUTE);
                    if (spi != null) {
                        try {
                            return new PluginManifest(Optional.of(Integer.parseInt(spi.trim())), v);
                        } catch (NumberFormatException e) {
                            throw new IOException(jar.getFileName() + " states " + SpiVersion.MANIFEST_ATTRIBUTE
                                    + " '" + spi + "', not a number");
                        }
                    }
                    if (version.isEmpty()) {
                        version = v;
                    }
                }
            }
            return new PluginManifest(Optional.empty(), version);
        }
    }
}
