package dev.lede.geo;

/**
 * A place name found in the text, before resolution.
 *
 * @param lookupName the name to look up ("Ukraine" for "Ukraine's")
 * @param entity     id of the entity this mention belongs to, or null when only the gazetteer spotted it
 * @param source     how it was found, which decides how much evidence it needs to be kept
 */
public record Toponym(int start, int end, String text, String lookupName, String entity, Source source) {

    /** Where a toponym candidate came from. */
    public enum Source {
        /** A LOCATION entity mention. */
        ENTITY,
        /** A capitalised name the gazetteer knows, missed by the entity model. */
        GAZETTEER,
        /** A nationality ("Ukrainian", "Russians"): a NORP mention or a spotted demonym. */
        DEMONYM,
        /** The all-capital town of a dateline ("LONDON (Reuters) -"). */
        DATELINE
    }

    public boolean isDemonym() {
        return source == Source.DEMONYM;
    }
}
