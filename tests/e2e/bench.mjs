// Benchmark of the built page (a benchmark, not a test: it prints figures).
//
//   node tests/e2e/bench.mjs [--dist DIR] [--loads 20] [--keys 500] [--lang en|ko] [--json FILE]
//   (usually through scripts/bench.sh)
//
// 1. Bytes of every file in dist/: raw, gzip -9 and brotli (quality 11), totals.
// 2. Load: time from navigation start to all four artifact elements present,
//    measured inside the page (performance.now(), whose origin is the
//    navigation start) by a MutationObserver installed before any page script;
//    each load in a fresh browser context (empty cache). One warm-up load is
//    run first and not counted.
// 3. Input latency: characters typed one at a time into #repo; in the page, a
//    capturing 'input' listener records performance.now(), and a
//    MutationObserver records the moment the trust policy's text reflects the
//    keystroke ('DOM updated'), then the next animation frame ('next frame').
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseArgs } from 'node:util';
import { startServer, DEFAULT_ROOT } from './lib/server.mjs';
import { startProxy } from './lib/proxy.mjs';
import { launchChromium } from './lib/browser.mjs';
import { ARTIFACTS } from './lib/keyless-page.mjs';

const { values: opts } = parseArgs({
  options: {
    dist: { type: 'string', default: process.env.KEYLESS_DIST || DEFAULT_ROOT },
    loads: { type: 'string', default: '20' },
    keys: { type: 'string', default: '500' },
    // The page's language for the keystroke run (Korean translates every message it shows).
    lang: { type: 'string', default: 'en' },
    json: { type: 'string' },
  },
});
const DIST = path.resolve(opts.dist);
const LOADS = Number(opts.loads);
const KEYS = Number(opts.keys);
const WAIT = 30_000;

// ---------- helpers ----------
function quantile(sorted, q) {
  // nearest-rank
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return {
    n: s.length,
    median: quantile(s, 0.5),
    p95: quantile(s, 0.95),
    min: s[0],
    max: s[s.length - 1],
    mean: s.reduce((a, b) => a + b, 0) / (s.length || 1),
  };
}
const fmtMs = (x) => (Number.isFinite(x) ? x.toFixed(1) : '-');
const fmtBytes = (n) => n.toLocaleString('en-US');
function table(headers, rows, align) {
  const w = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (align[i] === 'r' ? String(c).padStart(w[i]) : String(c).padEnd(w[i]))).join('  ');
  return [line(headers), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n');
}
const kindOf = (f) => ({ '.html': 'html', '.js': 'js', '.wasm': 'wasm', '.css': 'css' }[path.extname(f)] ?? path.extname(f).slice(1) ?? 'other');

// ---------- 1. sizes ----------
function sizes() {
  const files = fs.readdirSync(DIST, { recursive: true })
    .filter((f) => fs.statSync(path.join(DIST, f)).isFile())
    .sort((a, b) => kindOf(a).localeCompare(kindOf(b)) || a.localeCompare(b));
  return files.map((f) => {
    const buf = fs.readFileSync(path.join(DIST, f));
    const text = kindOf(f) !== 'wasm';
    return {
      file: f.split(path.sep).join('/'),
      kind: kindOf(f),
      raw: buf.length,
      gzip: zlib.gzipSync(buf, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(buf, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
          [zlib.constants.BROTLI_PARAM_MODE]: text ? zlib.constants.BROTLI_MODE_TEXT : zlib.constants.BROTLI_MODE_GENERIC,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
        },
      }).length,
    };
  });
}

// ---------- 2. load ----------
function loadProbe(names) {
  const b = { ready: null, readyFrame: null };
  window.__keylessBench = b;
  const check = () => {
    if (b.ready !== null) return;
    if (names.every((n) => document.querySelector(`[data-testid="artifact-${n}"]`))) {
      b.ready = performance.now();
      mo.disconnect();
      requestAnimationFrame(() => { b.readyFrame = performance.now(); });
    }
  };
  const mo = new MutationObserver(check);
  mo.observe(document, { childList: true, subtree: true });
}

