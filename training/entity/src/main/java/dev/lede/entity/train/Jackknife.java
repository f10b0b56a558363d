package dev.lede.entity.train;

import dev.lede.entity.model.DocumentEvidence;
import dev.lede.entity.model.FeatureScorer;
import dev.lede.entity.model.Viterbi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The second stage's training data: each training document gets the document evidence ({@link DocumentEvidence})
 * of first-stage tags from a first stage that never saw that document. The documents are split into K parts; a first
 * stage trained on the other K - 1 parts tags each part. Tags from the first stage trained on everything would be
 * nearly perfect on its own training data, and a second stage trained on them would trust the evidence far more
 * than it deserves on new articles (Ratinov and Roth 2009, section 5). The K first stages train two at a time.
 */
final class Jackknife {
    private Jackknife() {
    }

    static List<PerceptronTrainer.Example> withEvidence(List<PerceptronTrainer.Example> examples, int parts,
                                                       Map<Integer, Double> alphas, boolean corpusCopies, int epochs)
            throws Exception {
        Map<Integer, List<Integer>> documents = new LinkedHashMap<>();
        for (int k = 0; k < examples.size(); k++) {
            documents.computeIfAbsent(examples.get(k).sentence().document(), d -> new ArrayList<>()).add(k);
        }
        long[][][] evidence = new long[examples.size()][][];
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(2, parts));
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int part = 0; part < parts; part++) {
                int held = part;
                done.add(pool.submit(() -> {
                    List<PerceptronTrainer.Example> rest = new ArrayList<>();
                    for (PerceptronTrainer.Example e : examples) {
                        if (e.sentence().document() % parts != held) {
                            rest.add(e);
                        }
                    }
                    PerceptronTrainer.Result result = new PerceptronTrainer(corpusCopies).train(rest, epochs,
                            100 + held, "jack-knife " + (held + 1) + "/" + parts);
                    FeatureScorer scorer = PerceptronTrainer.scorer(PerceptronTrainer.fold(result, alphas));
                    tagHeldOut(examples, documents, parts, held, scorer, evidence);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        List<PerceptronTrainer.Example> out = new ArrayList<>(examples.size());
        for (int k = 0; k < examples.size(); k++) {
            out.add(examples.get(k).withEvidence(evidence[k]));
        }
        return out;
    }

    /** Tags the documents of part {@code held} with the first stage that did not see them; fills their evidence. */
    private static void tagHeldOut(List<PerceptronTrainer.Example> examples, Map<Integer, List<Integer>> documents,
                                   int parts, int held, FeatureScorer scorer, long[][][] evidence) {
        Viterbi viterbi = new Viterbi();
        for (Map.Entry<Integer, List<Integer>> doc : documents.entrySet()) {
            if (doc.getKey() % parts != held) {
                continue;
            }
            List<DocumentEvidence.Segment> segments = new ArrayList<>();
            for (int k : doc.getValue()) {
                PerceptronTrainer.Example e = examples.get(k);
                TrainingSentence s = e.sentence();
                int[] tags = new int[s.words().size()];
                viterbi.decode(s.words(), s.from(), s.to(), e.features(), null, scorer, null, tags);
                segments.add(new DocumentEvidence.Segment(s.words(), s.from(), s.to(), tags));
            }
            long[][][] rows = DocumentEvidence.features(segments);
            for (int j = 0; j < rows.length; j++) {
                evidence[doc.getValue().get(j)] = rows[j];
            }
        }
    }
}
