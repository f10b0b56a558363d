#!/usr/bin/env python3
"""Helper of check-scorer-agreement.sh (stdlib only).

  perturb GOLD.jsonl OUTDIR   write prediction files derived from the gold (gold unchanged and perturbed)
  edge OUTDIR                 write small synthetic gold and prediction files with unusual shapes
  compare PY.json JAVA.json   compare two score reports: same keys, every number within 1e-3, other values equal
  perturb-html GOLD.json OUTDIR   prediction files for web-page main text (score_html.py's gold format)
  compare-html PY.json JAVA.json  compare score_html.py's report with the "text" part of the Java one

Perturbed files are derived from evaluation data: write them under /tmp only, never into the repository.
"""
import copy
import json
import os
import random
import sys

TOL = 1e-3
ENTITY_TYPES = ["PERSON", "ORGANIZATION", "LOCATION", "NORP", "MISC"]
NUMBER_TYPES = ["cardinal", "ordinal", "percent", "money", "quantity", "duration", "count", "age", "temperature"]
QUOTE_KINDS = ["direct", "mixed", "indirect"]
TIME_TYPES = ["date", "time", "duration", "set"]
# unit -> (other spelling of the same dimension, factor to multiply the value by)
UNIT_SWAPS = {"kilometer": ("meter", 1000.0), "meter": ("cm", 100.0), "hour": ("minutes", 60.0),
              "minute": ("seconds", 60.0), "day": ("hours", 24.0), "year": ("yrs", 1.0), "mile": ("miles", 1.0),
              "kilogram": ("g", 1000.0), "gram": ("mg", 1000.0), "pound": ("ounce", 16.0), "USD": ("dollars", 1.0),
              "EUR": ("euros", 1.0), "GBP": ("£", 1.0), "celsius": ("°C", 1.0), "liter": ("ml", 1000.0),
              "foot": ("inches", 12.0), "week": ("days", 7.0), "month": ("mo", 1.0), "second": ("s", 1.0)}
SPAN_HOLDERS = ("speaker", "cue")


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def spans_of(doc):
    """Every dict with start/end in the prediction-relevant layers."""
    for e in doc.get("entities") or []:
        for m in e.get("mentions") or []:
            yield m
    for q in doc.get("quotes") or []:
        yield q
        for p in q.get("parts") or []:
            yield p
        for k in SPAN_HOLDERS:
            if isinstance(q.get(k), dict) and q[k].get("start") is not None:
                yield q[k]
    for n in doc.get("numbers") or []:
        if n.get("start") is not None:
            yield n
    for p in doc.get("places") or []:
        yield p
    for t in doc.get("times") or []:
        if t.get("start") is not None:
            yield t


def clamp(doc, s):
    n = len(doc["text"])
    s["start"] = max(0, min(n, s["start"]))
    s["end"] = max(s["start"], min(n, s["end"]))


def shift(doc, by):
    for s in spans_of(doc):
        s["start"] += by
        s["end"] += by
        clamp(doc, s)


def drop_third(doc):
    for layer in ("entities", "quotes", "numbers", "places", "times"):
        if doc.get(layer):
            doc[layer] = [x for i, x in enumerate(doc[layer]) if i % 3 != 1]
    for e in doc.get("entities") or []:
        e["mentions"] = [m for i, m in enumerate(e.get("mentions") or []) if i % 3 != 2]


