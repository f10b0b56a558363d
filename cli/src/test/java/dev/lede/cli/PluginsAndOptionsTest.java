package dev.lede.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static dev.lede.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --set checked against the declared options; --plugins read after any command, failures one line each. */
class PluginsAndOptionsTest {
    @TempDir
    Path work;

    @Test
    void anUnknownOptionKeyExits2NamingTheValidKeys() {
        CliRun r = run("extract", "--set", "quote.nosuch=1", "-");
        assertEquals(2, r.exit(), r.err());
        assertEquals("lede: unknown option 'quote.nosuch'; quote has no options", r.err().strip());
        CliRun geo = run("extract", "--set", "geo.nosuch=1", "-");
        assertEquals(2, geo.exit());
        assertTrue(geo.err().contains("valid keys: geo.containedPlaces, geo.demonymConfidence, geo.demonyms, "
                + "geo.disabledFeatures, geo.facilityTown, geo.ledeTown, geo.literalOnly"), geo.err());
    }

    @Test
    void aBadValueExits2NamingTheValidValues() {
        CliRun r = run("extract", "--set", "geo.demonyms=maybe", "-");
        assertEquals(2, r.exit(), r.err());
        assertEquals("lede: option 'geo.demonyms' wants true or false, got 'maybe'", r.err().strip());
    }

    @Test
    void analyzersListsOptionsAndOrigins() {
        CliRun r = run("analyzers");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("geo.demonyms=true|false"), r.out());
        assertTrue(r.out().contains("from: built-in"), r.out());
    }

    @Test
    void aJarThatIsNoPluginIsOneLineAndTheRestWork() throws Exception {
        Path dir = Files.createDirectories(work.resolve("plugins"));
        try (OutputStream out = Files.newOutputStream(dir.resolve("empty.jar"));
             JarOutputStream jar = new JarOutputStream(out, new Manifest())) {
            jar.flush();
        }
        CliRun r = run("analyzers", "--plugins", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("entity"), r.out());
        assertTrue(r.err().contains("lede: could not load plugin " + dir.resolve("empty.jar")
                + ": lists no analyzer in META-INF/services/dev.lede.analyzer.AnalyzerProvider"), r.err());

        CliRun asked = run("extract", "--plugins", dir.toString(), "--analyzers", "empty", "-");
        assertEquals(2, asked.exit());
        assertTrue(asked.err().contains("unknown analyzer 'empty'") && asked.err().contains("not loaded: "
                + dir.resolve("empty.jar")), asked.err());
    }

    @Test
    void aMissingPluginFolderIsReported() {
        CliRun r = run("analyzers", "--plugins", work.resolve("nowhere").toString());
        assertEquals(0, r.exit());
        assertTrue(r.err().contains("nowhere: no such plugin folder"), r.err());
    }
}
