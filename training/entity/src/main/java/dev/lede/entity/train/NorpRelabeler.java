package dev.lede.entity.train;

import dev.lede.annotation.EntityType;
import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.gazetteer.GazetteerCategory;
import dev.lede.entity.model.NameSpan;
import dev.lede.entity.model.SequenceTagger;
import dev.lede.entity.model.TagSet;

/**
 * CoNLL and GUM file nationalities under MISC; Lede calls them NORP. A MISC name whose whole text is a
 * nationality or group in the gazetteer ("Ukrainian", "Russians", "Democrats") is relabelled NORP so that the
 * model learns the type.
 */
public final class NorpRelabeler {
    private final Gazetteer gazetteer;

    public NorpRelabeler(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * For a corpus that does not annotate MISC (UNER, BTC): a capitalised word left O that the gazetteer lists as a
     * nationality or group, and not as a country, becomes NORP, so the corpus does not teach the model that
     * "Kenyan" is no name. Relabels in place; returns how many words changed.
     */
    public int relabelUnannotated(TrainingSentence s) {
        int changed = 0;
        for (int i = s.from(); i < s.to(); i++) {
            String w = s.words().word(i);
            if (s.tags()[i] != TagSet.OUTSIDE || !Character.isUpperCase(w.charAt(0))) {
                continue;
            }
            int cats = gazetteer.categories(w);
            if (GazetteerCategory.NORP.in(cats) && !GazetteerCategory.COUNTRY.in(cats)
                    && (i + 1 >= s.to() || !TagSet.isInside(s.tags()[i + 1]))) {
                s.tags()[i] = TagSet.begin(EntityType.NORP);
                changed++;
            }
        }
        return changed;
    }

    /** Relabels in place; returns how many names changed. */
    public int relabel(TrainingSentence s) {
        int changed = 0;
        int[] local = java.util.Arrays.copyOfRange(s.tags(), s.from(), s.to());
        for (NameSpan span : SequenceTagger.spans(local)) {
            if (span.type() != EntityType.MISC) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (int i = span.first(); i < span.end(); i++) {
                if (i > span.first()) {
                    sb.append(' ');
                }
                sb.append(s.words().word(s.from() + i));
            }
            if (gazetteer.contains(sb.toString(), GazetteerCategory.NORP)) {
                for (int i = span.first(); i < span.end(); i++) {
                    s.tags()[s.from() + i] = i == span.first() ? TagSet.begin(EntityType.NORP)
                            : TagSet.inside(EntityType.NORP);
                }
                changed++;
            }
        }
        return changed;
    }
}
