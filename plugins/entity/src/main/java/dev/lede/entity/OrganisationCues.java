package dev.lede.entity;

import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.gazetteer.GazetteerCategory;
import dev.lede.entity.model.NameSpan;
import dev.lede.entity.model.Words;

import java.util.Locale;
import java.util.Set;

/**
 * Context that says a name the tagger called a person is an organisation: a common noun for a company, team or
 * outlet right before it ("cables giant Pirelli", "first division team Deportivo Coruna"), or a role and a
 * person right after it ("Petofi general manager Laszlo Sebesvari"). Stateless, thread-safe.
 */
final class OrganisationCues {
    /** Nouns that, right before a name, classify it as an organisation. */
    private static final Set<String> ORGANISATION_NOUNS = Set.of("company", "firm", "giant", "group", "maker",
            "manufacturer", "airline", "bank", "insurer", "retailer", "unit", "subsidiary", "team", "club",
            "side", "agency", "newspaper", "daily", "weekly", "broadcaster", "network", "chain", "conglomerate",
            "operator", "distributor", "automaker", "carmaker", "brewer", "publisher", "lender", "utility",
            "rivals", "outfit", "franchise", "startup", "supermarket", "label", "studio");

    private final Gazetteer gazetteer;

    OrganisationCues(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Whether the context makes the name an organisation.
     *
     * @param nextPersonFirst first word of the next name if it is a person, else -1
     */
    boolean organisationContext(Words words, NameSpan s, int nextPersonFirst) {
        int first = s.first();
        if (first > words.sentenceStart()[first] && ORGANISATION_NOUNS.contains(words.word(first - 1))) {
            return true;
        }
        if (nextPersonFirst <= s.end() || nextPersonFirst - s.end() > 3) {
            return false;
        }
        for (int i = s.end(); i < nextPersonFirst; i++) {
            String w = words.word(i);
            if (!Character.isLowerCase(w.charAt(0)) || !gazetteer.contains(capitalised(w), GazetteerCategory.TITLE)) {
                return false;
            }
        }
        return true;
    }

    private static String capitalised(String w) {
        return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }
}
