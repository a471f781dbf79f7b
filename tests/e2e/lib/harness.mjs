// Shared state for the journeys: one proxy, one static server and one
// Chromium per run (started lazily by the first journey, stopped by a
// top-level `after`), and a fresh browser context per journey.
import { after } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, DEFAULT_ROOT } from './server.mjs';
import { startProxy } from './proxy.mjs';
import { launchChromium } from './browser.mjs';
import { KeylessPage } from './keyless-page.mjs';
import { axeEveryMode } from './axe.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const E2E_DIR = path.resolve(HERE, '..');
export const REPO_ROOT = path.resolve(E2E_DIR, '../..');
export const OUT_DIR = path.join(E2E_DIR, 'out');
export const DIST = path.resolve(process.env.KEYLESS_DIST || DEFAULT_ROOT);

/** Default time any single wait may take (ms). */
export const TIMEOUT = Number(process.env.KEYLESS_E2E_TIMEOUT || 15_000);

let starting = null;

export function harness() {
  starting ??= (async () => {
    const proxy = await startProxy();
    const server = await startServer({ root: DIST });
    const browser = await launchChromium({ proxyPort: proxy.port });
    return { proxy, server, browser };
  })();
  return starting;
}

after(async () => {
  if (!starting) return;
  const { proxy, server, browser } = await starting.catch(() => ({}));
  await browser?.close().catch(() => {});
  if (proxy) {
    const hosts = new Map();
    for (const e of proxy.refused) hosts.set(e.host, (hosts.get(e.host) ?? 0) + 1);
    console.log(proxy.refused.length
      ? `refusing proxy: ${proxy.refused.length} request(s) refused during the run, by host: `
        + [...hosts].map(([h, n]) => `${h} x${n}`).join(', ')
        + ' (Chromium\'s background services'
        + (hosts.has('keyless-e2e-canary.invalid') ? ', and the canary of journey 06' : '') + ')'
      : 'refusing proxy: nothing was refused during the run');
  }
  await server?.close();
  await proxy?.close();
});

function slug(s) {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

/**
 * Runs `fn(kp, ctx)` with a KeylessPage in a new browser context.
 * When `fn` is done, axe checks the page where the journey left it, in all four
 * modes (light/dark x English/Korean, lib/axe.mjs); the page is the Keyless page,
 * or the host page of Keyless frames. Then it fails if the page threw an uncaught
 * error (switching modes included). On failure, a screenshot and the page's HTML
 * are saved under tests/e2e/out/ for diagnosis.
 *
 * options: { contextOptions, fragment, goto = true, initScript,
 *            axeAtEnd = true | 'why the end state is not checked' }
 */
export async function withPage(t, options, fn) {
  if (typeof options === 'function') [options, fn] = [{}, options];
  const { contextOptions = {}, fragment = '', goto = true, initScript, axeAtEnd = true } = options;
  if (axeAtEnd !== true && !(typeof axeAtEnd === 'string' && axeAtEnd.trim())) {
    throw new Error('withPage: axeAtEnd is true, or a sentence saying why the end state is not checked');
  }
  const h = await harness();
  const context = await h.browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    ...contextOptions,
  });
  context.setDefaultTimeout(TIMEOUT);
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const kp = new KeylessPage(page, h.server);
  try {
    if (goto) await kp.goto(fragment);
    await fn(kp, { ...h, context, page });
    if (axeAtEnd === true) await axeEveryMode(page, 'end state', { t });
    else t.diagnostic(`axe: end state not checked here: ${axeAtEnd}`);
    if (kp.pageErrors.length) {
      throw new Error(`uncaught errors in the page:\n${kp.pageErrors.join('\n')}`);
    }
  } catch (err) {
    try {
      fs.mkdirSync(OUT_DIR, { recursive: true });
      const base = path.join(OUT_DIR, `failure-${slug(t.fullName ?? t.name)}`);
      await page.screenshot({ path: `${base}.png`, fullPage: true, timeout: 5_000 });
      fs.writeFileSync(`${base}.html`, await page.content());
      t.diagnostic(`failure artefacts: ${path.relative(REPO_ROOT, base)}.{png,html}`);
    } catch { /* the page may be gone */ }
    if (kp.consoleErrors.length) t.diagnostic(`console errors:\n${kp.consoleErrors.join('\n')}`);
    throw err;
  } finally {
    await context.close().catch(() => {});
  }
}
