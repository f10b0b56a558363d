package dev.lede.geo;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerImageTest {
    // Written for this test: two Springfields, accents, an alias, a country and a first-level division, demonyms.
    private static final String TSV = ""
            + "P\t1\tSpringfield\t\tPPLA2\tUS\tIL\t39.80172\t-89.64371\t114394\tspringfield city|the springfield\n"
            + "P\t2\tSpringfield\t\tPPL\tUS\tMA\t42.10148\t-72.58981\t155929\t\n"
            + "P\t3\tSão Tomé\tSao Tome\tPPLC\tST\t02\t0.33654\t6.72732\t53300\t\n"
            + "P\t4\tUnited States\t\tPCLI\tUS\t00\t39.76\t-98.5\t327167434\tusa|u.s.\n"
            + "P\t5\tIllinois\t\tADM1\tUS\tIL\t40.00032\t-89.25037\t12671821\til\n"
            + "P\t-6\tBaltic Sea\t\tSEA\t\t\t58.0\t20.0\t0\t\n"
            + "D\tAmerican\tUS\n"
            + "D\tSão Toméan\tST\n";

    @Test
    void theImageAnswersEveryQueryAsTheSourceDoes() throws IOException {
        Gazetteer source = Gazetteer.read(new ByteArrayInputStream(TSV.getBytes(StandardCharsets.UTF_8)));
        Gazetteer image = roundTrip(source);
        assertEquals(source.size(), image.size());
        for (int i = 0; i < source.size(); i++) {
            assertEquals(source.get(i), image.get(i));
        }
        for (String name : List.of("Springfield", "SPRINGFIELD", "Springfield City", "The Springfield", "Sao Tome",
                "São Tomé", "U.S.", "USA", "Illinois", "IL", "Baltic Sea", "Chicago", "")) {
            assertEquals(source.lookup(name), image.lookup(name), name);
            assertEquals(source.knows(name), image.knows(name), name);
        }
        assertEquals(List.of(1L, 2L), image.lookup("springfield").stream().map(GeoPlace::geonameId).toList(),
                "places of a name keep the source's order");
        assertEquals(source.demonym("Americans"), image.demonym("Americans"));
        assertEquals("US", image.demonym("American").orElseThrow().countryCode());
        assertTrue(image.demonym("São Toméan").isEmpty(), "a demonym of a country the gazetteer lacks names none");
        assertEquals(4, image.country("US").orElseThrow().geonameId());
        assertEquals("Illinois", image.admin1("US", "IL").orElseThrow().name());
        assertTrue(image.startsCompoundName("Springfield"), "springfield city");
        assertTrue(image.startsCompoundName("U"), "u.s.");
        assertFalse(image.startsCompoundName("Illinois"));
        assertEquals(source.longestNameWords(), image.longestNameWords());
        assertEquals(2, image.longestNameWords());
    }

    @Test
    void aPlaceIsMadeOnceAndSharedByEveryLookup() throws IOException {
        Gazetteer image = roundTrip(Gazetteer.read(new ByteArrayInputStream(TSV.getBytes(StandardCharsets.UTF_8))));
        assertSame(image.lookup("Illinois").get(0), image.lookup("IL").get(0));
        assertSame(image.get(4), image.admin1("US", "IL").orElseThrow());
    }

    @Test
    void anImageOfAnotherFormatIsRefused() throws IOException {
        byte[] bytes = image(Gazetteer.read(new ByteArrayInputStream(TSV.getBytes(StandardCharsets.UTF_8))));
        bytes[7]++; // the format number's last byte
        IOException e = assertThrows(IOException.class, () -> GazetteerImage.read(new ByteArrayInputStream(bytes)));
        assertTrue(e.getMessage().contains("format"), e.getMessage());
    }

    @Test
    void theConverterRewritesTheImageOnlyWhenTheSourceChanged() throws IOException {
        Path dir = Files.createTempDirectory("gazetteer-image");
        Path source = dir.resolve("gazetteer.tsv.gz");
        Path image = dir.resolve("out/gazetteer.bin");
        Files.write(source, gzip(TSV));
        GazetteerImage.main(new String[]{source.toString(), image.toString()});
        try (InputStream in = Files.newInputStream(image)) {
            assertEquals(6, GazetteerImage.read(in).size());
        }
        Files.writeString(image, "damaged"); // a broken image is never taken for up to date
        Files.write(source, gzip(TSV + "P\t7\tOdesa\t\tPPLA\tUA\t17\t46.48572\t30.74383\t1015826\todessa\n"));
        GazetteerImage.main(new String[]{source.toString(), image.toString()});
        try (InputStream in = Files.newInputStream(image)) {
            assertEquals(7, GazetteerImage.read(in).size(), "a changed source is converted again");
        }
        long written = Files.getLastModifiedTime(image).toMillis();
        Files.setLastModifiedTime(image, java.nio.file.attribute.FileTime.fromMillis(written - 60_000));
        GazetteerImage.main(new String[]{source.toString(), image.toString()});
        assertEquals(written - 60_000, Files.getLastModifiedTime(image).toMillis(), "an up-to-date image is kept");
    }

    @Test
    void theShippedImageHoldsTheShippedSource() {
        assertNotNull(Gazetteer.class.getResource(GazetteerImage.RESOURCE), "the build writes the image");
        Gazetteer image = SharedGazetteer.GAZETTEER;
        Gazetteer source = Gazetteer.loadSource();
        assertEquals(source.size(), image.size());
        for (int i = 0; i < source.size(); i++) {
            assertEquals(source.get(i), image.get(i));
        }
        NameIndex keys = source.parts().byKey();
        NameIndex imageKeys = image.parts().byKey();
        assertEquals(keys.size(), imageKeys.size());
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.key(k);
            assertArrayEquals(keys.placesOf(key), imageKeys.placesOf(key), key);
        }
        assertEquals(source.parts().demonyms(), image.parts().demonyms());
        assertEquals(source.longestNameWords(), image.longestNameWords());
        NameIndex heads = source.parts().compoundHeads();
        assertEquals(heads.size(), image.parts().compoundHeads().size());
        for (int k = 0; k < heads.size(); k++) {
            assertTrue(image.parts().compoundHeads().contains(heads.key(k)), heads.key(k));
        }
    }

    private static Gazetteer roundTrip(Gazetteer g) throws IOException {
        return GazetteerImage.read(new ByteArrayInputStream(image(g)));
    }

    private static byte[] image(Gazetteer g) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GazetteerImage.write(g, 42, out);
        return out.toByteArray();
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
