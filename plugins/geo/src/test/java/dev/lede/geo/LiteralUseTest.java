package dev.lede.geo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiteralUseTest {

    @Test
    void locationsAreLiteral() {
        assertTrue(literal("Fighting continued in Syria on Monday.", "Syria"));
        assertTrue(literal("She flew from Toronto to Paris.", "Paris"));
        assertTrue(literal("Syria and Iraq share a border.", "Syria"));
        assertTrue(literal("Rain fell across Kentucky.", "Kentucky"));
    }

    @Test
    void governmentsAndActorsAreToldByTheNextWord() {
        assertTrue(governmentOrActor("Canada warned its citizens on Friday.", "Canada"));
        assertTrue(governmentOrActor("Talks with the Norwegian and UK governments resumed.", "UK"));
        assertTrue(governmentOrActor("The Chile Army built the bridge.", "Chile"));
        assertFalse(governmentOrActor("Canada is cold in January.", "Canada"));
        assertFalse(governmentOrActor("Police in Chicago said a man was shot.", "Chicago"), "the police said");
        assertFalse(governmentOrActor("Toronto police arrested a man.", "Toronto"), "police: counted as places by some");
        assertFalse(governmentOrActor("Snow fell across Canada.", "Canada"));
    }

    private static boolean governmentOrActor(String text, String name) {
        int start = text.indexOf(name);
        return LiteralUse.namesGovernmentOrActor(text, start, start + name.length());
    }

    @Test
    void airlinesAndCurrenciesNameNoPlace() {
        assertTrue(airlineOrCurrency("She flew Air Canada to Halifax.", "Canada"));
        assertTrue(airlineOrCurrency("It cost 40 million Hong Kong dollars.", "Hong Kong"));
        assertFalse(airlineOrCurrency("She flew to Canada by air.", "Canada"));
        assertFalse(airlineOrCurrency("Airlines in Canada cut fares.", "Canada"));
        assertFalse(airlineOrCurrency("Hong Kong police said.", "Hong Kong"));
    }

    @Test
    void townNamesInAStreetCrossingAreStreets() {
        assertTrue(street("He fell at the corner of State and Hubbard streets.", "Hubbard"));
        assertTrue(street("He fell at the corner of State and Hubbard streets.", "State"));
        assertTrue(street("A building overlooks the Chartres/Franklin intersection.", "Chartres"));
        assertTrue(street("A building overlooks the Chartres/Franklin intersection.", "Franklin"));
        assertFalse(street("Flights between Toronto and Chicago resumed.", "Chicago"));
        assertFalse(street("He moved to Hubbard in May.", "Hubbard"));
    }

    @Test
    void agentsPossessivesAndModifiersAreNot() {
        assertFalse(literal("Russia said the talks had failed.", "Russia"));
        assertFalse(literal("China's exports rose.", "China"));
        assertFalse(literal("U.S. officials declined to comment.", "U.S."));
        assertFalse(literal("Toronto police arrested a man.", "Toronto"));
    }

    private static boolean literal(String text, String name) {
        int start = text.indexOf(name);
        return LiteralUse.isLiteral(text, start, start + name.length());
    }

    private static boolean airlineOrCurrency(String text, String name) {
        int start = text.indexOf(name);
        return LiteralUse.namesAirlineOrCurrency(text, start, start + name.length());
    }

    private static boolean street(String text, String name) {
        int start = text.indexOf(name);
        return LiteralUse.namesStreet(text, start, start + name.length());
    }
}