def swap_types(doc):
    for i, e in enumerate(doc.get("entities") or []):
        if i % 2 == 0 and e.get("type") in ENTITY_TYPES:
            e["type"] = ENTITY_TYPES[(ENTITY_TYPES.index(e["type"]) + 1) % len(ENTITY_TYPES)]
    for i, n in enumerate(doc.get("numbers") or []):
        if i % 2 == 0 and n.get("type") in NUMBER_TYPES:
            n["type"] = NUMBER_TYPES[(NUMBER_TYPES.index(n["type"]) + 1) % len(NUMBER_TYPES)]
    for i, t in enumerate(doc.get("times") or []):
        if i % 2 == 0 and t.get("type") in TIME_TYPES:
            t["type"] = TIME_TYPES[(TIME_TYPES.index(t["type"]) + 1) % len(TIME_TYPES)]
    for i, q in enumerate(doc.get("quotes") or []):
        if i % 2 == 0 and q.get("kind") in QUOTE_KINDS:
            q["kind"] = QUOTE_KINDS[(QUOTE_KINDS.index(q["kind"]) + 1) % len(QUOTE_KINDS)]


def scale_values(doc):
    for i, n in enumerate(doc.get("numbers") or []):
        if i % 3 == 0:
            for k in ("value", "low", "high"):
                if isinstance(n.get(k), (int, float)):
                    n[k] = n[k] * 1.5
        elif i % 3 == 1:
            swap = UNIT_SWAPS.get(n.get("unit"))
            if swap:
                n["unit"] = swap[0]
                for k in ("value", "low", "high"):
                    if isinstance(n.get(k), (int, float)):
                        n[k] = n[k] * swap[1]
            else:
                n["approx"] = None if n.get("approx") else "about"
        else:
            if isinstance(n.get("value"), (int, float)) and n.get("low") is None:
                n["low"], n["high"], n["value"] = n["value"], n["value"] * 2, None


def timex_variants(doc):
    """Values the time scorer must equate or tell apart: padded clocks, resolved patterns, wrong years, ranges."""
    for i, t in enumerate(doc.get("times") or []):
        v = t.get("value")
        if not isinstance(v, str):
            continue
        k = i % 6
        if k == 0 and "T" in v and not v.startswith("P") and not v.startswith("("):
            t["value"] = v + (":00" if v.count(":") < 2 else "")          # same point, more zeros
        elif k == 1 and v.startswith("XXXX-"):
            t["value"] = "2016" + v[4:]                                    # resolved year
        elif k == 2 and v[:4].isdigit():
            t["value"] = str(int(v[:4]) + 1) + v[4:]                       # wrong year
        elif k == 3:
            t["value"] = v.lower() + " "                                   # case and space
        elif k == 4 and v.startswith("("):
            t["value"] = "(" + ",".join(p.replace("XXXX", "2017") for p in v[1:-1].split(",")) + ")"
        elif k == 5:
            t["valueAlternatives"] = ["PXD"]
            t["value"] = None


def remove_speakers(doc):
    ids = [e.get("id") for e in doc.get("entities") or []]
    for i, q in enumerate(doc.get("quotes") or []):
        if i % 3 == 0:
            q["speaker"] = None
            q["speakerEntity"] = None
        elif i % 3 == 1 and ids:
            q["speaker"] = None
            q["speakerEntity"] = ids[(i * 7) % len(ids)]
        elif isinstance(q.get("speaker"), dict):
            q["speaker"]["start"] = max(0, q["speaker"]["start"] - 40)
            q["speaker"]["end"] = q["speaker"]["start"] + 3
            clamp(doc, q["speaker"])


def move_places(doc):
    for i, p in enumerate(doc.get("places") or []):
        if i % 2 == 0 and p.get("lat") is not None:
            p["lat"] = p["lat"] + 4.5 if p["lat"] < 80 else p["lat"] - 4.5   # about 500 km
        if i % 3 == 0 and p.get("geonameId") is not None:
            p["geonameId"] = int(p["geonameId"]) + 1
        if i % 5 == 1:
            p["lat"] = p["lon"] = None                                       # falls back to the GeoNames id


def change_ids(doc, index):
    for e in doc.get("entities") or []:
        old = e.get("id")
        e["id"] = "x-" + str(old)
        for q in doc.get("quotes") or []:
            if q.get("speakerEntity") == old:
                q["speakerEntity"] = e["id"]
    if index % 4 == 3:
        doc["id"] = "other-" + str(doc["id"])


