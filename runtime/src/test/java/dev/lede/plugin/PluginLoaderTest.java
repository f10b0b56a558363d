package dev.lede.plugin;

import dev.lede.analyzer.UnknownAnalyzerException;
import dev.lede.document.Document;
import dev.lede.pipeline.AnalysisResult;
import dev.lede.pipeline.Pipeline;
import dev.lede.pipeline.PipelineFactory;
import dev.lede.pipeline.PipelineOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PluginLoaderTest {
    @TempDir
    Path work;

    private Path plugin(Path folder, String file, String name, String layer, String constructorBody,
                        String... manifest) throws IOException {
        String cls = Character.toUpperCase(name.charAt(0)) + name.substring(1).replace("-", "") + "Provider";
        PluginJars.Jar jar = new PluginJars(work).jar()
                .source("fixture." + name.replace("-", "") + "." + cls, PluginJars.provider("fixture."
                        + name.replace("-", ""), cls, name, layer, "\"" + name + " ran\"", constructorBody))
                .provider("fixture." + name.replace("-", "") + "." + cls);
        for (int i = 0; i < manifest.length; i += 2) {
            jar.manifest(manifest[i], manifest[i + 1]);
        }
        return jar.writeTo(folder.resolve(file));
    }

    private static PluginFolders folder(Path p) {
        return new PluginFolders(List.of(p), List.of());
    }

    @Test
    void aPluginJarLoadsBesideTheBuiltInsWithItsOriginVersionAndSpi() throws Exception {
        Path dir = work.resolve("plugins");
        Path jar = plugin(dir, "hello.jar", "hello", "greetings", "",
                "Lede-SPI-Version", "1", "Implementation-Version", "2.3.4");
        AnalyzerRegistry registry = PluginLoader.load(folder(dir));
        assertTrue(registry.failures().isEmpty(), registry.failures().toString());
        assertTrue(registry.warnings().isEmpty(), registry.warnings().toString());
        assertTrue(registry.names().containsAll(List.of("hello", "text", "shout")), registry.names().toString());
        assertEquals(new AnalyzerOrigin(jar.toString(), "2.3.4", 1), registry.origin("hello"));
        assertTrue(registry.origin("text").isBuiltIn());
        try (Pipeline p = new PipelineFactory(registry).build(PipelineOptions.of(List.of("hello")).withThreads(1))) {
            AnalysisResult r = p.process(Document.of("d", "Anything."));
            assertTrue(r.ok(), r.errors().toString());
            assertEquals("[hello ran]", r.layers().values().iterator().next().toString());
        }
    }

    @Test
    void aProviderThatThrowsInItsConstructorIsOneFailureAndTheRestLoad() throws Exception {
        Path dir = work.resolve("plugins");
        plugin(dir, "hello.jar", "hello", "greetings", "", "Lede-SPI-Version", "1");
        Path broken = plugin(dir, "broken.jar", "broken", "wreckage",
                "if (true) throw new IllegalStateException(\"no model file\");", "Lede-SPI-Version", "1");
        AnalyzerRegistry registry = PluginLoader.load(folder(dir));
        assertEquals(1, registry.failures().size(), registry.failures().toString());
        LoadFailure f = registry.failures().get(0);
        assertEquals(broken.toString(), f.source());
        assertTrue(f.line().contains("fixture.broken.BrokenProvider") && f.line().contains("no model file"),
                f.line());
        assertTrue(registry.names().contains("hello"));
        UnknownAnalyzerException e = assertThrows(UnknownAnalyzerException.class, () -> registry.get("broken"));
        assertTrue(e.getMessage().contains("no model file") && e.getMessage().contains("broken.jar"),
                e.getMessage());
    }

    @Test
    void aPluginThatNeedsANewerSpiIsRefusedNamingBothVersions() throws Exception {
        Path dir = work.resolve("plugins");
        plugin(dir, "future.jar", "future", "tomorrow", "", "Lede-SPI-Version", "2");
        AnalyzerRegistry registry = PluginLoader.load(folder(dir));
        assertEquals(1, registry.failures().size());
        assertTrue(registry.failures().get(0).line().contains("plugin future.jar needs SPI 2, this Lede has SPI 1"),
                registry.failures().get(0).line());
        assertTrue(!registry.names().contains("future"));
    }

    @Test
    void aJarWithoutTheSpiAttributeLoadsWithOneWarning() throws Exception {
        Path dir = work.resolve("plugins");
        plugin(dir, "old.jar", "old", "olds", "");
        AnalyzerRegistry registry = PluginLoader.load(folder(dir));
        assertTrue(registry.names().contains("old"));
        assertEquals(1, registry.warnings().size());
        assertTrue(registry.warnings().get(0).contains("old.jar") && registry.warnings().get(0)
                .contains("Lede-SPI-Version"), registry.warnings().get(0));
        assertEquals(0, registry.origin("old").spiVersion());
    }

    @Test
    void reservedAndDuplicateNamesAreRefusedAtLoad() throws Exception {
        Path dir = work.resolve("plugins");
        plugin(dir, "a.jar", "errs", "errors", "", "Lede-SPI-Version", "1");
        plugin(dir, "b.jar", "text", "texty", "", "Lede-SPI-Version", "1");
        plugin(dir, "c.jar", "copycat", "shouts", "", "Lede-SPI-Version", "1");
        AnalyzerRegistry registry = PluginLoader.load(folder(dir));
        List<String> lines = registry.failures().stream().map(LoadFailure::line).toList();
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("'errors'") && lines.get(0).contains("reserved"), lines.get(0));
        assertTrue(lines.get(1).contains("two analyzers are named 'text'"), lines.get(1));
        assertTrue(lines.get(2).contains("layer 'shouts' is provided by both 'shout' and 'copycat'"), lines.get(2));
        assertTrue(registry.names().containsAll(List.of("text", "shout")));
    }

    @Test
    void sourceFoldersAndOtherFilesAreIgnoredWithoutNoise() throws Exception {
        Path dir = work.resolve("checkout-plugins");
        Files.createDirectories(dir.resolve("geo/src/main/java"));
        Files.writeString(dir.resolve("geo/pom.xml"), "<project/>");
        plugin(dir.resolve("geo/target"), "lede-geo.jar", "deep", "deeps", "", "Lede-SPI-Version", "1");
        Files.writeString(dir.resolve("README.md"), "not a plugin");
        AnalyzerRegistry registry = PluginLoader.load(new PluginFolders(List.of(), List.of(dir)));
        assertTrue(registry.failures().isEmpty(), registry.failures().toString());
        assertTrue(registry.warnings().isEmpty(), registry.warnings().toString());
        assertTrue(!registry.names().contains("deep"));
    }

    @Test
    void aMissingNamedFolderIsReportedAndAMissingDefaultOneIsNot() {
        AnalyzerRegistry registry = PluginLoader.load(new PluginFolders(List.of(work.resolve("nope")),
                List.of(work.resolve("absent"))));
        assertEquals(1, registry.failures().size());
        assertTrue(registry.failures().get(0).line().contains("nope") && registry.failures().get(0).line()
                .contains("no such plugin folder"));
    }

    @Test
    void foldersComeFromTheOptionTheEnvironmentAndBesideTheLauncher() {
        String sep = java.io.File.pathSeparator;
        PluginFolders f = PluginFolders.of(List.of(Path.of("a")), "b" + sep + "c" + sep, "/opt/lede");
        assertEquals(List.of(Path.of("a"), Path.of("b"), Path.of("c")), f.named());
        assertEquals(List.of(Path.of("/opt/lede/plugins")), f.optional());
        assertEquals(PluginFolders.NONE, PluginFolders.of(List.of(), null, null));
    }

    @Test
    void optionsAreCheckedAgainstTheDeclarations() {
        AnalyzerRegistry registry = PluginLoader.load(PluginFolders.NONE);
        OptionException unknown = assertThrows(OptionException.class, () -> OptionChecks.validate(registry,
                Map.of("shout", new dev.lede.analyzer.AnalyzerConfig(Map.of("nosuch", "1")))));
        assertEquals("unknown option 'shout.nosuch'; valid keys: shout.failOn", unknown.getMessage());
        OptionException none = assertThrows(OptionException.class, () -> OptionChecks.validate(registry,
                Map.of("text", new dev.lede.analyzer.AnalyzerConfig(Map.of("x", "1")))));
        assertEquals("unknown option 'text.x'; text has no options", none.getMessage());
        assertThrows(UnknownAnalyzerException.class, () -> OptionChecks.validate(registry,
                Map.of("nosuch", new dev.lede.analyzer.AnalyzerConfig(Map.of("x", "1")))));
        OptionChecks.validatePerRequest(registry, Map.of("shout",
                new dev.lede.analyzer.AnalyzerConfig(Map.of("failOn", "BOOM"))));
    }
}
