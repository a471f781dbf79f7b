// Journey 12: dist/keyless.html is one self-contained file that works from
// file:// with no network at all, and the hosted page offers exactly that file.
//
// The file is copied alone into a temporary directory (no sibling files to
// fall back on). The browser context is offline, every request goes through
// context.route('**/*') which lets only the file itself through and aborts
// (and records) anything else, and the refusing proxy stays in place.
// Clipboard: Chromium treats file:// as a secure context and grants
// clipboard-read/-write there, so Copy is checked for real (content read back).
// axe (lib/harness.mjs, at the end of each withPage) checks the file:// page as
// well, switching its theme and language with its own toggle and switcher.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { withPage, DIST } from '../lib/harness.mjs';
import { ARTIFACTS, downloadName, toFragment } from '../lib/keyless-page.mjs';
import { recordCspViolations, cspViolations, describeViolations, metaPolicies, inlineBlocks, parseCsp, strictPolicyProblems } from '../lib/csp.mjs';
import { tempDirWith, removeTempDir } from '../lib/staging.mjs';

const SINGLE = path.join(DIST, 'keyless.html');
const LINK = {
  owner: 'offline-org',
  repo: 'offline-repo',
  branches: 'main,release/v3',
  account: '012345678901',
  region: 'eu-central-1',
  // inline: the workflow names the role ARN itself, so the account shows in all four files.
  'role-arn-source': 'inline',
  'workflow-file': 'offline-push.yml',
};

async function download(page, locator) {
  const [dl] = await Promise.all([page.waitForEvent('download'), locator.click()]);
  const failure = await dl.failure();
  assert.equal(failure, null, `download failed: ${failure}`);
  return { filename: dl.suggestedFilename(), bytes: fs.readFileSync(await dl.path()) };
}

function sizeText(bytes) {
  return `${bytes} bytes (${(bytes / 1024).toFixed(1)} KiB)`;
}