def lede_shape(doc):
    """What Lede writes: speaker entity inside speaker, parts always a list, no gold-only keys."""
    out = {"schema": 1, "id": doc["id"], "metadata": {}}
    out["entities"] = [{"id": e.get("id"), "type": e.get("type"), "name": e.get("name"),
                        "mentions": [{"start": m["start"], "end": m["end"], "text": m.get("text"),
                                      "kind": m.get("kind", "name")} for m in e.get("mentions") or []]}
                       for e in doc.get("entities") or []]
    quotes = []
    for q in doc.get("quotes") or []:
        sp = q.get("speaker")
        speaker = None
        if sp or q.get("speakerEntity"):
            speaker = dict(sp or {"start": q["start"], "end": q["start"], "text": ""})
            speaker["entity"] = q.get("speakerEntity")
            speaker.pop("start", None) if not sp else None
        quotes.append({"id": q.get("id"), "kind": q.get("kind"), "start": q["start"], "end": q["end"],
                       "text": q.get("text"), "parts": q.get("parts") or [], "speaker": speaker, "cue": q.get("cue")})
    out["quotes"] = quotes
    out["numbers"] = [{k: n.get(k) for k in ("start", "end", "text", "type", "value", "low", "high", "unit", "approx")}
                      for n in doc.get("numbers") or [] if n.get("start") is not None]
    out["places"] = [{k: p.get(k) for k in ("start", "end", "text", "geonameId", "name", "lat", "lon", "countryCode",
                                            "featureCode")} for p in doc.get("places") or []]
    out["times"] = [{k: t.get(k) for k in ("start", "end", "text", "type", "value")} for t in doc.get("times") or []
                    if t.get("start") is not None]
    out["errors"] = []
    return out


def noise(doc, rng):
    """Random drops, jitters, duplicates, type changes, entity merges and predictions on the must-not lists."""
    n = len(doc["text"])
    for layer in ("entities", "quotes", "numbers", "places", "times"):
        items = doc.get(layer) or []
        kept = []
        for x in items:
            r = rng.random()
            if r < 0.15:
                continue
            kept.append(x)
            if r < 0.3:
                y = copy.deepcopy(x)
                for s in ([y] if layer != "entities" else y.get("mentions") or []):
                    if s.get("start") is not None:
                        d = rng.randint(-3, 3)
                        s["start"] += d
                        s["end"] += d + rng.randint(-2, 2)
                        clamp(doc, s)
                if layer == "entities":
                    y["id"] = "dup-" + str(y.get("id"))
                kept.append(y)
        doc[layer] = kept
    for s in spans_of(doc):
        if rng.random() < 0.2:
            s["start"] += rng.randint(-4, 4)
            s["end"] += rng.randint(-4, 4)
            clamp(doc, s)
    ents = doc.get("entities") or []
    if len(ents) > 3 and rng.random() < 0.5:                 # merge two entities (coreference error)
        a, b = rng.sample(range(len(ents)), 2)
        ents[a]["mentions"] = (ents[a].get("mentions") or []) + (ents[b].get("mentions") or [])
        ents[b]["mentions"] = []
    for e in ents:
        if rng.random() < 0.2:
            e["type"] = rng.choice(ENTITY_TYPES)
        for m in e.get("mentions") or []:
            if rng.random() < 0.1:
                m["kind"] = rng.choice(["name", "nominal", "pronoun"])
    for nq in doc.get("notQuotes") or []:
        if rng.random() < 0.5:
            doc.setdefault("quotes", []).append({"id": "nq", "kind": "direct", "start": nq["start"], "end": nq["end"]})
    for nn in doc.get("notNumbers") or []:
        if rng.random() < 0.5:
            doc.setdefault("numbers", []).append({"start": nn["start"], "end": nn["end"], "type": "cardinal",
                                                  "value": 1})
    for npl in (doc.get("notPlaces") or [])[:40]:
        if rng.random() < 0.3:
            doc.setdefault("places", []).append({"start": npl["start"], "end": npl["end"], "text": npl.get("text"),
                                                 "lat": 10.0, "lon": 10.0, "geonameId": 1})
    for layer in ("numbers", "places", "times"):
        for _ in range(rng.randint(0, 2)):                   # spurious predictions
            s = rng.randint(0, max(0, n - 5))
            item = {"start": s, "end": min(n, s + rng.randint(1, 8))}
            if layer == "numbers":
                item.update(type=rng.choice(NUMBER_TYPES), value=rng.randint(1, 100), unit=None, approx=None)
            elif layer == "times":
                item.update(type=rng.choice(TIME_TYPES), value=rng.choice(["2016-11-07", "XXXX-WXX-1", "P1D", None]))
            else:
                item.update(lat=rng.uniform(-60, 60), lon=rng.uniform(-180, 180), geonameId=rng.randint(1, 10 ** 6))
            doc.setdefault(layer, []).append(item)


