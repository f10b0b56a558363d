#!/usr/bin/env node
// Builds the world map of the web view: view/src/main/resources/dev/lede/view/world.tsv
//
//   cd scripts/view && npm ci && node build-world-map.mjs [--data /work/shared/data/geonames]
//
// Run by hand (never by the Maven build); the output is committed. Inputs:
//   npm world-atlas 2.0.2 countries-50m.json   Natural Earth 1:50m country outlines (public domain; package ISC)
//   npm d3-geo, topojson-client                 projection and TopoJSON decoding (ISC)
//   <data>/countryInfo.txt                      GeoNames ISO numeric -> alpha-2 codes (CC BY 4.0)
//
// The outlines are projected here, once, with d3's Natural Earth projection (which clips at the antimeridian
// and handles the poles), so the Java side only draws the path strings and projects the pins with the same
// formula (dev.lede.view.NaturalEarthProjection). Output lines (tab-separated, UTF-8):
//   # comment
//   projection  naturalEarth1  scale  translateX  translateY  width  height
//   check       lon  lat  x  y              points projected by d3, for the Java projection's unit test
//   country     alpha2|-  name  svg-path    one line per Natural Earth country
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) =>
    a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc, []));
const dataDir = args.data ?? '/work/shared/data/geonames';
const out = path.join(repo, 'view/src/main/resources/dev/lede/view/world.tsv');

const WIDTH = 1000;
const HEIGHT = 520;
// Coordinates in tenths of a unit (0.1 unit is about 0.03 degrees) and lines simplified by Visvalingam's area
// (triangles under 0.003 square degrees dropped): fine enough for the zoom to a small country (the Netherlands
// is about 11 units wide) at a third of the full 1:50m size. Paths are written with relative moves.
const TENTHS = 10;
const MIN_AREA = 0.003;

// Natural Earth features without an ISO numeric code: the country whose focus should shade them, or none.
const UNCODED = { 'Kosovo': 'XK', 'Somaliland': 'SO', 'N. Cyprus': 'CY', 'Indian Ocean Ter.': 'AU', 'Siachen Glacier': '-' };

const alpha2ByNumeric = new Map();
for (const line of fs.readFileSync(path.join(dataDir, 'countryInfo.txt'), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const cols = line.split('\t');
  alpha2ByNumeric.set(cols[2].padStart(3, '0'), cols[0]);
}

const atlas = JSON.parse(fs.readFileSync(path.join(here, 'node_modules/world-atlas/countries-50m.json'), 'utf8'));
const simplified = simplify(presimplify(atlas), MIN_AREA);
const countries = feature(simplified, simplified.objects.countries).features;
const projection = geoNaturalEarth1().fitExtent([[2, 2], [WIDTH - 2, HEIGHT - 2]], { type: 'Sphere' });

// A d3 path context that writes SVG path data in relative tenths ("m12.3,4l0.1,-0.2...z"), skipping points that
// round onto the previous one. After 'z' SVG's current point is the start of the closed subpath.
function relativePath(feature) {
  let d = '';
  let x0 = 0;
  let y0 = 0;
  let start = [0, 0];
  const q = (v) => Math.round(v * TENTHS);
  const num = (v) => String(v / TENTHS);
  const context = {
    moveTo(x, y) {
      d += `m${num(q(x) - x0)},${num(q(y) - y0)}`;
      x0 = q(x);
      y0 = q(y);
      start = [x0, y0];
    },
    lineTo(x, y) {
      const dx = q(x) - x0;
      const dy = q(y) - y0;
      if (dx === 0 && dy === 0) return;
      d += `l${num(dx)},${num(dy)}`;
      x0 += dx;
      y0 += dy;
    },
    closePath() { // SVG moves the current point back to the start of the closed subpath
      d += 'z';
      [x0, y0] = start;
    },
    arc() { throw new Error('no points in the outlines'); },
  };
  geoPath(projection, context)(feature);
  return d.replace(/^m/, 'M');
}

const lines = [
  '# Natural Earth 1:50m country outlines (public domain) via npm world-atlas 2.0.2, projected with d3-geo\'s',
  '# geoNaturalEarth1; codes from GeoNames countryInfo (CC BY 4.0). Built by scripts/view/build-world-map.mjs.',
  ['projection', 'naturalEarth1', projection.scale(), ...projection.translate(), WIDTH, HEIGHT].join('\t'),
];
for (const [lon, lat] of [[0, 0], [4.47917, 51.9225], [-74.006, 40.7128], [151.2093, -33.8688], [-179.5, 70], [139.69, 35.69]]) {
  const [x, y] = projection([lon, lat]);
  lines.push(['check', lon, lat, x, y].join('\t'));
}
const missing = [];
for (const c of countries) {
  const name = c.properties.name;
  const code = c.id === undefined ? UNCODED[name] : alpha2ByNumeric.get(c.id);
  if (!code) missing.push(`${c.id} ${name}`);
  const d = relativePath(c);
  if (d) lines.push(['country', code ?? '-', name, d].join('\t'));
}
if (missing.length) console.warn(`no alpha-2 code for: ${missing.join(', ')}`);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`${out}: ${countries.length} countries, ${fs.statSync(out).size} bytes`);
