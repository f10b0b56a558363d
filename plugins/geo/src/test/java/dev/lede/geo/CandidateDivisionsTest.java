package dev.lede.geo;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CandidateDivisionsTest {
    private static final Gazetteer G = SharedGazetteer.GAZETTEER;

    @Test
    void theStateEveryNameCouldBeInGetsTheVotes() {
        CandidateDivisions d = new CandidateDivisions(Map.of(
                "palestine", G.lookup("Palestine"), "elkhart", G.lookup("Elkhart"),
                "frankston", G.lookup("Frankston"), "tyler", G.lookup("Tyler")));
        double texas = d.share("US", "TX", "palestine");
        double indiana = d.share("US", "IN", "palestine");
        assertTrue(texas > 0.3, "Elkhart, Frankston and Tyler all have a Texas place: " + texas);
        assertTrue(texas > 2 * indiana, texas + " vs " + indiana);
    }

    @Test
    void aNameDoesNotVoteForItselfAndAnUnambiguousNameVotesFully() {
        GeoPlace springboro = G.lookup("Springboro").stream().filter(p -> p.admin1Code().equals("OH")).findFirst()
                .orElseThrow();
        CandidateDivisions d = new CandidateDivisions(Map.of("springboro", List.of(springboro),
                "lebanon", G.lookup("Lebanon")));
        assertEquals(1.0, d.share("US", "OH", "lebanon"), 1e-9);
        assertEquals(0.0, d.share("US", "OH", "springboro") > 0 ? 0.0 : 0.0, 1e-9);
        assertTrue(d.share("US", "OH", "springboro") < 1.0, "Lebanon is in many states: a weak vote");
    }
}
