package dev.lede.plugin;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Builds small jars for plugin tests from Java source written in the test: compiled with the JDK's compiler against
 * the test's class path (the SPI) and any jars given, then packed with a manifest and service files. Nothing binary
 * is committed; each test makes what it loads.
 */
final class PluginJars {
    private final Path work;

    PluginJars(Path work) {
        this.work = work;
    }

    /** A jar under construction: sources, extra class path, manifest attributes, service registrations. */
    final class Jar {
        private final Map<String, String> sources = new LinkedHashMap<>();
        private final Map<String, String> manifest = new LinkedHashMap<>();
        private final List<String> providers = new ArrayList<>();
        private final List<Path> classPath = new ArrayList<>();

        /** Adds a class; {@code name} is its fully qualified name. */
        Jar source(String name, String code) {
            sources.put(name, code);
            return this;
        }

        /** Lists the class as an analyzer provider in {@code META-INF/services}. */
        Jar provider(String className) {
            providers.add(className);
            return this;
        }

        Jar manifest(String attribute, String value) {
            manifest.put(attribute, value);
            return this;
        }

        /** Compiles against this jar too (a library the plugin uses). */
        Jar compiledAgainst(Path jar) {
            classPath.add(jar);
            return this;
        }

        /** Compiles and writes the jar to {@code target}, creating its folder. */
        Path writeTo(Path target) throws IOException {
            Path src = Files.createTempDirectory(work, "src");
            Path classes = Files.createTempDirectory(work, "classes");
            List<String> files = new ArrayList<>();
            for (Map.Entry<String, String> e : sources.entrySet()) {
                Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue());
                files.add(file.toString());
            }
            compile(files, classes);
            Files.createDirectories(target.getParent());
            Manifest m = new Manifest();
            m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.forEach((k, v) -> m.getMainAttributes().put(new Attributes.Name(k), v));
            try (OutputStream out = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(out, m);
                 Stream<Path> all = Files.walk(classes)) {
                for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
                    jar.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                    jar.write(Files.readAllBytes(p));
                    jar.closeEntry();
                }
                if (!providers.isEmpty()) {
                    jar.putNextEntry(new JarEntry("META-INF/services/dev.lede.analyzer.AnalyzerProvider"));
                    jar.write((String.join("\n", providers) + "\n").getBytes(StandardCharsets.UTF_8));
                    jar.closeEntry();
                }
            }
            return target;
        }

        private void compile(List<String> files, Path classes) {
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            StringBuilder cp = new StringBuilder(System.getProperty("java.class.path"));
            classPath.forEach(p -> cp.append(java.io.File.pathSeparator).append(p));
            List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", cp.toString(),
                    "--release", "17", "-proc:none"));
            args.addAll(files);
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int rc = javac.run(null, null, err, args.toArray(String[]::new));
            if (rc != 0) {
                throw new IllegalStateException("fixture does not compile:\n" + err.toString(StandardCharsets.UTF_8));
            }
        }
    }

    Jar jar() {
        return new Jar();
    }

    /**
     * The source of a provider named {@code name} in package {@code pkg} that provides one layer of {@code String}s
     * named {@code layer}, holding {@code expression} (Java, evaluated per document with {@code context} and
     * {@code doc} in scope), and whose constructor runs {@code constructorBody}.
     */
    static String provider(String pkg, String cls, String name, String layer, String expression,
                           String constructorBody) {
        return """
                package %1$s;

                import dev.lede.analyzer.*;
                import dev.lede.document.*;
                import java.util.*;

                public final class %2$s implements AnalyzerProvider {
                    public static final LayerKey<String> LAYER = LayerKey.of("%4$s", String.class);

                    public %2$s() { %6$s }
                    public String name() { return "%3$s"; }
                    public Set<LayerKey<?>> requires() { return Set.of(); }
                    public Set<LayerKey<?>> provides() { return Set.of(LAYER); }
                    public Analyzer create(AnalyzerContext context) {
                        return doc -> doc.put(LAYER, List.of(String.valueOf(%5$s)));
                    }
                }
                """.formatted(pkg, cls, name, layer, expression, constructorBody);
    }
}
