package dev.lede.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small articles written for these tests, in the style of wire copy. */
final class Fixtures {
    static final String BRIDGE = """
            GENOA, Italy, May 4 (Test Wire) - Engineers reopened the harbour bridge on Sunday after a 14-month repair \
            that cost 52 million euros, the city said.

            "We promised spring and we delivered spring," said Mayor Paola Ricci. She said traffic would be limited \
            to 30 km per hour until June.
            """;
    static final String MINE = """
            PERTH, Australia, Feb. 11 (Test Wire) - Mining group Redgum Resources said on Tuesday its quarterly \
            output rose 12% to 4.1 million tonnes. Chief executive Sam Okafor told analysts the company would hire \
            250 more workers in 2026.
            """;

    private Fixtures() {
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static String jsonDocument(String id, String title, String text) {
        return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"text\": " + quote(text) + "}";
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** Bytes that are not UTF-8: the reader must report the file, not crash. */
    static Path writeBroken(Path dir, String name) throws IOException {
        return Files.write(dir.resolve(name), new byte[]{'O', 'k', ' ', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, ' '});
    }
}
