package dev.lede.entity.coref;

import dev.lede.analyzer.Cancellation;
import dev.lede.annotation.Entity;
import dev.lede.annotation.EntityType;
import dev.lede.annotation.Mention;
import dev.lede.annotation.Paragraph;
import dev.lede.annotation.Salience;
import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.model.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rule-based within-document coreference. Names are grouped first (same normal form or alias, surname of a full
 * name, acronym of an expansion), then title-only nominals ("the President") join the latest person introduced
 * with that title ("Ukrainian President Volodymyr Zelensky"), then personal pronouns join the latest compatible
 * person (gender from first name, title or earlier pronouns; people named only inside quotes are skipped when
 * the pronoun is in the narrative). Entities are numbered e1, e2, ... in order of first mention.
 * Stateless and thread-safe.
 */
public final class CorefResolver {
    private final NameClusters nameClusters;
    private final TitleNotes titles;
    private final ReferenceResolver references;

    public CorefResolver(Gazetteer gazetteer) {
        this.nameClusters = new NameClusters(gazetteer);
        this.titles = new TitleNotes(gazetteer);
        this.references = new ReferenceResolver(gazetteer);
    }

    /** Groups the names (sorted by offset) and the nominal and pronoun mentions into entities. */
    public List<Entity> resolve(Words words, List<NameMention> names, List<Paragraph> paragraphs) {
        ClusterList clusters = new ClusterList();
        for (NameMention m : names) {
            Cancellation.check(); // once per name: matching against the clusters so far grows with the document
            EntityType vote = m.type();
            String key = NameKeys.key(m.text());
            Cluster c = nameClusters.findSameName(m, clusters);
            if (c != null && c.variantKeys.contains(key)) {
                vote = c.type();
            }
            if (c == null) {
                c = nameClusters.findVariantName(m, clusters);
                if (c != null) {
                    vote = c.type();
                    c.variantKeys.add(key);
                }
            }
            if (c == null) {
                c = new Cluster();
                clusters.open(c);
                c.addName(m, vote);
                clusters.noteName(c, m);
                if (m.type() == EntityType.PERSON) {
                    nameClusters.absorbEarlierSurname(m, c, clusters);
                }
            } else {
                c.addName(m, vote);
                clusters.noteName(c, m);
            }
            if (c.type() == EntityType.PERSON || m.type() == EntityType.PERSON) {
                titles.noteTitleAndGender(words, m, c);
            }
        }
        boolean[] inName = new boolean[words.size()];
        for (NameMention m : names) {
            for (int i = m.first(); i < m.wordEnd(); i++) {
                inName[i] = true;
            }
        }
        references.resolveNominalsAndPronouns(words, inName, clusters.all());
        return entities(clusters.all(), paragraphs);
    }

    private List<Entity> entities(List<Cluster> clusters, List<Paragraph> paragraphs) {
        int firstParagraphEnd = paragraphs.isEmpty() ? Integer.MAX_VALUE : paragraphs.get(0).end();
        List<Cluster> ordered = new ArrayList<>(clusters);
        ordered.sort(Comparator.comparingInt(Cluster::firstOffset));
        List<Entity> out = new ArrayList<>(ordered.size());
        for (Cluster c : ordered) {
            Cancellation.check();
            c.mentions.sort(Comparator.comparingInt(Mention::start));
            String name = c.longestName().text();
            String alias = NameKeys.canonical(NameKeys.key(name));
            if (alias != null && alias.length() > name.length()) {
                name = alias;
            }
            int first = c.firstOffset();
            out.add(new Entity("e" + (out.size() + 1), c.type(), name, c.mentions,
                    new Salience(c.mentions.size(), first, first < firstParagraphEnd)));
        }
        return out;
    }
}
