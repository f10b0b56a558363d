package dev.lede.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes checked and decoded (as UTF-8 unless an HTML page declares another charset): either the text (BOM stripped, nothing else changed) or why the bytes are
 * not a readable document (empty, binary, invalid UTF-8).
 */
record DecodedText(String text, String error) {

    /** Share of control bytes (other than tab, line feed, form feed, carriage return) above which input is binary. */
    private static final double MAX_CONTROL_SHARE = 0.10;
    /** How many leading bytes the control-character share is measured on. */
    private static final int SNIFF_BYTES = 8192;

    boolean ok() {
        return error == null;
    }

    static DecodedText failed(String error) {
        return new DecodedText(null, error);
    }

    /**
     * Checks and decodes {@code bytes[0, length)}; {@code baseOffset} is the offset of {@code bytes[0]} in the
     * whole input, so that errors name the byte offset in the file.
     */
    static DecodedText decode(byte[] bytes, int length, long baseOffset) {
        return decode(bytes, length, baseOffset, StandardCharsets.UTF_8);
    }

    /** As {@link #decode(byte[], int, long)}, in {@code charset} (an HTML page may declare a legacy one). */
    static DecodedText decode(byte[] bytes, int length, long baseOffset, Charset charset) {
        boolean utf8 = charset.equals(StandardCharsets.UTF_8);
        int start = utf8 && hasBom(bytes, length) ? 3 : 0;
        if (length - start == 0) {
            return failed("empty input");
        }
        String binary = binaryReason(bytes, start, length, baseOffset);
        if (binary != null) {
            return failed(binary);
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((length - start) * (double) decoder.maxCharsPerByte()));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return failed("invalid " + (utf8 ? "UTF-8" : charset.name()) + " at byte offset "
                    + (baseOffset + in.position()));
        }
        out.flip();
        String text = out.toString();
        if (text.isBlank()) {
            return failed("empty input (only whitespace)");
        }
        return new DecodedText(text, null);
    }

    static boolean hasBom(byte[] bytes, int length) {
        return length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    /** Why the bytes look binary (a NUL byte, or mostly control characters), or null. */
    private static String binaryReason(byte[] bytes, int start, int length, long baseOffset) {
        for (int i = start; i < length; i++) {
            if (bytes[i] == 0) {
                return "binary input (NUL byte at byte offset " + (baseOffset + i) + ")";
            }
        }
        int sniffEnd = Math.min(length, start + SNIFF_BYTES);
        int controls = 0;
        for (int i = start; i < sniffEnd; i++) {
            int b = bytes[i] & 0xFF;
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                controls++;
            }
        }
        int sniffed = sniffEnd - start;
        if (controls > 0 && controls > sniffed * MAX_CONTROL_SHARE) {
            return "binary input (" + controls + " of the first " + sniffed + " bytes are control characters)";
        }
        return null;
    }
}
