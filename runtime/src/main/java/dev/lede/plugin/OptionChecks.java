package dev.lede.plugin;

import dev.lede.analyzer.AnalyzerConfig;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.analyzer.OptionSpec;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks options against what each analyzer declares: at load, that the declarations themselves are sound; before a
 * pipeline is built, that every key set is declared and every value fits its type; for a single request, that the
 * option is safe to change per request.
 */
public final class OptionChecks {
    private OptionChecks() {
    }

    /** A problem with the provider's declarations (a name declared twice), if any. */
    static Optional<String> declarationProblem(AnalyzerProvider p) {
        List<OptionSpec> options = p.options();
        if (options == null) {
            return Optional.of("analyzer '" + p.name() + "' (" + p.getClass().getName() + ") returns null options()");
        }
        Set<String> seen = new HashSet<>();
        for (OptionSpec o : options) {
            if (!seen.add(o.name())) {
                return Optional.of("analyzer '" + p.name() + "' declares option '" + o.name() + "' twice");
            }
        }
        return Optional.empty();
    }

    /**
     * Checks every setting, e.g. {@code {"geo": {"demonyms": "true"}}}.
     *
     * @throws dev.lede.analyzer.UnknownAnalyzerException for a setting of an analyzer that is not installed
     * @throws OptionException for an undeclared key or a value that does not fit, naming the valid keys or values
     */
    public static void validate(AnalyzerRegistry registry, Map<String, AnalyzerConfig> configs) {
        for (Map.Entry<String, AnalyzerConfig> e : new TreeMap<>(configs).entrySet()) {
            AnalyzerProvider p = registry.get(e.getKey());
            for (Map.Entry<String, String> kv : new TreeMap<>(e.getValue().values()).entrySet()) {
                check(p, kv.getKey(), kv.getValue());
            }
        }
    }

    /**
     * Like {@link #validate}, and also requires every option set to be {@linkplain OptionSpec#perRequest() safe per
     * request}.
     */
    public static void validatePerRequest(AnalyzerRegistry registry, Map<String, AnalyzerConfig> configs) {
        validate(registry, configs);
        for (Map.Entry<String, AnalyzerConfig> e : new TreeMap<>(configs).entrySet()) {
            AnalyzerProvider p = registry.get(e.getKey());
            for (String key : new TreeMap<>(e.getValue().values()).keySet()) {
                if (!spec(p, key).perRequest()) {
                    List<String> safe = p.options().stream().filter(OptionSpec::perRequest)
                            .map(o -> p.name() + "." + o.name()).sorted().toList();
                    throw new OptionException("option '" + p.name() + "." + key + "' cannot be set per request "
                            + "(set it when the service starts); per-request options of " + p.name() + ": "
                            + (safe.isEmpty() ? "none" : String.join(", ", safe)));
                }
            }
        }
    }

    private static void check(AnalyzerProvider p, String key, String value) {
        OptionSpec spec = spec(p, key);
        if (!spec.accepts(value)) {
            throw new OptionException("option '" + p.name() + "." + key + "' wants " + spec.wanted() + ", got '"
                    + value + "'");
        }
    }

    private static OptionSpec spec(AnalyzerProvider p, String key) {
        return p.options().stream().filter(o -> o.name().equals(key)).findFirst().orElseThrow(() -> {
            List<String> valid = p.options().stream().map(o -> p.name() + "." + o.name()).sorted().toList();
            return new OptionException("unknown option '" + p.name() + "." + key + "'; "
                    + (valid.isEmpty() ? p.name() + " has no options" : "valid keys: " + String.join(", ", valid)));
        });
    }
}
