package dev.lede.entity;

import dev.lede.analyzer.AnalyzerConfig;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityOptionsTest {
    @Test
    void thePassesMarkedOnByDefaultRunByDefaultAndAllSwitchesOnTheRest() {
        EntityOptions options = EntityOptions.from(AnalyzerConfig.EMPTY);
        for (EntityPass p : EntityPass.values()) {
            assertEquals(p.onByDefault(), options.on(p), p.key());
        }
        assertEquals(EnumSet.allOf(EntityPass.class), EnumSet.copyOf(EntityOptions.parse("all").enabled()));
        assertTrue(EntityOptions.parse("+headline").on(EntityPass.HEADLINE));
    }

    @Test
    void minusSwitchesPassesOffAndNoneThenPlusKeepsOnlyThose() {
        EntityOptions off = EntityOptions.from(new AnalyzerConfig(Map.of("passes", "-headline, -contextVotes")));
        assertFalse(off.on(EntityPass.HEADLINE));
        assertFalse(off.on(EntityPass.CONTEXT_VOTES));
        assertTrue(off.on(EntityPass.TRIM));
        EntityOptions only = EntityOptions.parse("none,+trim,documentVote");
        assertEquals(EnumSet.of(EntityPass.TRIM, EntityPass.DOCUMENT_VOTE), EnumSet.copyOf(only.enabled()));
    }

    @Test
    void anUnknownPassIsRefusedWithTheKnownNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EntityOptions.parse("-headlines"));
        assertTrue(e.getMessage().contains("headline, mergedNames"), e.getMessage());
    }

    @Test
    void passNamesAreUniqueIgnoringCase() {
        for (EntityPass p : EntityPass.values()) {
            assertEquals(p, EntityPass.byKey(p.key().toUpperCase(java.util.Locale.ROOT)));
        }
    }
}
