package dev.lede.plugin;

/**
 * Where an installed analyzer came from, for {@code lede analyzers} and {@code GET /v1/analyzers}.
 *
 * @param location   {@value #BUILT_IN_LOCATION} for the analyzers inside Lede, else the plugin's jar or folder
 * @param version    the plugin's {@code Implementation-Version}, or "unknown"
 * @param spiVersion the SPI version the plugin states in its manifest, or 0 when it states none
 */
public record AnalyzerOrigin(String location, String version, int spiVersion) {
    /** The location of the analyzers that ship inside Lede. */
    public static final String BUILT_IN_LOCATION = "built-in";

    /** The origin of a built-in analyzer: Lede's own version and SPI. */
    public static AnalyzerOrigin lede() {
        String v = AnalyzerOrigin.class.getPackage().getImplementationVersion();
        return new AnalyzerOrigin(BUILT_IN_LOCATION, v == null ? "development build" : v,
                dev.lede.analyzer.SpiVersion.CURRENT);
    }

    /** Whether the analyzer ships inside Lede. */
    public boolean isBuiltIn() {
        return BUILT_IN_LOCATION.equals(location);
    }
}
