package dev.lede.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.annotation.Entity;
import dev.lede.annotation.EntityType;
import dev.lede.annotation.Mention;
import dev.lede.annotation.MentionKind;
import dev.lede.annotation.Paragraph;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Document;
import dev.lede.document.Layers;
import dev.lede.entity.model.NameSpan;
import dev.lede.entity.model.PerceptronModel;
import dev.lede.entity.train.TrainTagger;
import dev.lede.entity.model.Words;
import dev.lede.text.TextAnalyzer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What each rule pass is worth ({@code scripts/entity/ablate.sh}): exact span + type micro F1 of the name mentions
 * (NORP scored as MISC, as {@code lede eval --types-map NORP=MISC} does) on each gold file with the default passes,
 * then the points each pass adds: a default pass switched off, a pass that is off by default switched on. The text analyzer and the tagger run once per document; only the passes and
 * coreference run per setting, which makes a full ablation cost about two evaluations. In the entity package (of
 * this training module) because the split between tagging and passes is package-private.
 *
 * <pre>PassAblation GOLD.jsonl... [--passes a,b,c | --no-ablation] [--model ner-model.bin.gz] [--single-stage]</pre>
 * With {@code --model} the second stage is read from the sibling file {@code ner-model-stage2.bin.gz} when it is there;
 * {@code --single-stage} tags with the first stage alone.
 */
public final class PassAblation {
    private PassAblation() {
    }

    private record Prepared(Words words, List<NameSpan> tagged, List<Paragraph> paragraphs, Set<String> gold) {
    }

    public static void main(String[] args) throws IOException {
        List<Path> golds = new ArrayList<>();
        List<EntityPass> passes = new ArrayList<>(List.of(EntityPass.values()));
        Path modelFile = null;
        boolean singleStage = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--model")) {
                modelFile = Path.of(args[++i]);
            } else if (args[i].equals("--single-stage")) {
                singleStage = true;
            } else if (args[i].equals("--no-ablation")) {
                passes.clear();
            } else if (args[i].equals("--passes")) {
                passes.clear();
                for (String p : args[++i].split(",")) {
                    passes.add(EntityPass.byKey(p.trim()));
                }
            } else {
                golds.add(Path.of(args[i]));
            }
        }
        // with --model the shipped weights are not read: they may be of an older feature version
        EntityResources resources = modelFile == null ? EntityResources.load() : null;
        if (modelFile != null) { // another model than the shipped one, to compare candidates on the same footing
            PerceptronModel first;
            try (java.io.InputStream in = Files.newInputStream(modelFile)) {
                first = PerceptronModel.read(in);
            }
            PerceptronModel second = null;
            Path secondFile = TrainTagger.secondStageFile(modelFile);
            if (Files.exists(secondFile)) {
                try (java.io.InputStream in = Files.newInputStream(secondFile)) {
                    second = PerceptronModel.read(in);
                }
            }
            resources = new EntityResources(first, second, dev.lede.entity.gazetteer.Gazetteer.load(),
                    dev.lede.entity.model.WordClusters.load());
        }
        if (singleStage) {
            resources = resources.firstStageOnly();
        }
        EntityAnalyzer tagging = new EntityAnalyzer(resources);
        List<List<Prepared>> sets = new ArrayList<>();
        for (Path g : golds) {
            sets.add(prepare(g, tagging));
        }
        System.out.printf(Locale.ROOT, "%-20s", "pass");
        for (Path g : golds) {
            System.out.printf(Locale.ROOT, "%16s", g.getFileName().toString().replace(".jsonl", ""));
        }
        System.out.printf(Locale.ROOT, "%9s%n", "verdict");
        double[] base = new double[golds.size()];
        System.out.printf(Locale.ROOT, "%-20s", "(default: F1)");
        for (int s = 0; s < sets.size(); s++) {
            base[s] = f1(sets.get(s), new EntityAnalyzer(resources, EntityOptions.DEFAULT));
            System.out.printf(Locale.ROOT, "%16.4f", base[s]);
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%-20s", "(no passes: F1)");
        for (List<Prepared> set : sets) {
            System.out.printf(Locale.ROOT, "%16.4f", f1(set, new EntityAnalyzer(resources, EntityOptions.parse("none"))));
        }
        System.out.println();
        for (EntityPass pass : passes) {
            // a pass on by default is measured by switching it off, one off by default by switching it on
            EnumSet<EntityPass> other = EnumSet.copyOf(EntityOptions.DEFAULT.enabled());
            if (pass.onByDefault()) {
                other.remove(pass);
            } else {
                other.add(pass);
            }
            EntityAnalyzer changed = new EntityAnalyzer(resources, new EntityOptions(other));
            System.out.printf(Locale.ROOT, "%-20s", pass.key() + (pass.onByDefault() ? "" : " (off)"));
            int helps = 0;
            int hurts = 0;
            for (int s = 0; s < sets.size(); s++) {
                double delta = 100 * (base[s] - f1(sets.get(s), changed));
                double worth = pass.onByDefault() ? delta : -delta; // points the pass adds
                helps += worth > 0 ? 1 : 0;
                hurts += worth < -0.3 ? 1 : 0;
                System.out.printf(Locale.ROOT, "%+16.2f", worth);
            }
            System.out.printf(Locale.ROOT, "%9s%n", helps >= 2 && hurts == 0 ? "keep" : "drop");
            System.out.flush();
        }
    }

    private static List<Prepared> prepare(Path gold, EntityAnalyzer tagging) throws IOException {
        ObjectMapper json = new ObjectMapper();
        TextAnalyzer text = new TextAnalyzer();
        List<Prepared> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode d = json.readTree(line);
                AnnotatedDocument doc = new AnnotatedDocument(Document.of(d.get("id").asText(), d.get("text").asText()));
                text.analyze(doc);
                Words words = Words.of(doc.text(), doc.layer(Layers.TOKENS), doc.layer(Layers.SENTENCES));
                Set<String> spans = new HashSet<>();
                for (JsonNode e : d.path("entities")) {
                    String type = scored(EntityType.valueOf(e.get("type").asText()));
                    for (JsonNode m : e.path("mentions")) {
                        if (m.path("kind").asText().equals("name")) {
                            spans.add(m.get("start").asInt() + ":" + m.get("end").asInt() + ":" + type);
                        }
                    }
                }
                out.add(new Prepared(words, tagging.tagged(words), doc.layer(Layers.PARAGRAPHS), spans));
            }
        }
        return out;
    }

    private static String scored(EntityType t) {
        return t == EntityType.NORP ? "MISC" : t.name();
    }

    private static double f1(List<Prepared> docs, EntityAnalyzer analyzer) {
        long tp = 0;
        long predicted = 0;
        long gold = 0;
        for (Prepared p : docs) {
            Set<String> found = new HashSet<>();
            for (Entity e : analyzer.entities(p.words(), p.tagged(), p.paragraphs())) {
                for (Mention m : e.mentions()) {
                    if (m.kind() == MentionKind.NAME) {
                        found.add(m.start() + ":" + m.end() + ":" + scored(e.type()));
                    }
                }
            }
            predicted += found.size();
            gold += p.gold().size();
            for (String s : found) {
                tp += p.gold().contains(s) ? 1 : 0;
            }
        }
        double precision = predicted == 0 ? 0 : tp / (double) predicted;
        double recall = gold == 0 ? 0 : tp / (double) gold;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
