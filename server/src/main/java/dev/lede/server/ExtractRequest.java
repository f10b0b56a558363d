package dev.lede.server;

import dev.lede.analyzer.AnalyzerConfig;
import dev.lede.input.InputFormat;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parameters of one {@code POST /v1/extract}, validated: the analyzers to run, the id of a plain-text
 * document, whether to echo the text, the body's format and charset, and the per-request options
 * ({@code ?set=geo.demonyms=true}, by analyzer; checked against the declarations later, with the registry).
 */
record ExtractRequest(List<String> analyzers, String id, boolean includeText, InputFormat format, Charset charset,
                      Map<String, AnalyzerConfig> settings) {

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
        return parse(analyzerParams, idParam, textParam, contentType, defaults, List.of());
    }

    /** @param setParams every {@code set} query value, {@code analyzer.option=value} */
    static ExtractRequest parse(List<String> analyzerParams, String idParam, String textParam, String contentType,
                                List<String> defaults, List<String> setParams) {
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
                charsetOf(contentType), settings(setParams));
    }

    private static Map<String, AnalyzerConfig> settings(List<String> setParams) {
        Map<String, Map<String, String>> byAnalyzer = new TreeMap<>();
        for (String param : setParams) {
            int eq = param.indexOf('=');
            int dot = param.indexOf('.');
            if (eq < 0 || dot <= 0 || dot > eq - 2) {
                throw ApiError.badRequest("parameter 'set' wants analyzer.option=value, got '" + param + "'");
            }
            byAnalyzer.computeIfAbsent(param.substring(0, dot).trim(), k -> new TreeMap<>())
                    .put(param.substring(dot + 1, eq).trim(), param.substring(eq + 1));
        }
        Map<String, AnalyzerConfig> out = new TreeMap<>();
        byAnalyzer.forEach((name, values) -> out.put(name, new AnalyzerConfig(values)));
        return out;
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
