package dev.lede.entity.model;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class FeatureHasherTest {

    @Test
    void lowerCaseHashIsTheHashOfTheLowerCasedString() {
        String[] words = {"said", "Nairobi", "NAIROBI", "McDONALD", "U.S.", "F-16", "2031", "@Lede_News", "Ärzte",
            "İSTANBUL", "ΣΟΦΙΑΣ", "São", "naïve", "ÉCOLE", "ǅemal", "", "[", "Z", "a"};
        long start = FeatureHasher.start(FeatureExtractor.WORD_TRANSITION);
        for (String w : words) {
            assertEquals(FeatureHasher.add(start, w.toLowerCase(Locale.ROOT)), FeatureHasher.addLowerCase(start, w), w);
        }
        assertNotEquals(FeatureHasher.addLowerCase(start, "said"), FeatureHasher.add(start, "Said"));
    }
}
