package dev.lede.analyzer;

/**
 * The version of this SPI. A plugin jar states the version it was built against in its manifest attribute
 * {@value #MANIFEST_ATTRIBUTE}; the runtime refuses a plugin that needs a newer SPI than its own, and loads one
 * without the attribute with a warning.
 *
 * <p>The number goes up only when a change would break plugins built against the previous one (a method removed or
 * changed, a record component changed); additions with defaults keep it.
 */
public final class SpiVersion {
    /** The SPI version of this Lede. */
    public static final int CURRENT = 1;

    /** The jar manifest attribute in which a plugin states the SPI version it was built against. */
    public static final String MANIFEST_ATTRIBUTE = "Lede-SPI-Version";

    private SpiVersion() {
    }
}
