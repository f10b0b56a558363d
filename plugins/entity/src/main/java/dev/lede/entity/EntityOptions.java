package dev.lede.entity;

import dev.lede.analyzer.AnalyzerConfig;
import dev.lede.analyzer.OptionSpec;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The entity analyzer's options, read in this one place: {@code passes}, a comma-separated list of pass names
 * ({@link EntityPass#key()}), each prefixed with {@code -} to switch it off or {@code +} (or nothing) to switch it on,
 * starting from the passes that run by default ({@link EntityPass#onByDefault()}); {@code none} switches every pass
 * off, {@code all} every one on. Later items win: {@code none,+trim} runs only the trimming.
 *
 * @param enabled the passes that run
 */
public record EntityOptions(Set<EntityPass> enabled) {
    public static final String PASSES = "passes";
    /** The declaration of {@code passes} for {@code lede analyzers} and the runtime's checks. */
    public static final OptionSpec SPEC = OptionSpec.list(PASSES, "", "rule passes after the tagger to switch off "
            + "(-name) or on (+name), or none/all; the names: " + Arrays.stream(EntityPass.values())
            .map(p -> (p.onByDefault() ? "" : "(off) ") + p.key()).collect(Collectors.joining(", "))).allowPerRequest();
    public static final EntityOptions DEFAULT = parse("");

    public EntityOptions {
        enabled = enabled.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(enabled));
    }

    public boolean on(EntityPass pass) {
        return enabled.contains(pass);
    }

    /** @throws IllegalArgumentException naming the known passes when an item is not one of them */
    public static EntityOptions from(AnalyzerConfig config) {
        return parse(config.get(PASSES, ""));
    }

    static EntityOptions parse(String value) {
        EnumSet<EntityPass> on = EnumSet.noneOf(EntityPass.class);
        for (EntityPass p : EntityPass.values()) {
            if (p.onByDefault()) {
                on.add(p);
            }
        }
        for (String raw : value.split(",")) {
            String item = raw.trim();
            if (item.isEmpty() || item.equalsIgnoreCase("all")) {
                on = item.isEmpty() ? on : EnumSet.allOf(EntityPass.class);
                continue;
            }
            if (item.equalsIgnoreCase("none")) {
                on.clear();
                continue;
            }
            boolean off = item.startsWith("-");
            String name = off || item.startsWith("+") ? item.substring(1) : item;
            EntityPass pass = EntityPass.byKey(name);
            if (pass == null) {
                throw new IllegalArgumentException("entity.passes: unknown pass '" + name + "'; the passes are "
                        + Arrays.stream(EntityPass.values()).map(EntityPass::key).collect(Collectors.joining(", ")));
            }
            if (off) {
                on.remove(pass);
            } else {
                on.add(pass);
            }
        }
        return new EntityOptions(on);
    }
}
