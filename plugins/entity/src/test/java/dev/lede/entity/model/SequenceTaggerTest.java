package dev.lede.entity.model;

import dev.lede.annotation.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SequenceTaggerTest {

    @Test
    void spansFollowBioTags() {
        int bPer = TagSet.begin(EntityType.PERSON);
        int iPer = TagSet.inside(EntityType.PERSON);
        int bLoc = TagSet.begin(EntityType.LOCATION);
        int[] tags = {TagSet.OUTSIDE, bPer, iPer, bPer, TagSet.OUTSIDE, bLoc};
        assertEquals(List.of(new NameSpan(1, 3, EntityType.PERSON), new NameSpan(3, 4, EntityType.PERSON),
                new NameSpan(5, 6, EntityType.LOCATION)), SequenceTagger.spans(tags));
    }

    @Test
    void insideTagOnlyContinuesItsOwnType() {
        assertTrue(TagSet.allowed(TagSet.begin(EntityType.NORP), TagSet.inside(EntityType.NORP)));
        assertFalse(TagSet.allowed(TagSet.begin(EntityType.NORP), TagSet.inside(EntityType.PERSON)));
        assertFalse(TagSet.allowed(TagSet.OUTSIDE, TagSet.inside(EntityType.MISC)));
        assertEquals("I-ORGANIZATION", TagSet.name(TagSet.inside(EntityType.ORGANIZATION)));
    }

    @Test
    void decodingNeverProducesAnInsideTagAfterOutside() {
        // a scorer that always prefers I-PERSON: the decoder must still start names with B
        FeatureScorer scorer = (feature, scores) -> scores[TagSet.inside(EntityType.PERSON)] += 1;
        Words w = Words.ofTokens(List.of("a", "b", "c"));
        int[] tags = new int[3];
        new Viterbi().decode(w, 0, 3, new long[][]{{1L}, {2L}, {3L}}, null, scorer, null, tags);
        assertTrue(TagSet.isBegin(tags[0]) || tags[0] == TagSet.OUTSIDE);
        for (int i = 1; i < 3; i++) {
            assertTrue(TagSet.allowed(tags[i - 1], tags[i]));
        }
    }

    @Test
    void viterbiFindsTheBestWholeSequenceWhereGreedyChoiceWouldNot() {
        // word 0 mildly prefers B-LOCATION, word 1 strongly wants I-PERSON: the best well-formed sequence is
        // B-PERSON I-PERSON, which a left-to-right greedy decoder (B-LOCATION, then no I-PERSON allowed) misses
        int bLoc = TagSet.begin(EntityType.LOCATION);
        int bPer = TagSet.begin(EntityType.PERSON);
        int iPer = TagSet.inside(EntityType.PERSON);
        FeatureScorer scorer = (feature, scores) -> {
            if (feature == 1L) {
                scores[bLoc] += 2;
                scores[bPer] += 1.5f;
            } else if (feature == 2L) {
                scores[iPer] += 5;
                scores[bLoc] += 1;
            }
        };
        Words w = Words.ofTokens(List.of("Jordan", "Smith"));
        int[] tags = new int[2];
        new Viterbi().decode(w, 0, 2, new long[][]{{1L}, {2L}}, null, scorer, null, tags);
        assertArrayEquals(new int[]{bPer, iPer}, tags);
    }

    @Test
    void allowedTagsConstrainTheSequence() {
        int bLoc = TagSet.begin(EntityType.LOCATION);
        int bMisc = TagSet.begin(EntityType.MISC);
        FeatureScorer scorer = (feature, scores) -> scores[bLoc] += 3;
        Words w = Words.ofTokens(List.of("Kenyan"));
        int[] tags = new int[1];
        new Viterbi().decode(w, 0, 1, new long[][]{{1L}}, null, scorer,
                new int[]{1 << TagSet.OUTSIDE | 1 << bMisc}, tags);
        assertTrue(tags[0] == TagSet.OUTSIDE || tags[0] == bMisc, "tag " + TagSet.name(tags[0]));
    }
}
