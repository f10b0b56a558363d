package dev.lede.entity.model;

import dev.lede.annotation.EntityType;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentEvidenceTest {
    private static final long PERSON_SEEN = FeatureHasher.finish(FeatureHasher.add(FeatureHasher.start(110),
            EntityType.PERSON.ordinal()));
    private static final long LOCATION_SEEN = FeatureHasher.finish(FeatureHasher.add(FeatureHasher.start(110),
            EntityType.LOCATION.ordinal()));
    private static final long NOWHERE_ELSE = FeatureHasher.of(113, "alone");
    private static final long ONLY_UNTAGGED = FeatureHasher.of(113, "untagged");

    private static boolean has(long[] row, long feature) {
        return row != null && Arrays.stream(row).anyMatch(f -> f == feature);
    }

    @Test
    void aWordTaggedAsAPersonElsewhereCarriesThatEvidence() {
        // "Odhiambo Kariuki spoke . Later Kariuki left ." with the first sentence tagged as a person name and the
        // second occurrence left untagged by the first stage
        Words words = Words.ofTokens(List.of("Odhiambo", "Kariuki", "spoke", ".", "Later", "Kariuki", "left", "."));
        int[] tags = new int[words.size()];
        tags[0] = TagSet.begin(EntityType.PERSON);
        tags[1] = TagSet.inside(EntityType.PERSON);
        long[][] rows = DocumentEvidence.features(List.of(new DocumentEvidence.Segment(words, 0, words.size(),
                tags)))[0];
        assertTrue(has(rows[5], PERSON_SEEN), "the untagged Kariuki learns it is a person elsewhere");
        assertFalse(has(rows[5], LOCATION_SEEN));
        assertTrue(has(rows[1], ONLY_UNTAGGED), "the tagged Kariuki sees only the untagged one, not itself");
        assertFalse(has(rows[1], PERSON_SEEN), "a word is never its own evidence");
        assertTrue(has(rows[0], NOWHERE_ELSE));
        assertNull(rows[2], "lower-case words get no evidence");
    }

    @Test
    void evidenceCrossesSentencesGivenAsSeparateSegments() {
        Words first = Words.ofTokens(List.of("in", "Kisumu", "today"));
        Words second = Words.ofTokens(List.of("Kisumu", "voters"));
        int[] firstTags = {TagSet.OUTSIDE, TagSet.begin(EntityType.LOCATION), TagSet.OUTSIDE};
        int[] secondTags = new int[2];
        long[][][] rows = DocumentEvidence.features(List.of(new DocumentEvidence.Segment(first, 0, 3, firstTags),
                new DocumentEvidence.Segment(second, 0, 2, secondTags)));
        assertTrue(has(rows[1][0], LOCATION_SEEN));
        assertTrue(has(rows[0][1], ONLY_UNTAGGED));
    }
}
