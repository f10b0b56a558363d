package dev.lede.time;

/**
 * What one word can mean in a time expression; a field is null (or 0) when the word has no such reading.
 * "second" is both an ordinal and a unit, "fall" a season, "last" a shift and an ordinal.
 */
record Word(int month, int weekday, int weekdays, String unit, Integer number, Integer ordinal, String part,
            String season, Integer dayOffset, String ref, Integer shift, String set, boolean fuzzy, String mod,
            String holiday) {

    /** A word that only modifies a time ("last", "early", "several") and cannot be one alone. */
    boolean isFunctionOnly() {
        return month == 0 && weekday == 0 && weekdays == 0 && unit == null && number == null && ordinal == null
                && part == null && season == null && dayOffset == null && ref == null && set == null
                && holiday == null;
    }

    static final class Builder {
        private int month;
        private int weekday;
        private int weekdays;
        private String unit;
        private Integer number;
        private Integer ordinal;
        private String part;
        private String season;
        private Integer dayOffset;
        private String ref;
        private Integer shift;
        private String set;
        private boolean fuzzy;
        private String mod;
        private String holiday;

        Builder(String word) {
        }

        void add(String cls, String value) {
            switch (cls) {
                case "month" -> month = Integer.parseInt(value);
                case "weekday" -> weekday = Integer.parseInt(value);
                case "weekdays" -> weekdays = Integer.parseInt(value);
                case "unit" -> unit = value;
                case "number" -> number = Integer.parseInt(value);
                case "ordinal" -> ordinal = Integer.parseInt(value);
                case "part" -> part = value;
                case "season" -> season = value;
                case "day" -> dayOffset = Integer.parseInt(value);
                case "ref" -> ref = value;
                case "shift" -> shift = Integer.parseInt(value);
                case "set" -> set = value;
                case "fuzzy" -> fuzzy = true;
                case "mod" -> mod = value;
                case "holiday" -> holiday = value;
                default -> throw new IllegalStateException("unknown word class " + cls);
            }
        }

        Word build() {
            return new Word(month, weekday, weekdays, unit, number, ordinal, part, season, dayOffset, ref, shift, set,
                    fuzzy, mod, holiday);
        }
    }
}
