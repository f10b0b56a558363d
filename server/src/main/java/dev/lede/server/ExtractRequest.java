package dev.lede.server;

import dev.lede.input.InputFormat;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of one {@code POST /v1/extract}, validated: the analyzers to run, the id of a plain-text
 * document, whether to echo the text, and the body's format and charset.
 */
record ExtractRequest(List<String> analyzers, String id, boolean includeText, InputFormat format, Charset charset) {

    static final String DEFAULT_ID = "doc";

    private static final Map<String, InputFormat> MEDIA_TYPES = Map.of(
            "text/plain", InputFormat.TEXT,
            "text/html", InputFormat.HTML,
            "application/json", InputFormat.JSON,
            "application/warc", InputFormat.WARC);

    /**
     * @param analyzerParams every {@code analyzers} query value (comma-separated names), empty for the defaults
     * @param defaults       analyzers used when none is named
     * @throws ApiError 400 for a bad parameter, 415 for a media type or charset the service does not read
     */
    static ExtractRequest parse(List<String> analyzerParams, String idParam, String textParam, String contentType,
                                List<String> defaults) {
        List<String> analyzers = defaults;
        if (!analyzerParams.isEmpty()) {
            analyzers = analyzerParams.stream()
                    .flatMap(v -> Arrays.stream(v.split(",")))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .distinct()
                    .toList();
            if (analyzers.isEmpty()) {
                throw ApiError.badRequest("parameter 'analyzers' names no analyzer");
            }
        }
        String id = idParam == null ? DEFAULT_ID : idParam.trim();
        if (id.isEmpty()) {
            throw ApiError.badRequest("parameter 'id' is empty");
        }
        return new ExtractRequest(analyzers, id, parseBoolean("text", textParam, true), formatOf(contentType),
                charsetOf(contentType));
    }

    private static boolean parseBoolean(String name, String value, boolean fallback) {
        if (value == null) {
            return fallback;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiError.badRequest("parameter '" + name + "' must be true or false, got '" + value + "'");
        };
    }

    private static InputFormat formatOf(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw ApiError.noMediaType();
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        InputFormat format = MEDIA_TYPES.get(mediaType);
        if (format == null) {
            throw ApiError.unsupportedMediaType(mediaType);
        }
        return format;
    }

    // The readers take UTF-8; a body declared in another charset is decoded here and re-encoded.
    private static Charset charsetOf(String contentType) {
        for (String param : contentType.split(";")) {
            String[] kv = param.trim().split("=", 2);
            if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("charset")) {
                String name = kv[1].trim().replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new ApiError(415, "unsupported_charset", "charset '" + name + "' is not supported");
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
