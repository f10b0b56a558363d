package dev.lede.entity;

import dev.lede.analyzer.Analyzer;
import dev.lede.annotation.Entity;
import dev.lede.annotation.Paragraph;
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
        this.tagger = new SequenceTagger(resources.gazetteer(), resources.clusters(), resources.model());
        this.consistency = new DocumentConsistency(resources.gazetteer(), options);
        this.coref = new CorefResolver(resources.gazetteer());
    }

    @Override
    public void analyze(AnnotatedDocument doc) {
        Words words = Words.of(doc.text(), doc.layer(Layers.TOKENS), doc.layer(Layers.SENTENCES));
        doc.put(Layers.ENTITIES, entities(words, tagged(words), doc.layer(Layers.PARAGRAPHS)));
    }

    /** The tagger's names, before any pass. */
    List<NameSpan> tagged(Words words) {
        return tagger.names(words);
    }

    /** The entities from the tagger's names: the passes, then coreference (split out so that ablation can tag once). */
    List<Entity> entities(Words words, List<NameSpan> tagged, List<Paragraph> paragraphs) {
        String text = words.text();
        List<NameSpan> spans = consistency.apply(words, tagged);
        List<NameMention> names = new ArrayList<>(spans.size());
        for (NameSpan s : spans) {
            int start = words.starts()[s.first()];
            int end = words.ends()[s.end() - 1];
            names.add(new NameMention(start, end, text.substring(start, end), s.type(), s.first(), s.end()));
        }
        return coref.resolve(words, names, paragraphs);
    }
}