async function oneLoad(browser, url, shared = null) {
  const context = shared ?? await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    if (!shared) await context.addInitScript(loadProbe, ARTIFACTS);
    const page = await context.newPage();
    if (shared) {
      // Same browser context (a warm renderer), but nothing from the HTTP cache.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    }
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url, { waitUntil: 'load', timeout: WAIT });
    await page.waitForFunction(() => window.__keylessBench?.readyFrame != null, null, { timeout: WAIT })
      .catch((err) => { throw new Error(`artifacts never all present: ${errors.join('; ') || err.message}`); });
    return await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const res = performance.getEntriesByType('resource');
      const end = (re) => Math.max(0, ...res.filter((r) => re.test(r.name)).map((r) => r.responseEnd));
      return {
        ready: window.__keylessBench.ready,
        readyFrame: window.__keylessBench.readyFrame,
        htmlResponseEnd: nav.responseEnd,
        domContentLoaded: nav.domContentLoadedEventEnd,
        loadEvent: nav.loadEventEnd,
        jsResponseEnd: end(/\.js(\?|$)/),
        wasmResponseEnd: end(/\.wasm(\?|$)/),
        firstRequestStart: Math.min(...res.map((r) => r.startTime)),
      };
    });
  } finally {
    if (!shared) await context.close();
  }
}

// ---------- 3. input latency ----------
function latencyProbe() {
  const b = { armed: false, pending: null, samples: [] };
  window.__keylessLat = b;
  addEventListener('input', (e) => {
    if (!b.armed || e.target?.id !== 'repo') return;
    b.pending = { t0: performance.now(), value: e.target.value, t1: null, t2: null };
  }, true);
  const mo = new MutationObserver(() => {
    const p = b.pending;
    if (!p || p.t1 !== null) return;
    const el = document.querySelector('[data-testid="artifact-trust-policy"]');
    if (el && el.textContent.includes(`/${p.value}:`)) {
      p.t1 = performance.now();
      requestAnimationFrame(() => {
        p.t2 = performance.now();
        b.samples.push(p);
        b.pending = null;
      });
    }
  });
  mo.observe(document.body, { childList: true, subtree: true, characterData: true });
}

async function latency(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${url}#lang=${opts.lang}`, { waitUntil: 'load', timeout: WAIT });
    await page.waitForSelector('[data-testid="artifact-trust-policy"]', { timeout: WAIT });
    // The repository name must show in the trust policy's subject.
    for (const [id, v] of [['scope', 'branches'], ['subject-format', 'name']]) {
      if (await page.locator(`[id="${id}"]`).count()) await page.locator(`[id="${id}"]`).selectOption(v);
    }
    await page.evaluate(latencyProbe);
    const BASE = 'octo-repo';
    const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
    const PER_ROUND = 20;
    let typed = 0;
    while (typed < KEYS) {
      await page.evaluate(() => { window.__keylessLat.armed = false; });
      await page.locator('#repo').fill(BASE);
      await page.waitForFunction((v) => document.querySelector('[data-testid="artifact-trust-policy"]')?.textContent.includes(`/${v}:`), BASE, { timeout: WAIT });
      await page.evaluate(() => { window.__keylessLat.pending = null; window.__keylessLat.armed = true; });
      await page.locator('#repo').focus();
      await page.locator('#repo').evaluate((el) => el.setSelectionRange(el.value.length, el.value.length));
      for (let i = 0; i < PER_ROUND && typed < KEYS; i++) {
        await page.keyboard.type(ALPHABET[(typed + i) % ALPHABET.length]);
        typed++;
        await page.waitForFunction((n) => window.__keylessLat.samples.length >= n, typed, { timeout: WAIT })
          .catch(async () => {
            const v = await page.locator('#repo').inputValue();
            throw new Error(`keystroke ${typed}: the trust policy never showed /${v}:`);
          });
      }
    }
    return await page.evaluate(() => window.__keylessLat.samples);
  } finally {
    await context.close();
  }
}

// ---------- main ----------
const sz = sizes();
const proxy = await startProxy();
const server = await startServer({ root: DIST });
const browser = await launchChromium({ proxyPort: proxy.port });
let loads;
let warmLoads;
let warmup;
let samples;
try {
  warmup = await oneLoad(browser, server.url);
  loads = [];
  for (let i = 0; i < LOADS; i++) loads.push(await oneLoad(browser, server.url));
  const shared = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await shared.addInitScript(loadProbe, ARTIFACTS);
  await oneLoad(browser, server.url, shared);
  warmLoads = [];
  for (let i = 0; i < LOADS; i++) warmLoads.push(await oneLoad(browser, server.url, shared));
  await shared.close();
  samples = await latency(browser, server.url);
} finally {
  await browser.close();
  await server.close();
  await proxy.close();
}

