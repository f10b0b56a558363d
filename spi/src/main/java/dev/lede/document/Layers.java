package dev.lede.document;

import dev.lede.annotation.Dateline;
import dev.lede.annotation.Entity;
import dev.lede.annotation.FocusPlace;
import dev.lede.annotation.NumberMention;
import dev.lede.annotation.Paragraph;
import dev.lede.annotation.Place;
import dev.lede.annotation.Quote;
import dev.lede.annotation.Sentence;
import dev.lede.annotation.Token;

/** The layers of the built-in analyzers. Their names are the field names of the JSON result. */
public final class Layers {
    public static final LayerKey<Token> TOKENS = LayerKey.of("tokens", Token.class);
    public static final LayerKey<Sentence> SENTENCES = LayerKey.of("sentences", Sentence.class);
    public static final LayerKey<Paragraph> PARAGRAPHS = LayerKey.of("paragraphs", Paragraph.class);
    public static final LayerKey<Entity> ENTITIES = LayerKey.of("entities", Entity.class);
    public static final LayerKey<Quote> QUOTES = LayerKey.of("quotes", Quote.class);
    public static final LayerKey<NumberMention> NUMBERS = LayerKey.of("numbers", NumberMention.class);
    public static final LayerKey<Place> PLACES = LayerKey.of("places", Place.class);
    public static final LayerKey<FocusPlace> FOCUS = LayerKey.of("focus", FocusPlace.class);
    /** The story's header: place, date, agency (at most one element). */
    public static final LayerKey<Dateline> DATELINE = LayerKey.of("dateline", Dateline.class);

    private Layers() {
    }
}