test('12 keyless.html is self-contained and strict', async (t) => {
  const html = fs.readFileSync(SINGLE, 'utf8');
  const bytes = fs.statSync(SINGLE).size;
  t.diagnostic(`dist/keyless.html: ${sizeText(bytes)}, ${sizeText(zlib.gzipSync(fs.readFileSync(SINGLE), { level: 9 }).length)} gzipped`);
  const metas = metaPolicies(html);
  assert.equal(metas.length, 1, `expected one CSP <meta>, found ${metas.length}`);
  const policy = metas[0].content;
  assert.deepEqual(strictPolicyProblems(policy, { connect: ["'none'"] }), [], `policy: ${policy}`);
  const p = parseCsp(policy);
  const { scripts, styles } = inlineBlocks(html);
  for (const s of scripts) assert.ok(p.get('script-src').includes(s.hash), `inline script ${s.hash} not allowed by script-src`);
  for (const s of styles) assert.ok((p.get('style-src') ?? []).includes(s.hash), `inline style ${s.hash} not allowed by style-src`);
  assert.ok(!(p.get('script-src') ?? []).includes("'self'"), 'the single file\'s script-src allows \'self\' (file:// siblings)');
  // Nothing is referenced by URL: no src/href to another file.
  const refs = [...html.matchAll(/\s(?:src|href)\s*=\s*["']([^"']*)["']/gi)].map((m) => m[1])
    .filter((u) => !/^(data:|#|blob:)/.test(u));
  assert.deepEqual(refs, [], 'keyless.html refers to other files');
  assert.ok(!/\bimport\s*\(|\bimport\s+[^;]*\sfrom\s*["']/.test(scripts.map((s) => s.body).join('\n')), 'keyless.html imports modules');
});

test('12 keyless.html works from file:// with no network', async (t) => {
  const dir = tempDirWith({ 'keyless.html': SINGLE }, 'single');
  t.after(() => removeTempDir(dir));
  assert.deepEqual(fs.readdirSync(dir), ['keyless.html']);
  const fileUrl = pathToFileURL(path.join(dir, 'keyless.html')).href;
  const routed = [];
  const aborted = [];
  await withPage(t, {
    goto: false,
    initScript: recordCspViolations,
    contextOptions: { offline: true, permissions: ['clipboard-read', 'clipboard-write'] },
  }, async (kp, { page, context, proxy }) => {
    const proxyBefore = proxy.refused.length;
    const contextRequests = [];
    context.on('request', (r) => contextRequests.push(r.url()));
    await context.route('**/*', (route) => {
      const url = route.request().url();
      routed.push(url);
      if (url.split('#')[0] === fileUrl) return route.continue();
      aborted.push(url);
      return route.abort('blockedbyclient');
    });

    await page.goto(`${fileUrl}#${toFragment(LINK)}`);
    await kp.waitForArtifacts();

    await t.test('it renders the four artifacts from the link', async () => {
      await kp.waitForArtifactText('trust-policy', { includes: ['offline-org/offline-repo', 'refs/heads/release/v3'] });
      for (const name of ARTIFACTS) {
        assert.ok((await kp.artifactText(name)).trim().length > 0, `artifact-${name} is empty`);
      }
      assert.equal(await page.evaluate(() => window.KEYLESS_SINGLE_FILE), true, 'window.KEYLESS_SINGLE_FILE is not true');
      assert.equal(await page.locator('[data-testid="offline-copy"]').count(), 0, 'the single file offers to save itself');
    });

    await t.test('typing regenerates every artifact', async () => {
      await kp.field('account').fill('');
      await kp.field('account').pressSequentially('210987654321');
      await kp.waitForFragment('account', '210987654321');
      for (const name of ARTIFACTS) {
        await kp.waitForArtifactText(name, { includes: ['210987654321'], excludes: ['012345678901'] });
      }
    });

    await t.test('Copy writes the clipboard', async () => {
      await page.evaluate(() => navigator.clipboard.writeText('keyless-e2e: not yet'));
      await kp.copyButton('trust-policy').click();
      await page.waitForFunction(() => document.querySelector('[data-testid="status"]')?.textContent.includes('Copied'));
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await kp.artifactText('trust-policy'));
    });

    await t.test('Download gives the right file names and bytes', async () => {
      for (const name of ARTIFACTS) {
        const { filename, bytes } = await download(page, kp.downloadButton(name));
        assert.equal(filename, downloadName(name, LINK['workflow-file']));
        assert.equal(bytes.toString('utf8'), await kp.artifactText(name), `file differs from artifact-${name}`);
      }
    });

    await t.test('nothing but the file was requested, and no CSP violation', async () => {
      const seen = await cspViolations(page);
      assert.deepEqual(seen, [], `CSP violations:\n${describeViolations(seen ?? [])}`);
      assert.deepEqual(aborted, [], 'the single file tried to load something');
      const other = [...kp.requests.map((r) => r.url), ...contextRequests]
        .filter((u) => u.split('#')[0] !== fileUrl && !/^(data|blob):/.test(u));
      assert.deepEqual([...new Set(other)], [], 'requests besides the file itself');
      assert.deepEqual(routed.map((u) => u.split('#')[0]), [fileUrl], 'routed requests besides the file itself');
      const fromPage = proxy.refused.slice(proxyBefore).filter((e) => !/googleapis\.com$|google\.com$/.test(e.host));
      assert.deepEqual(fromPage, [], 'the refusing proxy saw requests while the file was open');
      assert.deepEqual(fs.readdirSync(dir), ['keyless.html'], 'the page wrote next to the file');
    });
  });
});

test('12 the single file generates exactly what the hosted page generates', async (t) => {
  const dir = tempDirWith({ 'keyless.html': SINGLE }, 'single');
  t.after(() => removeTempDir(dir));
  const fileUrl = pathToFileURL(path.join(dir, 'keyless.html')).href;
  let hosted;
  await withPage(t, { fragment: toFragment(LINK) }, async (kp) => {
    await kp.waitForArtifacts();
    hosted = await kp.artifactTexts();
  });
  await withPage(t, { goto: false, contextOptions: { offline: true } }, async (kp, { page }) => {
    await page.goto(`${fileUrl}#${toFragment(LINK)}`);
    await kp.waitForArtifacts();
    assert.deepEqual(await kp.artifactTexts(), hosted);
  });
});

test('12 the hosted page\'s "Save for offline use" downloads keyless.html byte for byte', async (t) => {
  await withPage(t, async (kp, { page }) => {
    const link = page.locator('[data-testid="offline-copy"]');
    await link.waitFor();
    assert.equal(await link.getAttribute('href'), 'keyless.html');
    assert.notEqual(await link.getAttribute('download'), null, 'the link has no download attribute');
    // The page writes its inputs into the link shortly after load; compare without the fragment.
    const withoutFragment = (u) => u.split('#')[0];
    const urlBefore = withoutFragment(page.url());
    const { filename, bytes } = await download(page, link);
    assert.equal(filename, 'keyless.html');
    const expected = fs.readFileSync(SINGLE);
    assert.equal(bytes.length, expected.length, 'downloaded size differs from dist/keyless.html');
    assert.ok(bytes.equals(expected), 'downloaded bytes differ from dist/keyless.html');
    assert.equal(withoutFragment(page.url()), urlBefore, 'clicking the link navigated away');
    t.diagnostic(`downloaded keyless.html: ${sizeText(bytes.length)}`);
  });
});