def perturb(gold_path, outdir):
    gold = load(gold_path)
    variants = {
        "identity": lambda d, i, r: None,
        "shift1": lambda d, i, r: shift(d, 1),
        "drop-third": lambda d, i, r: drop_third(d),
        "types": lambda d, i, r: swap_types(d),
        "values": lambda d, i, r: scale_values(d),
        "speakers": lambda d, i, r: remove_speakers(d),
        "places500km": lambda d, i, r: move_places(d),
        "ids": lambda d, i, r: change_ids(d, i),
        "timex": lambda d, i, r: timex_variants(d),
        "noise1": lambda d, i, r: noise(d, r),
        "noise2": lambda d, i, r: noise(d, r),
    }
    os.makedirs(outdir, exist_ok=True)
    for name, fn in variants.items():
        rng = random.Random(name)
        with open(os.path.join(outdir, name + ".jsonl"), "w", encoding="utf-8") as f:
            for i, g in enumerate(gold):
                d = copy.deepcopy(g)
                fn(d, i, rng)
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        if name in ("identity", "noise1"):
            with open(os.path.join(outdir, name + "-lede.jsonl"), "w", encoding="utf-8") as f:
                for i, g in enumerate(gold):
                    d = copy.deepcopy(g)
                    fn(d, i, rng)
                    f.write(json.dumps(lede_shape(d), ensure_ascii=False) + "\n")
    # a prediction file missing every other document
    with open(os.path.join(outdir, "half-missing.jsonl"), "w", encoding="utf-8") as f:
        for i, g in enumerate(gold):
            if i % 2 == 0:
                f.write(json.dumps(g, ensure_ascii=False) + "\n")


