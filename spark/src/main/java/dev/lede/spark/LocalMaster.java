package dev.lede.spark;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The cores of a local master URL ({@code local}, {@code local[4]}, {@code local[*]}, {@code local[4,2]}). */
final class LocalMaster {
    private static final Pattern LOCAL = Pattern.compile("local(?:\\[(\\*|\\d+)(?:,\\d+)?])?");

    private LocalMaster() {
    }

    /** The cores the master runs tasks on, or empty when it is not a local master. */
    static OptionalInt cores(String master) {
        if (master == null) {
            return OptionalInt.empty();
        }
        Matcher m = LOCAL.matcher(master.trim());
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        if (m.group(1) == null) {
            return OptionalInt.of(1);
        }
        return OptionalInt.of(m.group(1).equals("*") ? Runtime.getRuntime().availableProcessors()
                : Integer.parseInt(m.group(1)));
    }
}
