package dev.lede.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlacePinsTest {
    static JsonNode json(String json) throws Exception {
        return new ObjectMapper().readTree(json.replace('\'', '"'));
    }

    @Test
    void onePinPerPlaceSizedByMentionsAndAStreetSharesItsTownsPin() throws Exception {
        JsonNode places = json("""
                [{'start':0,'end':5,'text':'Tromsø','geonameId':7,'name':'Tromsø','lat':69.6,'lon':18.9,'countryCode':'NO'},
                 {'start':9,'end':20,'text':'Storgata','containedIn':7,'lat':69.6,'lon':18.9},
                 {'start':30,'end':35,'text':'Tromsø','geonameId':7,'name':'Tromsø','lat':69.6,'lon':18.9},
                 {'start':40,'end':45,'text':'Lapland','name':'Lapland','lat':67.5,'lon':26.0},
                 {'start':50,'end':55,'text':'Nowhere'}]""");
        List<PlacePins.Pin> pins = PlacePins.of(places);
        assertEquals(2, pins.size());
        assertEquals("7", pins.get(0).geonameId());
        assertEquals("Tromsø", pins.get(0).name());
        assertEquals(3, pins.get(0).mentions());
        assertEquals("", pins.get(1).geonameId());
        assertEquals("67.5000,26.0000", pins.get(1).key());
    }
}
