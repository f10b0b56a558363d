package dev.lede.entity;

import dev.lede.annotation.Entity;
import dev.lede.annotation.EntityType;
import dev.lede.annotation.Mention;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Document;
import dev.lede.document.Layers;
import dev.lede.entity.gazetteer.GazetteerCategory;
import dev.lede.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every name the shipped gazetteer lists as a country or a first-level division ("Paraguay", "Kerala", "Sichuan")
 * is never tagged PERSON, whatever the sentence around it: each name goes through sentence frames written for this
 * test, among them frames that suggest a person ("X said", "met X"). (A piece of such a name, "Leon" of "Castile and
 * Leon", is made a place too where the gazetteer matches the whole name; names the tokenizer splits differently,
 * "Kharkivs'ka Oblast'", are not asserted here.)
 */
class PlacesNeverPersonsTest {
    private static final String[] FRAMES = {
            "%s said on Tuesday that the talks would resume next month.",
            "Officials met %s at the summit in the capital.",
            "The delegation from %s arrived late.",
            "%s has announced new measures against flooding.",
            "Reporters asked what %s would do next, and %s did not answer."};

    private static List<String> countriesAndStates() throws Exception {
        List<String> names = new ArrayList<>();
        try (InputStream raw = EntityResources.class.getResourceAsStream("/dev/lede/entity/gazetteer.tsv.gz");
             BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                     StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                String category = tab > 0 ? line.substring(0, tab) : "";
                if (category.equals(GazetteerCategory.COUNTRY.name()) || category.equals(GazetteerCategory.STATE.name())) {
                    names.add(line.substring(tab + 1));
                }
            }
        }
        return names;
    }

    @Test
    void noCountryOrFirstLevelDivisionIsEverAPerson() throws Exception {
        List<String> names = countriesAndStates();
        assertTrue(names.size() > 3000, "countries and states in the gazetteer: " + names.size());
        EntityAnalyzer analyzer = new EntityAnalyzer(EntityResources.load());
        TextAnalyzer text = new TextAnalyzer();
        TreeSet<String> persons = new TreeSet<>();
        for (String name : names) {
            StringBuilder sb = new StringBuilder();
            for (String frame : FRAMES) {
                sb.append(frame.replace("%s", name)).append("\n\n");
            }
            AnnotatedDocument doc = new AnnotatedDocument(Document.of("frames", sb.toString()));
            text.analyze(doc);
            analyzer.analyze(doc);
            for (Entity e : doc.layer(Layers.ENTITIES)) {
                if (e.type() != EntityType.PERSON) {
                    continue;
                }
                for (Mention m : e.mentions()) {
                    if (m.text().equals(name)) {
                        persons.add(name + " -> " + m.text());
                    }
                }
            }
        }
        assertTrue(persons.isEmpty(), persons.size() + " tagged PERSON: " + persons);
    }
}
