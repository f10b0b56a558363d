package dev.lede.testkit;

import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Document;
import dev.lede.text.TextAnalyzer;

/** Documents for analyzer tests, with the layers of the built-in {@code text} analyzer already filled in. */
public final class TestDocuments {
    /** A short wire-style paragraph with names, a quote, numbers and places (written for Lede's tests). */
    public static final String NEWS_PARAGRAPH = "LISBON, March 3 (Lede) - Portugal's finance minister Ana Duarte said "
            + "on Tuesday the government would spend 1.2 billion euros ($1.3 billion) on new rail lines. "
            + "\u201cWe cannot wait another decade,\u201d she told reporters in Porto, adding that about 40% of the "
            + "work would start before 2027. The EU has promised to pay part of the cost.";

    private TestDocuments() {
    }

    /**
     * A long, made-up wire-style article of about {@code tokens} tokens: names, places, organisations, quotes,
     * numbers, paragraphs, and every tenth sentence a run-on of about 1,500 tokens (the costly case for work that
     * grows with sentence length). Deterministic. For cancellation and load tests.
     */
    public static String longArticle(int tokens) {
        String[] people = {"Ana Duarte", "Sam Okafor", "Paola Ricci", "Jonas Berg", "Mei Tanaka", "Omar Haddad"};
        String[] places = {"Lisbon", "Porto", "Genoa", "Perth", "Oslo", "Nairobi", "Quebec", "Valparaiso"};
        String[] orgs = {"the Harbour Authority", "Redgum Resources", "the Transport Ministry", "the city council"};
        String[] verbs = {"said", "told reporters", "added", "warned"};
        java.util.Random random = new java.util.Random(7);
        StringBuilder text = new StringBuilder();
        int count = 0;
        while (count < tokens) {
            String who = people[random.nextInt(people.length)];
            String where = places[random.nextInt(places.length)];
            String sentence = switch (random.nextInt(3)) {
                case 0 -> "\u201cWe will rebuild the line to " + where + " before " + (2026 + random.nextInt(5))
                        + ",\u201d " + who + " " + verbs[random.nextInt(verbs.length)] + " in "
                        + places[random.nextInt(places.length)] + ".";
                case 1 -> who + " of " + orgs[random.nextInt(orgs.length)] + " said about " + (10 + random.nextInt(90))
                        + "% of the " + (1 + random.nextInt(9)) + ".2 million euros would go to " + where + ".";
                default -> "In " + where + ", " + orgs[random.nextInt(orgs.length)] + " met " + who
                        + " and officials from " + places[random.nextInt(places.length)] + " on Tuesday.";
            };
            if (random.nextInt(10) == 0) {
                StringBuilder runOn = new StringBuilder(sentence.substring(0, sentence.length() - 1));
                for (int i = 0; i < 100; i++) {
                    runOn.append(", and ").append(people[random.nextInt(people.length)]).append(" visited ")
                            .append(places[random.nextInt(places.length)]).append(" with ")
                            .append(orgs[random.nextInt(orgs.length)]);
                }
                sentence = runOn.append('.').toString();
            }
            text.append(sentence).append(random.nextInt(6) == 0 ? "\n\n" : " ");
            count += sentence.split("\\s+").length + 4;
        }
        return text.toString();
    }

    /** A document with id "test" and the given text, with tokens, sentences and paragraphs. */
    public static AnnotatedDocument withText(String text) {
        return withText("test", text);
    }

    /** A document with this id and text, with tokens, sentences and paragraphs. */
    public static AnnotatedDocument withText(String id, String text) {
        AnnotatedDocument doc = new AnnotatedDocument(Document.of(id, text));
        try {
            new TextAnalyzer().analyze(doc);
        } catch (Exception e) {
            throw new IllegalStateException("the text analyzer failed on the test text", e);
        }
        return doc;
    }
}