def edge_cases(outdir):
    """Small synthetic gold and prediction files (text written here) with the odd shapes the dev sets lack."""
    t = ("Dr.\u00a0Ana Ruiz told \u201c the council \u201d that 3 km of road, about 5 to 10 percent, cost "
         "$2.5 million in 2020; \u00abwe will see\u00bb, she said. Paris and Lyon agreed. ''")
    def at(s, nth=0):
        i = -1
        for _ in range(nth + 1):
            i = t.index(s, i + 1)
        return {"start": i, "end": i + len(s), "text": s}
    gold = [
        {"id": "5", "text": t, "layers": ["entities", "quotes", "numbers", "places"],
         "entities": [{"id": "a", "type": "person", "mentions": [dict(at("Ana Ruiz"), kind="name"),
                                                                  dict(at("she"), kind="pronoun")]},
                      {"id": "b", "type": "LOCATION", "mentions": [at("Paris"), dict(at("Ana Ruiz"), kind="name")]},
                      {"id": 7, "type": "", "mentions": [at("Lyon")]},
                      {"id": None, "type": "ORG", "mentions": [dict(at("council"), kind="nominal")]}],
         "quotes": [dict(at("\u201c the council \u201d"), id="q1", kind=None, speaker=at("Ana Ruiz")),
                    dict(at("we will see"), id="q2", kind="direct", speaker={}, speakerEntity="a"),
                    dict(at("that 3 km of road"), id="q3", kind="indirect", speaker=None, speakerEntity=None,
                         parts=[at("that 3 km"), at("of road")])],
         "notQuotes": [dict(at("''"), parts=[at("''")])],
         "numberTypes": ["count", "money", "quantity"], "numberFields": [],
         "numbers": [dict(at("3 km"), type="quantity", value="3", unit="  Kilo metres "),
                     dict(at("5 to 10 percent"), type="percent", value=None, low=5, high="10", unit="%",
                          approx="about"),
                     dict(at("$2.5 million"), type="money", value=2500000, unit="$", approx=None),
                     {"start": None, "end": None, "type": "cardinal", "value": 1}],
         "numbersUnlocated": [{"value": 2020}, {"value": 99}],
         "notNumbers": [dict(at("2020"), reason="year")],
         "places": [dict(at("Paris"), geonameId="2988507", lat=48.85341, lon=2.3488),
                    dict(at("Lyon"), geonameId=2996944, lat=None, lon=None, optional=True),
                    dict(at("road"), geonameId=None, lat=10.0, lon=10.0)],
         "notPlaces": [dict(at("council"), reason="org"), dict(at("Dr."), gwnType="")]},
        {"id": "6", "text": "Nothing here.", "metadata": {"entityCoref": False}, "layers": ["entities", "numbers"],
         "entities": [{"id": "x", "type": "MISC", "mentions": [{"start": 0, "end": 7, "text": "Nothing"}]}],
         "numbers": [], "numberFields": ["value"]},
        {"id": "7", "text": "Gone.", "layers": ["places"], "places": []},
    ]
    pred = [
        {"id": 5, "entities": [
            {"type": "PERSON", "mentions": [dict(at("Ana Ruiz"), kind=None), dict(at("she"), kind="pronoun"),
                                            dict(at("Paris"), kind="name")]},
            {"id": None, "type": "location", "mentions": [at("Paris"), at("Lyon"), dict(at("Ana Ruiz"), kind="name")]},
            {"id": "z", "type": None, "mentions": [at("council")]}],
         "quotes": [dict(at("the council"), id="p1", kind="direct", speaker="Ana Ruiz"),
                    dict(at("\u00abwe will see\u00bb"), id="p2", speaker={"entity": "z"}, speakerEntity=""),
                    dict(at("\u00abwe will see\u00bb"), id="p2b", speaker={"start": None, "entity": "a"}),
                    dict(at("that 3 km of road, about"), id="p3", parts=[at("that 3"), at("km of road, about")],
                         speaker={"start": 0, "end": 2}),
                    dict(at("''"), id="p4"), {"id": "p5", "start": None, "end": None}],
         "numbers": [dict(at("3 km"), type="quantity", value=3000, unit="meters"),
                     dict(at("about 5 to 10 percent"), type="percent", low="10", high=5.0, unit=None, approx="about"),
                     dict(at("$2.5 million"), type="money", value=2.5, unit="USD"),
                     dict(at("2020"), type="cardinal", value=2020),
                     dict(at("in 2020"), type="ordinal", value=2020),
                     dict(at("Paris"), type="count", value=99, unit="cities"),
                     dict(at("Lyon"), type="ordinal", value=True)]},
        {"id": "6", "entities": [{"id": "x", "type": "MISC", "mentions": [{"start": 0, "end": 7}]}],
         "numbers": [{"start": 0, "end": 7, "type": "cardinal", "value": "1_000"}]},
        {"id": "5", "entities": []},
        {"places": [{"start": 0, "end": 4, "lat": 1.0, "lon": 1.0}]},
    ]
    pred_places = [{"id": "5", "places": [dict(at("Paris"), geonameId=2988507),
                                          dict(at("Lyon"), lat=45.75, lon=4.85),
                                          dict(at("Paris and"), text=None, lat=48.9, lon=2.3),
                                          dict(at("council"), lat=1.0, lon=1.0, geonameId="5"),
                                          dict(at("road"), lat=10.5, lon=10.5),
                                          dict(at("Dr."), lat=2.0, lon=2.0)]}]
    os.makedirs(outdir, exist_ok=True)
    for name, docs in (("gold.jsonl", gold), ("pred-a.jsonl", pred), ("pred-b.jsonl", pred_places)):
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")


