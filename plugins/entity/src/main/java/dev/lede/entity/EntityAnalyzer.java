package dev.lede.entity;

import dev.lede.analyzer.Analyzer;
import dev.lede.annotation.Entity;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Layers;
import dev.lede.entity.coref.CorefResolver;
import dev.lede.entity.coref.NameMention;
import dev.lede.entity.model.NameSpan;
import dev.lede.entity.model.SequenceTagger;
import dev.lede.entity.model.Words;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds named entities and groups their mentions: tags names word by word with the trained model, makes the
 * types consistent across the article, then resolves name variants, titles and pronouns into entities.
 * Thread-safe: all state is per call.
 */
public final class EntityAnalyzer implements Analyzer {
    private final SequenceTagger tagger;
    private final DocumentConsistency consistency;
    private final CorefResolver coref;

    public EntityAnalyzer(EntityResources resources) {
        this(resources, EntityOptions.DEFAULT);
    }

    public EntityAnalyzer(EntityResources resources, EntityOptions options) {
        this.tagger = new SequenceTagger(resources.gazetteer(), resources.model());
        this.consistency = new DocumentConsistency(resources.gazetteer(), options);
        this.coref = new CorefResolver(resources.gazetteer());
    }

    @Override
    public void analyze(AnnotatedDocument doc) {
        String text = doc.text();
        Words words = Words.of(text, doc.layer(Layers.TOKENS), doc.layer(Layers.SENTENCES));
        List<NameSpan> spans = consistency.apply(words, tagger.names(words));
        List<NameMention> names = new ArrayList<>(spans.size());
        for (NameSpan s : spans) {
            int start = words.starts()[s.first()];
            int end = words.ends()[s.end() - 1];
            names.add(new NameMention(start, end, text.substring(start, end), s.type(), s.first(), s.end()));
        }
        List<Entity> entities = coref.resolve(words, names, doc.layer(Layers.PARAGRAPHS));
        doc.put(Layers.ENTITIES, entities);
    }
}