const sum = (files) => files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const total = sum(sz);
// What a visit transfers: everything but the offline copy, which is fetched only on request.
const hosted = sum(sz.filter((f) => f.file !== 'keyless.html'));
const byKind = {};
for (const f of sz) {
  const k = (byKind[f.kind] ??= { raw: 0, gzip: 0, brotli: 0 });
  k.raw += f.raw; k.gzip += f.gzip; k.brotli += f.brotli;
}

console.log(`Keyless benchmark — ${DIST}`);
console.log(`Chromium ${browser.version()}, Node ${process.version}, ${new Date().toISOString()}\n`);
console.log('Transfer size (bytes)');
console.log(table(['file', 'kind', 'raw', 'gzip -9', 'brotli 11'], [
  ...sz.map((f) => [f.file, f.kind, fmtBytes(f.raw), fmtBytes(f.gzip), fmtBytes(f.brotli)]),
  ...Object.entries(byKind).filter(([k]) => sz.filter((f) => f.kind === k).length > 1)
    .map(([k, v]) => [`all ${k}`, k, fmtBytes(v.raw), fmtBytes(v.gzip), fmtBytes(v.brotli)]),
  ['hosted page (without keyless.html)', '', fmtBytes(hosted.raw), fmtBytes(hosted.gzip), fmtBytes(hosted.brotli)],
  ['TOTAL', '', fmtBytes(total.raw), fmtBytes(total.gzip), fmtBytes(total.brotli)],
], ['l', 'l', 'r', 'r', 'r']));

const metric = (label, xs) => { const s = stats(xs); return [label, s.n, fmtMs(s.median), fmtMs(s.p95), fmtMs(s.min), fmtMs(s.max)]; };
console.log(`\nLoad: ms from navigation start, ${LOADS} fresh loads (new context each; 1 warm-up not counted)`);
console.log(table(['milestone', 'n', 'median', 'p95', 'min', 'max'], [
  metric('HTML response end', loads.map((l) => l.htmlResponseEnd)),
  metric('JS response end', loads.map((l) => l.jsResponseEnd)),
  metric('wasm response end', loads.map((l) => l.wasmResponseEnd)),
  metric('DOMContentLoaded end', loads.map((l) => l.domContentLoaded)),
  metric('four artifacts present', loads.map((l) => l.ready)),
  metric('  … next frame', loads.map((l) => l.readyFrame)),
  metric('load event end', loads.map((l) => l.loadEvent)),
  metric('first subresource request', loads.map((l) => l.firstRequestStart)),
], ['l', 'r', 'r', 'r', 'r', 'r']));

console.log(`\nLoad: ms from navigation start, ${LOADS} loads in one browser context (renderer warm) with the HTTP cache disabled`);
console.log(table(['milestone', 'n', 'median', 'p95', 'min', 'max'], [
  metric('HTML response end', warmLoads.map((l) => l.htmlResponseEnd)),
  metric('first subresource request', warmLoads.map((l) => l.firstRequestStart)),
  metric('wasm response end', warmLoads.map((l) => l.wasmResponseEnd)),
  metric('four artifacts present', warmLoads.map((l) => l.ready)),
  metric('  … next frame', warmLoads.map((l) => l.readyFrame)),
], ['l', 'r', 'r', 'r', 'r', 'r']));

console.log(`\nInput latency: ms from the 'input' event to the artifacts updated, ${samples.length} keystrokes into #repo (page in ${opts.lang})`);
console.log(table(['measure', 'n', 'median', 'p95', 'min', 'max'], [
  metric('DOM updated', samples.map((s) => s.t1 - s.t0)),
  metric('next frame', samples.map((s) => s.t2 - s.t0)),
], ['l', 'r', 'r', 'r', 'r', 'r']));

if (opts.json) {
  const summary = (xs) => stats(xs);
  fs.writeFileSync(opts.json, JSON.stringify({
    dist: DIST,
    chromium: browser.version(),
    sizes: { files: sz, byKind, hosted, total },
    load: {
      runs: LOADS,
      warmup,
      fourArtifactsPresentMs: summary(loads.map((l) => l.ready)),
      warmRendererFourArtifactsPresentMs: summary(warmLoads.map((l) => l.ready)),
      nextFrameMs: summary(loads.map((l) => l.readyFrame)),
      raw: loads,
    },
    inputLatency: {
      keystrokes: samples.length,
      domUpdatedMs: summary(samples.map((s) => s.t1 - s.t0)),
      nextFrameMs: summary(samples.map((s) => s.t2 - s.t0)),
    },
  }, null, 2) + '\n');
  console.log(`\nJSON written to ${opts.json}`);
}
