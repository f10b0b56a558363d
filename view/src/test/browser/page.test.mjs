// The page `lede serve` answers at /: submit the sample article and check the view against the JSON of
// /v1/extract (spans per layer, pins), the tooltip, the panels' links, keyboard use, both widths and WCAG AA.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { countsIn, expectedPins, expectedSpans, launch, out, repo, serve } from './support.mjs';

const SAMPLE = path.join(repo, 'examples/sample-article.txt');
let server;
let context;
let page;
let result; // the JSON of the same article from /v1/extract

before(async () => {
  server = await serve();
  const response = await fetch(server.base + '/v1/extract?id=sample-article', {
    method: 'POST', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: fs.readFileSync(SAMPLE, 'utf8'),
  });
  assert.equal(response.status, 200);
  result = await response.json();
  context = await launch({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.errors = errors;
  await page.goto(server.base + '/');
  await page.waitForSelector('#lede-analyzers input[value="geo"]');
  await page.setInputFiles('#lede-file', SAMPLE); // a .txt file lands in the text box
  await assert.doesNotReject(page.waitForFunction(() => document.getElementById('lede-input').value.length > 1000));
  await page.click('#lede-submit');
  await page.waitForSelector('#lede-results .lede-view', { timeout: 30_000 });
});

after(async () => {
  await context?.close();
  await server?.stop();
});

test('every layer has as many highlighted spans as the JSON has annotations', async () => {
  const { spans } = await countsIn(page, '#lede-results .lede-view');
  assert.deepEqual(spans, expectedSpans(result));
  for (const layer of ['entities', 'quotes', 'numbers', 'places']) assert.ok(spans[layer] > 0, layer);
});

test('each span covers the text its offsets name', async () => {
  const mismatches = await page.$eval('#lede-results .lede-view', (view, text) => {
    const wrong = [];
    for (const el of view.querySelectorAll('.lede-text [data-layer]:not([data-continued])')) {
      const whole = text.slice(Number(el.dataset.start), Number(el.dataset.end));
      // a split span (a quote in parts, a crossing) holds the start of its text
      if (!whole.startsWith(el.textContent)) wrong.push(`${el.dataset.layer} ${el.dataset.id}: ${el.textContent}`);
    }
    return wrong;
  }, result.text);
  assert.deepEqual(mismatches, []);
});

test('one pin per place with coordinates, with its GeoNames id', async () => {
  const { pins } = await countsIn(page, '#lede-results .lede-view');
  const expected = expectedPins(result);
  assert.equal(pins.length, expected.size);
  assert.deepEqual(new Set(pins), expected);
  const ids = await page.$$eval('.lede-pin', (all) => all.map((p) => p.getAttribute('data-geoname-id')));
  for (const place of result.places.filter((p) => p.geonameId)) assert.ok(ids.includes(String(place.geonameId)));
});

test('hovering an entity shows its canonical name, type and mention count', async () => {
  const entity = [...result.entities].sort((a, b) => b.mentions.length - a.mentions.length)[0];
  await page.hover(`.lede-text [data-layer="entities"][data-id="${entity.id}"]`);
  const tooltip = page.locator('#lede-tooltip');
  await tooltip.waitFor({ state: 'visible' });
  const text = await tooltip.textContent();
  assert.ok(text.includes(entity.name), `${text} lacks ${entity.name}`);
  assert.ok(text.includes(entity.type));
  assert.ok(text.includes(`${entity.mentions.length} mention`));
});

test('hovering a place shows its GeoNames name, country, point and link', async () => {
  const place = result.places.find((p) => p.geonameId);
  await page.hover(`.lede-text [data-layer="places"][data-start="${place.start}"]`);
  const tooltip = page.locator('#lede-tooltip');
  await tooltip.waitFor({ state: 'visible' });
  assert.ok((await tooltip.textContent()).includes(place.name));
  assert.equal(await tooltip.locator('a').last().getAttribute('href'), `https://www.geonames.org/${place.geonameId}`);
});

test("clicking a quote in a speaker's panel lights the quote, its speaker and cue", async () => {
  const quote = result.quotes.find((q) => q.speaker?.entity && q.cue);
  await page.click(`[data-panel="quotes"] [data-light-layer="quotes"][data-light-id="${quote.id}"]`);
  const lit = await page.$$eval('.lede-text [data-layer="quotes"].lede-lit', (all) => [...new Set(all.map((e) => e.dataset.id))]);
  assert.deepEqual(lit, [quote.id]);
  const roles = await page.$$eval(`.lede-text [data-quote="${quote.id}"].lede-role-lit`, (all) => all.map((e) => e.dataset.role).sort());
  assert.deepEqual(roles, ['cue', 'speaker']);
  const focused = await page.evaluate(() => document.activeElement?.dataset.id);
  assert.equal(focused, quote.id);
});

test('clicking an entity lights every one of its mentions', async () => {
  const entity = result.entities.find((e) => e.mentions.length > 1);
  await page.click(`[data-panel="entities"] [data-light-id="${entity.id}"]`);
  const lit = await page.$$eval('.lede-text [data-layer="entities"].lede-lit', (all) => all.map((e) => e.dataset.id));
  assert.equal(lit.length, entity.mentions.length);
  assert.ok(lit.every((id) => id === entity.id));
});

test('keyboard: Tab reaches the highlights, Enter lights one, Escape clears', async () => {
  await page.keyboard.press('Escape'); // nothing lit from the tests before
  await page.focus('#lede-submit');
  let reached = null;
  for (let i = 0; i < 30 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.closest('.lede-text') ? document.activeElement.dataset.layer : null);
  }
  assert.ok(reached, 'no highlighted span reachable by Tab');
  await page.keyboard.press('Enter');
  assert.ok(await page.evaluate(() => document.activeElement.classList.contains('lede-lit')));
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.lede-text .lede-lit').count(), 0);
});

test('the map zooms between the region and the world', async () => {
  const svg = page.locator('#lede-results .lede-map svg');
  const region = await svg.getAttribute('viewBox');
  assert.notEqual(region, '0 0 1000 520');
  await page.click('#lede-results [data-zoom="world"]');
  assert.equal(await svg.getAttribute('viewBox'), '0 0 1000 520');
  await page.click('#lede-results [data-zoom="region"]');
  assert.equal(await svg.getAttribute('viewBox'), region);
});

test('usable at 1,280 and 390 pixels: no sideways scrolling; screenshots saved', async () => {
  for (const [name, width, height] of [['desktop', 1280, 900], ['phone', 390, 844]]) {
    await page.setViewportSize({ width, height });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${name}: ${overflow} px wider than the window`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(out, `page-${name}.png`), fullPage: true });
  }
  // the view itself in one window (the README's picture is this one, reduced with pngquant)
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.hover('#lede-results [data-panel="entities"] .lede-light');
  await page.click('#lede-results [data-panel="entities"] .lede-light');
  await page.evaluate(() => document.querySelector('#lede-results .lede-view').scrollIntoView());
  await page.hover('#lede-results .lede-text [data-layer="places"]');
  await page.screenshot({ path: path.join(out, 'page-view.png') });
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('WCAG 2 AA: axe finds no violation (colour contrast included)', async () => {
  const axe = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  await page.addScriptTag({ content: fs.readFileSync(axe, 'utf8') });
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes[0].target})`);
  });
  assert.deepEqual(violations, []);
});

test('no script errors on the page', () => {
  assert.deepEqual(page.errors, []);
});
