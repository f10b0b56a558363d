package dev.lede.spark;

import dev.lede.analyzer.AnalyzerProvider;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** Packs compiled test classes into a plugin jar with its service file, as a plugin's own build would. */
final class PluginJar {
    private PluginJar() {
    }

    /**
     * A folder under {@code target/} holding one jar of {@code provider}, written once per JVM and kept after the
     * tests.
     */
    static synchronized Path folderFor(Class<? extends AnalyzerProvider> provider) throws IOException {
        Path folder = Path.of("target", "test-plugins", provider.getSimpleName()).toAbsolutePath();
        Path jar = folder.resolve(provider.getSimpleName().toLowerCase(java.util.Locale.ROOT) + ".jar");
        if (!WRITTEN.contains(jar)) {
            Files.createDirectories(folder);
            write(folder, jar.getFileName().toString(), provider);
            WRITTEN.add(jar);
        }
        return folder;
    }

    private static java.util.jar.Manifest manifest() {
        java.util.jar.Manifest m = new java.util.jar.Manifest();
        m.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().putValue(dev.lede.analyzer.SpiVersion.MANIFEST_ATTRIBUTE,
                String.valueOf(dev.lede.analyzer.SpiVersion.CURRENT));
        return m;
    }

    private static final java.util.Set<Path> WRITTEN = new java.util.HashSet<>();

    /**
     * Writes {@code folder/name} holding the classes of {@code provider}'s package and a service file naming it.
     */
    static Path write(Path folder, String name, Class<? extends AnalyzerProvider> provider) throws IOException {
        Path classes;
        try {
            classes = Path.of(provider.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        String packagePath = provider.getPackageName().replace('.', '/');
        Path jar = folder.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, manifest());
             Stream<Path> files = Files.list(classes.resolve(packagePath))) {
            for (Path c : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                out.putNextEntry(new JarEntry(packagePath + "/" + c.getFileName()));
                out.write(Files.readAllBytes(c));
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("META-INF/services/" + AnalyzerProvider.class.getName()));
            out.write((provider.getName() + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }
}
