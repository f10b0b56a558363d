// `lede extract --format html` on the examples: the file opens in Chromium with no console error and no request
// beyond itself, each view matches the JSON of the same articles, and `chromium --dump-dom` of it has the
// data-layer spans and data-geoname-id pins in the JSON's counts.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { CHROMIUM_FLAGS, LAYERS, chromiumPath, countsIn, expectedPins, expectedSpans, launch, lede, out } from './support.mjs';

const report = path.join(out, 'report.html');
const reportUrl = pathToFileURL(report).href;
let results; // the JSON of the same articles, in the same order
let context;

before(async () => {
  await lede('extract', '--format', 'html', '-o', report, 'examples/');
  results = JSON.parse(await lede('extract', '--format', 'json', 'examples/'));
  context = await launch({ viewport: { width: 1280, height: 900 } });
});

after(async () => {
  await context?.close();
});

test('the report opens with no console error and no request beyond the file itself', async () => {
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(reportUrl, { waitUntil: 'load' });
  await page.hover('.lede-text [data-layer="entities"]'); // the script runs: a tooltip opens
  await page.locator('#lede-tooltip').waitFor({ state: 'visible' });
  await page.click('#v1 [data-zoom="world"]');
  assert.deepEqual(errors, []);
  assert.deepEqual(requests, [reportUrl]);
  await page.screenshot({ path: path.join(out, 'report-desktop.png') });
  await page.close();
});

test('one view per article, each with the JSON counts of spans and pins', async () => {
  const page = await context.newPage();
  await page.goto(reportUrl);
  assert.equal(await page.locator('.lede-view').count(), results.length);
  assert.equal(await page.locator('.lede-index li').count(), results.length);
  for (let i = 0; i < results.length; i++) {
    const { spans, pins } = await countsIn(page, `#v${i + 1}`);
    assert.deepEqual(spans, expectedSpans(results[i]), results[i].id);
    assert.deepEqual(new Set(pins), expectedPins(results[i]), results[i].id);
    assert.equal(pins.length, expectedPins(results[i]).size);
  }
  await page.close();
});

test('chromium --dump-dom of the report has the data-layer spans and data-geoname-id pins of the JSON', async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-dump-'));
  try {
    const { stdout } = await promisify(execFile)(chromiumPath,
      [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, '--dump-dom', reportUrl],
      { maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
    for (const layer of LAYERS) {
      const expected = results.reduce((n, r) => n + (expectedSpans(r)[layer] ?? 0), 0);
      const tags = stdout.match(new RegExp(`<span [^>]*data-layer="${layer}"[^>]*>`, 'g')) ?? [];
      const heads = tags.filter((t) => !t.includes('data-continued'));
      assert.equal(heads.length, expected, layer);
      for (const t of heads) assert.match(t, /data-id="[^"]+".*data-start="\d+".*data-end="\d+"/);
    }
    const pins = stdout.match(/<circle [^>]*data-geoname-id="[^"]*"/g) ?? [];
    assert.equal(pins.length, results.reduce((n, r) => n + expectedPins(r).size, 0));
    assert.ok(pins.length > 0);
  } finally {
    fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
});

test('the report at phone width scrolls only downwards', async () => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(reportUrl);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${overflow} px wider than the window`);
  await page.screenshot({ path: path.join(out, 'report-phone.png'), fullPage: true });
  await page.close();
});
