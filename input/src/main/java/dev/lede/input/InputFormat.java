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
    /** An HTML page: its main text, with paragraph breaks, becomes the document. */
    HTML;

    /**
     * The format a file name's extension names: .txt/.text/.md -> TEXT, .json, .jsonl/.ndjson, .html/.htm
     * (case-insensitive); null for any other name, or null.
     */
    public static InputFormat fromFileName(String name) {
        if (name == null) {
            return null;
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
                return HTML;
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
     * The format named {@code s}: "text", "json", "jsonl" or "html", case-insensitive.
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
        throw new IllegalArgumentException("unknown input format '" + s + "'; choose one of: text, json, jsonl, html");
    }

    /** The lower-case name used on the command line and in {@link #parse(String)}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
