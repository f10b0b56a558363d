package dev.lede.entity;

import dev.lede.annotation.EntityType;
import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.model.NameSpan;
import dev.lede.entity.model.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Second pass over the tagger's names, at document level: single names are repaired ({@link SpanRepairs}),
 * unreliable capitals are discounted ({@link HeadlineRules}), every occurrence of a name string takes the type
 * most of its occurrences got, and names the tagger missed are added ({@link NameAdditions}). Stateless and
 * thread-safe.
 */
final class DocumentConsistency {
    private final SpanRepairs repairs;
    private final HeadlineRules headlines;
    private final NameAdditions additions;

    DocumentConsistency(Gazetteer gazetteer) {
        this.repairs = new SpanRepairs(gazetteer);
        this.headlines = new HeadlineRules(gazetteer);
        this.additions = new NameAdditions(gazetteer);
    }

    List<NameSpan> apply(Words words, List<NameSpan> tagged) {
        List<NameSpan> spans = new ArrayList<>();
        for (NameSpan s : tagged) {
            NameSpan t = repairs.trim(words, s);
            if (t != null) {
                repairs.splitAtTitle(words, t, spans);
            }
        }
        spans = headlines.dropCapitalisedCommonWords(words, spans);
        spans = repairs.joinOfNames(words, spans);
        spans = headlines.checkTitleCaseLines(words, spans);
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        for (NameSpan s : spans) {
            votes.computeIfAbsent(words.phrase(s.first(), s.end()), k -> new EnumMap<>(EntityType.class))
                    .merge(s.type(), 1, Integer::sum);
        }
        Map<String, EntityType> majority = new HashMap<>();
        votes.forEach((k, v) -> majority.put(k, v.entrySet().stream()
                .max(Map.Entry.<EntityType, Integer>comparingByValue()).orElseThrow().getKey()));
        boolean[] covered = new boolean[words.size()];
        List<NameSpan> out = new ArrayList<>();
        for (NameSpan s : spans) {
            out.add(new NameSpan(s.first(), s.end(), majority.get(words.phrase(s.first(), s.end()))));
            for (int i = s.first(); i < s.end(); i++) {
                covered[i] = true;
            }
        }
        additions.addMissed(words, majority, covered, out);
        additions.addProducts(words, covered, out);
        additions.addNationalities(words, covered, out);
        additions.addAcronyms(words, covered, out);
        out.sort(Comparator.comparingInt(NameSpan::first));
        return out;
    }
}
