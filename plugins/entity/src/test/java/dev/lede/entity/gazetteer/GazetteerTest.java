package dev.lede.entity.gazetteer;

import dev.lede.entity.model.Words;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {

    private static Gazetteer gazetteer() throws IOException {
        String lines = String.join("\n",
                "# a comment line",
                "CITY\tPort Harcourt",
                "TOWN\tOkrika",
                "PERSON_NAME\tOkrika",
                "PERSON_NAME\tAdebayo",
                "MALE_NAME\tAdebayo",
                "COUNTRY\tNigeria") + "\n";
        return Gazetteer.read(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void rulePassesNeverSeeTheFeatureOnlyCategories() throws IOException {
        Gazetteer g = gazetteer();
        assertEquals(0, g.categories("Okrika"), "a town and name-list word is no rule category");
        assertEquals(GazetteerCategory.MALE_NAME.bit(), g.categories("Adebayo"));
        assertFalse(g.contains("Okrika", GazetteerCategory.TOWN));
    }

    @Test
    void theTaggerSeesEveryCategoryWithTheMatchLength() throws IOException {
        Gazetteer g = gazetteer();
        Words words = Words.ofTokens(List.of("Adebayo", "left", "Port", "Harcourt", "for", "Okrika", "in", "Nigeria"));
        int n = words.size();
        int[] begin = new int[n];
        int[] inside = new int[n];
        int[] length = new int[n];
        g.matchAll(words, 0, n, begin, inside, length);
        assertTrue(GazetteerCategory.PERSON_NAME.in(begin[0]) && GazetteerCategory.MALE_NAME.in(begin[0]));
        assertEquals(2, length[2], "Port Harcourt is one two-word match");
        assertTrue(GazetteerCategory.CITY.in(inside[3]));
        assertEquals(0, length[3], "no phrase starts at Harcourt");
        assertTrue(GazetteerCategory.TOWN.in(begin[5]) && GazetteerCategory.PERSON_NAME.in(begin[5]));
        assertEquals(1, length[7]);

        int[] ruleBegin = new int[n];
        int[] ruleInside = new int[n];
        g.match(words, 0, n, ruleBegin, ruleInside);
        assertEquals(0, ruleBegin[5], "match() leaves the feature-only categories out");
        assertEquals(GazetteerCategory.MALE_NAME.bit(), ruleBegin[0]);
        assertEquals(GazetteerCategory.COUNTRY.bit(), ruleBegin[7]);
    }
}
