#!/usr/bin/env bash
# Rebuilds the entity analyzer's shipped artefacts from ../shared in one command:
#   1. (with --gazetteer) the gazetteer, scripts/entity/build-gazetteer.py;
#   2. the word clusters, word-clusters.tsv.gz (dev.lede.entity.clusters.BuildWordClusters over the unlabeled
#      Reuters-21578 and BBC text and the words of the GMB and CoNLL training files; the text never ships);
#   3. the tagger's weights, ner-model.bin.gz and ner-model-stage2.bin.gz (dev.lede.entity.train.TrainTagger over
#      the mapped and weighted training corpora: the first stage, then the second stage with document evidence).
# The data is read from the shared eval folder and never copied into the repository. The trainer lives in its own
# module (training/entity, lede-entity-trainer) so that the plugin's jar holds only what runs.
# Usage: scripts/entity/train.sh [--gazetteer]    Environment: EPOCHS, FOLD, JACKKNIFE, CLUSTER_PASSES, SKIP_CLUSTERS=1
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/scripts/entity/trainer-env.sh"
RES="$ROOT/plugins/entity/src/main/resources/dev/lede/entity"
if [ "${1:-}" = "--gazetteer" ]; then
  python3 "$ROOT/scripts/entity/build-gazetteer.py" --geonames "$SHARED/data/geonames" --out "$RES/gazetteer.tsv.gz"
fi
cd "$ROOT"
trainer_classpath
if [ "${SKIP_CLUSTERS:-0}" != 1 ]; then
  java -Xmx6g -cp "$CP" dev.lede.entity.clusters.BuildWordClusters \
    --text "$NER/unlabeled/reuters21578.txt" --text "$NER/unlabeled/bbc2005.txt" \
    --conll "$NER/train/extra/gmb_train.conll" --conll "$NER/train/conll2003/eng.train" \
    --min-count 3 --classes 1024,256,64,16 --passes "${CLUSTER_PASSES:-12}" \
    --out "$RES/word-clusters.tsv.gz"
fi
# corpus NAME,FORMAT,PATH,WEIGHT[,nomisc][,doc=N]: WEIGHT = how often a sentence is seen per epoch on average;
# nomisc = the corpus leaves MISC names unannotated; doc=N = a document every N sentences where the corpus keeps no
# document boundaries (see TrainTagger). Two stages: the second reads the first stage's tags elsewhere in the
# article, trained on first-stage tags of held-out parts (--jackknife parts, two at a time on two cores).
java -Xmx8g -cp "$CP" dev.lede.entity.train.TrainTagger \
  --gazetteer "$RES/gazetteer.tsv.gz" --clusters "$RES/word-clusters.tsv.gz" \
  --corpus "conll,conll,$NER/train/conll2003/eng.train,1" \
  --corpus "gum,gum,$NER/gum_dev.jsonl,3" --exclude "$NER/gum_news.jsonl" \
  --corpus "gmb,conll,$NER/train/extra/gmb_train.conll,0.5" \
  --corpus "wikigold,conll,$NER/train/extra/wikigold.conll,1,doc=12" \
  --corpus "uner-ewt,conll,$NER/train/extra/uner_en_ewt_devtest.conll,0.5,nomisc,doc=6" \
  --corpus "uner-pud,conll,$NER/train/extra/uner_en_pud.conll,1,nomisc,doc=3" \
  --corpus "btc,conll,$NER/train/extra/btc_egh.conll,0.3,nomisc,doc=1" \
  --corpus-copies true --fold "${FOLD:-conll=1,gum=0.5,gmb=0.2}" \
  --epochs "${EPOCHS:-10}" --min-count 2 --stages 2 --jackknife "${JACKKNIFE:-4}" \
  --dev "$NER/train/conll2003/eng.testa" \
  --out "$RES/ner-model.bin.gz"
mvn -q -B -pl plugins/entity -am -DskipTests package   # put the new artefacts into the plugin's jar
