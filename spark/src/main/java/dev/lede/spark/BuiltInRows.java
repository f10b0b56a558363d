package dev.lede.spark;

import dev.lede.annotation.Entity;
import dev.lede.annotation.FocusPlace;
import dev.lede.annotation.Mention;
import dev.lede.annotation.NumberMention;
import dev.lede.annotation.Place;
import dev.lede.annotation.Quote;
import dev.lede.annotation.Span;
import dev.lede.annotation.Speaker;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The built-in layers' records as rows of their {@link LayerSchemas}, field by field. The generic route
 * ({@link JsonToSpark}, through each layer's JSON tree) gives the same rows, and {@code BuiltInRowsTest} holds the
 * two equal; this one is an order of magnitude faster, and the built-in layers are on every row of every job.
 * Enum values are written as the JSON writes them.
 */
final class BuiltInRows {
    private static final Map<String, Function<Object, Row>> BY_LAYER = Map.of(
            "entities", e -> entity((Entity) e),
            "quotes", q -> quote((Quote) q),
            "numbers", n -> number((NumberMention) n),
            "places", p -> place((Place) p),
            "focus", f -> focus((FocusPlace) f));

    private BuiltInRows() {
    }

    /** The converter of a built-in layer's elements, if {@code layer} has one. */
    static Optional<Function<Object, Row>> of(String layer) {
        return Optional.ofNullable(BY_LAYER.get(layer));
    }

    /** The elements as an array of rows (the external form of an array column). */
    static Object[] rows(List<?> elements, Function<Object, Row> converter) {
        Object[] rows = new Object[elements.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = converter.apply(elements.get(i));
        }
        return rows;
    }

    static Row entity(Entity e) {
        Object[] mentions = new Object[e.mentions().size()];
        for (int i = 0; i < mentions.length; i++) {
            Mention m = e.mentions().get(i);
            mentions[i] = RowFactory.create(m.start(), m.end(), m.text(), m.kind() == null ? null : m.kind().json());
        }
        Row salience = e.salience() == null ? null : RowFactory.create(e.salience().mentionCount(),
                e.salience().firstOffset(), e.salience().inFirstParagraph());
        return RowFactory.create(e.id(), e.type() == null ? null : e.type().name(), e.name(), mentions, salience);
    }

    static Row quote(Quote q) {
        Object[] parts = new Object[q.parts().size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = span(q.parts().get(i));
        }
        Speaker s = q.speaker();
        Row speaker = s == null ? null : RowFactory.create(s.start(), s.end(), s.text(), s.entity(), s.name());
        return RowFactory.create(q.id(), q.kind() == null ? null : q.kind().json(), q.start(), q.end(), q.text(),
                parts, speaker, span(q.cue()));
    }

    static Row number(NumberMention n) {
        return RowFactory.create(n.start(), n.end(), n.text(), n.type() == null ? null : n.type().json(), n.value(),
                n.low(), n.high(), n.unit(), n.approx() == null ? null : n.approx().json());
    }

    static Row place(Place p) {
        return RowFactory.create(p.start(), p.end(), p.text(), p.geonameId(), p.name(), p.lat(), p.lon(),
                p.countryCode(), p.admin1Code(), p.admin1Name(), p.featureCode(), p.population(), p.confidence(),
                p.entity(), p.demonym(), p.containedIn());
    }

    static Row focus(FocusPlace f) {
        return RowFactory.create(f.level() == null ? null : f.level().json(), f.geonameId(), f.name(),
                f.countryCode(), f.score());
    }

    private static Row span(Span s) {
        return s == null ? null : RowFactory.create(s.start(), s.end(), s.text());
    }
}