def perturb_html(gold_path, outdir):
    """Predictions for the web-page text scorer: the true bodies, cut, padded with another page's text, shuffled,
    missing or empty for some pages, with ids as file names, and the benchmark's own map format."""
    gold = json.load(open(gold_path, encoding="utf-8"))
    rng = random.Random(7)
    ids = list(gold)
    os.makedirs(outdir, exist_ok=True)

    def body(k):
        return gold[k].get("articleBody", "")

    variants = {
        "same": lambda i, k: body(k),
        "cut": lambda i, k: body(k)[: len(body(k)) // 2],
        "padded": lambda i, k: body(ids[(i + 1) % len(ids)])[:400] + "\n\n" + body(k),
        "shuffled": lambda i, k: " ".join(rng.sample(body(k).split(), len(body(k).split()))),
        "sparse": lambda i, k: None if i % 5 == 0 else ("" if i % 7 == 0 else body(k)[: 30 + i]),
    }
    for name, make in variants.items():
        with open(os.path.join(outdir, name + ".jsonl"), "w", encoding="utf-8") as f:
            for i, k in enumerate(ids):
                text = make(i, k)
                if text is not None:
                    page_id = k + ".html.gz" if name == "padded" else k
                    f.write(json.dumps({"id": page_id, "text": text}, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "benchmark.json"), "w", encoding="utf-8") as f:
        json.dump({k: {"articleBody": body(k)[::-1] if i % 3 == 0 else body(k)} for i, k in enumerate(ids)}, f,
                  ensure_ascii=False)


def compare_html(py_path, java_path):
    with open(py_path, encoding="utf-8") as f:
        a = json.load(f)
    with open(java_path, encoding="utf-8") as f:
        b = json.load(f).get("text", {})
    out = []
    diff(a, b, "$", out)
    for line in out[:20]:
        print("  " + line)
    return 1 if out else 0


def diff(a, b, path, out):
    if isinstance(a, bool) or isinstance(b, bool):
        if a != b:
            out.append("%s: %r != %r" % (path, a, b))
    elif isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if abs(a - b) > TOL:
            out.append("%s: %r != %r" % (path, a, b))
    elif isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                out.append("%s.%s: only in %s" % (path, k, "python" if k in a else "java"))
            else:
                diff(a[k], b[k], path + "." + k, out)
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            out.append("%s: list length %d != %d" % (path, len(a), len(b)))
        for i, (x, y) in enumerate(zip(a, b)):
            diff(x, y, "%s[%d]" % (path, i), out)
    elif a != b:
        out.append("%s: %r != %r" % (path, a, b))


def compare(py_path, java_path):
    with open(py_path, encoding="utf-8") as f:
        a = json.load(f)
    with open(java_path, encoding="utf-8") as f:
        b = json.load(f)
    out = []
    diff(a, b, "$", out)
    for line in out[:20]:
        print("  " + line)
    return 1 if out else 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "perturb":
        perturb(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == "edge":
        edge_cases(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "compare":
        sys.exit(compare(sys.argv[2], sys.argv[3]))
    elif len(sys.argv) == 4 and sys.argv[1] == "perturb-html":
        perturb_html(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == "compare-html":
        sys.exit(compare_html(sys.argv[2], sys.argv[3]))
    else:
        sys.exit(__doc__)
