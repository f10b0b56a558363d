// Shared by the browser tests: the repository's paths, Lede's jar, headless Chromium (Debian's, never a
// downloaded one) and what the JSON says the view must show.
import { spawn, execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const jar = path.join(repo, 'cli/target/lede.jar');
export const out = path.join(repo, 'view/target/browser');
export const chromiumPath = process.env.LEDE_CHROMIUM ?? '/usr/bin/chromium';
export const LAYERS = ['quotes', 'entities', 'places', 'numbers', 'times'];

// This machine's network is closed: Chromium must not try to reach Google's services.
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

fs.mkdirSync(out, { recursive: true });

/** A browser context with a fresh profile; close it when done. */
export async function launch(options = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath, headless: true, args: CHROMIUM_FLAGS, ...options,
  });
  context.on('close', () => {
    try {
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch { /* a file Chromium still held; the directory is in the system's temporary folder */ }
  });
  return context;
}

/** Runs the lede command line with a bounded heap; resolves to stdout. */
export async function lede(...args) {
  const { stdout } = await promisify(execFile)('java', ['-Xmx1g', '-jar', jar, ...args],
    { cwd: repo, maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Starts `lede serve` on a free loopback port; resolves when /health answers. Call stop() when done. */
export async function serve() {
  const port = await freePort();
  const child = spawn('java', ['-Xmx1g', '-jar', jar, 'serve', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (d) => { log += d; });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000; // generous: the JVM loads every model, on a machine that may be busy
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`lede serve exited: ${log}`);
    try {
      if ((await fetch(base + '/health')).ok) {
        return { base, stop: () => new Promise((resolve) => { child.on('exit', resolve); child.kill('SIGTERM'); }) };
      }
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`lede serve did not start in 180 s: ${log}`);
}

/** How many data-layer spans the view must have per layer: entity mentions, else one per record. */
export function expectedSpans(result) {
  const counts = {};
  for (const layer of LAYERS) {
    if (!(layer in result)) continue;
    counts[layer] = layer === 'entities'
      ? result.entities.reduce((n, e) => n + e.mentions.length, 0)
      : result[layer].length;
  }
  return counts;
}

/** The pins the map must have: one per distinct place with coordinates (GeoNames id, else the containing town). */
export function expectedPins(result) {
  const keys = new Set();
  for (const p of result.places ?? []) {
    if (p.lat == null || p.lon == null) continue;
    keys.add(String(p.geonameId ?? p.containedIn ?? `${p.lat.toFixed(4)},${p.lon.toFixed(4)}`));
  }
  return keys;
}

/** Counts of data-layer spans (continued pieces not counted) and pins in the view element matched by selector. */
export async function countsIn(page, selector) {
  return page.$eval(selector, (view, layers) => {
    const counts = {};
    for (const layer of layers) {
      const n = view.querySelectorAll(`.lede-text [data-layer="${layer}"]:not([data-continued])`).length;
      if (n || view.querySelector(`[data-toggle="${layer}"]`)) counts[layer] = n;
    }
    return { spans: counts, pins: [...view.querySelectorAll('.lede-pin[data-geoname-id]')].map((p) => p.dataset.pin) };
  }, LAYERS);
}
