package dev.lede.input;

import java.util.Locale;

/** The input formats {@link DocumentReader} understands. */
public enum InputFormat {
    /** Plain text: the whole input is one document. */
    TEXT,
    /** One JSON object {@code {"id","text",...}} or an array of them. */
    JSON,
    /** JSON Lines: one JSON object per line, read as a stream. */
    JSONL,
    /** An HTML page: its main text, with paragraph breaks, becomes the document; the page's metadata its metadata. */
    HTML,
    /** A web archive (WARC, often gzipped): one document per HTML response record, read as a stream. */
    WARC;

    /** Whether inputs of this format are read as a stream of many documents (the reader closes the stream). */
    public boolean streamed() {
        return this == JSONL || this == WARC;
    }

    /**
     * The format a file name's extension names: .txt/.text/.md -> TEXT, .json, .jsonl/.ndjson, .html/.htm,
     * .warc (case-insensitive), also gzipped (.html.gz, .warc.gz, ...); null for any other name, or null.
     */
    public static InputFormat fromFileName(String name) {
        if (name == null) {
            return null;
        }
        if (name.regionMatches(true, name.length() - 3, ".gz", 0, 3)) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot < Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'))) {
            return null;
        }
        switch (name.substring(dot + 1).toLowerCase(Locale.ROOT)) {
            case "txt":
            case "text":
            case "md":
                return TEXT;
            case "json":
                return JSON;
            case "jsonl":
            case "ndjson":
                return JSONL;
            case "html":
            case "htm":
            case "xhtml":
                return HTML;
            case "warc":
                return WARC;
            default:
                return null;
        }
    }

    /** {@code format} when given, else the format {@code fileName}'s extension names, else {@link #TEXT}. */
    public static InputFormat orFromFileName(InputFormat format, String fileName) {
        if (format != null) {
            return format;
        }
        InputFormat fromName = fromFileName(fileName);
        return fromName == null ? TEXT : fromName;
    }

    /**
     * The format named {@code s}: "text", "json", "jsonl", "html" or "warc", case-insensitive.
     *
     * @throws IllegalArgumentException for any other name, listing the choices
     */
    public static InputFormat parse(String s) {
        String name = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
        for (InputFormat format : values()) {
            if (format.cliName().equals(name)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown input format '" + s + "'; choose one of: text, json, jsonl, html, warc");
    }

    /** The lower-case name used on the command line and in {@link #parse(String)}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
