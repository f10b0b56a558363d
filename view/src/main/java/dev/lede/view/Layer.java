package dev.lede.view;

/**
 * The layers the view highlights, in nesting order for spans that coincide (quotes outermost). The names are the
 * schema-1 field names and the values of {@code data-layer}: the markup contract in the README.
 */
enum Layer {
    QUOTES("quotes", "q"),
    ENTITIES("entities", "e"),
    PLACES("places", "p"),
    NUMBERS("numbers", "n"),
    TIMES("times", "t");

    private final String field;
    private final String idPrefix;

    Layer(String field, String idPrefix) {
        this.field = field;
        this.idPrefix = idPrefix;
    }

    /** The schema-1 field and the {@code data-layer} value. */
    String field() {
        return field;
    }

    /** The id of the i-th (0-based) record of a layer whose records carry no {@code id} (numbers, places). */
    String idOf(int index) {
        return idPrefix + (index + 1);
    }

    /** Rank in nesting: role marks (speaker, cue) sit between quotes and the rest. */
    int rank() {
        return this == QUOTES ? 0 : ordinal() + 1;
    }

    static final int ROLE_RANK = 1;
}
