package dev.lede.geo;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;

/**
 * The gazetteer as the arrays it is made of, written one after the other: loading it is one read and a few bulk
 * copies (about a tenth of a second), where parsing the TSV source and hashing its 600,000 names takes seconds and
 * four times the memory. The build makes it from the committed source ({@code gazetteer.tsv.gz}) in the
 * {@code process-classes} phase by running {@link #main}; the image records a fingerprint of the source it was made
 * from, so a rebuild skips the conversion while the source is unchanged. Big-endian, as {@link DataOutputStream}
 * writes.
 */
public final class GazetteerImage {
    /** Class-path location of the image the build writes. */
    public static final String RESOURCE = "/dev/lede/geo/gazetteer.bin";
    private static final int MAGIC = 0x4C47415A; // "LGAZ"
    /** Raise when the layout or {@link NameIndex}'s hashing changes: an image of another version is rebuilt. */
    static final int FORMAT = 1;

    private GazetteerImage() {
    }

    /**
     * Converts the TSV gazetteer into its image, unless the image already holds this source in this format.
     * Arguments: the source ({@code .tsv.gz}) and the image to write.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GazetteerImage SOURCE.tsv.gz IMAGE.bin");
        }
        Path source = Path.of(args[0]);
        Path image = Path.of(args[1]);
        long fingerprint = fingerprint(Files.readAllBytes(source));
        if (Files.isRegularFile(image) && fingerprintOf(image) == fingerprint) {
            System.out.println("gazetteer image " + image + " is up to date");
            return;
        }
        Gazetteer gazetteer;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(source), 1 << 16)) {
            gazetteer = Gazetteer.read(in);
        }
        Files.createDirectories(image.toAbsolutePath().getParent());
        Path partial = image.resolveSibling(image.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            write(gazetteer, fingerprint, out);
        }
        Files.move(partial, image, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("gazetteer image " + image + ": " + gazetteer.size() + " places, " + Files.size(image)
                + " bytes");
    }

    /** Identifies a source file's bytes: CRC-32 and length. */
    static long fingerprint(byte[] source) {
        CRC32 crc = new CRC32();
        crc.update(source);
        return crc.getValue() << 32 ^ source.length;
    }

    // The fingerprint in an image's header; -1 when it is not an image of this format.
    private static long fingerprintOf(Path image) throws IOException {
        try (InputStream in = Files.newInputStream(image)) {
            ByteBuffer header = ByteBuffer.wrap(in.readNBytes(16));
            if (header.remaining() < 16 || header.getInt() != MAGIC || header.getInt() != FORMAT) {
                return -1;
            }
            return header.getLong();
        }
    }

    /** Writes the image of {@code gazetteer}, stamped with its source's fingerprint. */
    static void write(Gazetteer gazetteer, long fingerprint, OutputStream raw) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeLong(fingerprint);
        Gazetteer.Parts parts = gazetteer.parts();
        PlaceColumns p = parts.places();
        out.writeInt(p.size());
        for (long v : p.geonameIds) {
            out.writeLong(v);
        }
        for (double v : p.lats) {
            out.writeDouble(v);
        }
        for (double v : p.lons) {
            out.writeDouble(v);
        }
        for (long v : p.populations) {
            out.writeLong(v);
        }
        out.writeInt(p.codes.length);
        for (String c : p.codes) {
            out.writeUTF(c);
        }
        writeInts(out, p.featureCodes);
        writeInts(out, p.countryCodes);
        writeInts(out, p.admin1Codes);
        writeInts(out, p.nameRefs);
        writeInts(out, p.asciiRefs);
        writePool(out, p.names);
        writeIndex(out, parts.byKey());
        writeIndex(out, parts.compoundHeads());
        out.writeInt(parts.demonyms().size());
        for (Map.Entry<String, String> d : new java.util.TreeMap<>(parts.demonyms()).entrySet()) {
            out.writeUTF(d.getKey());
            out.writeUTF(d.getValue());
        }
        out.writeInt(parts.longestKeyWords());
        out.flush();
    }

    private static void writeInts(DataOutputStream out, int[] a) throws IOException {
        out.writeInt(a.length);
        for (int v : a) {
            out.writeInt(v);
        }
    }

    private static void writePool(DataOutputStream out, StringPool pool) throws IOException {
        writeInts(out, pool.starts());
        byte[] utf8 = pool.chars().getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static void writeIndex(DataOutputStream out, NameIndex index) throws IOException {
        writePool(out, index.keys());
        writeInts(out, index.slots());
        writeInts(out, index.placeStarts());
        writeInts(out, index.places());
    }

    /** Reads an image written by {@link #write}. */
    static Gazetteer read(InputStream in) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(in.readAllBytes());
        if (b.remaining() < 16 || b.getInt() != MAGIC) {
            throw new IOException("not a Lede gazetteer image");
        }
        int format = b.getInt();
        if (format != FORMAT) {
            throw new IOException("gazetteer image of format " + format + ", this code reads " + FORMAT
                    + ": rebuild with mvn package");
        }
        b.getLong(); // the source's fingerprint: only the build's converter needs it
        int n = b.getInt();
        long[] ids = longs(b, n);
        double[] lats = doubles(b, n);
        double[] lons = doubles(b, n);
        long[] pops = longs(b, n);
        String[] codes = new String[b.getInt()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = utf(b);
        }
        PlaceColumns places = new PlaceColumns(ids, lats, lons, pops, ints(b), ints(b), ints(b), codes, ints(b),
                ints(b), pool(b));
        NameIndex byKey = index(b);
        NameIndex heads = index(b);
        int demonymCount = b.getInt();
        Map<String, String> demonyms = new HashMap<>();
        for (int i = 0; i < demonymCount; i++) {
            demonyms.put(utf(b), utf(b));
        }
        int longest = b.getInt();
        if (b.hasRemaining()) {
            throw new IOException("gazetteer image has " + b.remaining() + " bytes after its end");
        }
        return new Gazetteer(places, byKey, heads, demonyms, longest);
    }

    private static long[] longs(ByteBuffer b, int n) {
        long[] a = new long[n];
        b.asLongBuffer().get(a);
        b.position(b.position() + n * Long.BYTES);
        return a;
    }

    private static double[] doubles(ByteBuffer b, int n) {
        double[] a = new double[n];
        b.asDoubleBuffer().get(a);
        b.position(b.position() + n * Double.BYTES);
        return a;
    }

    private static int[] ints(ByteBuffer b) {
        int[] a = new int[b.getInt()];
        b.asIntBuffer().get(a);
        b.position(b.position() + a.length * Integer.BYTES);
        return a;
    }

    private static StringPool pool(ByteBuffer b) {
        int[] starts = ints(b);
        int length = b.getInt();
        String chars = new String(b.array(), b.arrayOffset() + b.position(), length, StandardCharsets.UTF_8);
        b.position(b.position() + length);
        return new StringPool(chars, starts);
    }

    private static NameIndex index(ByteBuffer b) {
        return new NameIndex(pool(b), ints(b), ints(b), ints(b));
    }

    // DataOutputStream.writeUTF's format: an unsigned 16-bit length, then modified UTF-8 (plain UTF-8 for the
    // codes and demonyms written here, which hold no NUL and no characters outside the BMP)
    private static String utf(ByteBuffer b) {
        int length = Short.toUnsignedInt(b.getShort());
        String s = new String(b.array(), b.arrayOffset() + b.position(), length, StandardCharsets.UTF_8);
        b.position(b.position() + length);
        return s;
    }
}
