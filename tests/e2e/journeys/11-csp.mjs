// Journey 11: the hosted page carries a strict Content-Security-Policy and
// never trips it. A recorder (installed before navigation) keeps every
// `securitypolicyviolation` while a user types, breaks and fixes fields, copies,
// downloads, switches tools and themes and opens another link; any violation
// fails. A self-check proves the recorder sees violations and the policy is
// enforced (inline script, string eval, foreign fetch, <base>, <object>).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { withPage, DIST } from '../lib/harness.mjs';
import { ARTIFACTS, downloadName } from '../lib/keyless-page.mjs';
import {
  recordCspViolations, cspViolations, describeViolations, parseCsp, metaPolicies, inlineBlocks, strictPolicyProblems,
} from '../lib/csp.mjs';

const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };

async function expectNoViolations(page, when) {
  const seen = await cspViolations(page);
  assert.ok(Array.isArray(seen), 'the CSP violation recorder is not installed in the page');
  assert.deepEqual(seen, [], `CSP violations ${when}:\n${describeViolations(seen)}`);
}

test('11 the hosted page declares a strict Content-Security-Policy', async (t) => {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const metas = metaPolicies(html);
  assert.equal(metas.length, 1, `expected one CSP <meta> in dist/index.html, found ${metas.length}`);
  const [{ content: policy, index: at }] = metas;
  t.diagnostic(`policy: ${policy}`);

  await t.test('no unsafe-inline / unsafe-eval; wasm-unsafe-eval, base-uri/object-src none, connect-src self|none', () => {
    assert.deepEqual(strictPolicyProblems(policy, { connect: ["'self'", "'none'"] }), []);
    const p = parseCsp(policy);
    assert.ok(p.get('script-src').includes("'wasm-unsafe-eval'"));
    assert.deepEqual(p.get('base-uri'), ["'none'"]);
    assert.deepEqual(p.get('object-src'), ["'none'"]);
    assert.ok(["'self'", "'none'"].includes(p.get('connect-src').join(' ')), `connect-src is ${p.get('connect-src').join(' ')}`);
  });

  await t.test('the <meta> comes before every script, style and stylesheet it governs', () => {
    const head = html.slice(0, html.search(/<\/head>/i));
    const first = head.search(/<(script|style|link\b[^>]*rel=["']?(stylesheet|modulepreload|preload))/i);
    assert.ok(first < 0 || at < first, 'the CSP <meta> comes after content it should govern');
  });

  await t.test('every inline script is allowed by its hash, none by a blanket source', () => {
    const { scripts, styles } = inlineBlocks(html);
    const scriptSrc = parseCsp(policy).get('script-src');
    for (const s of scripts) assert.ok(scriptSrc.includes(s.hash), `inline script ${s.hash} is not in script-src ${scriptSrc.join(' ')}`);
    const hashes = scriptSrc.filter((v) => v.startsWith("'sha"));
    assert.equal(hashes.length, scripts.length, `script-src allows ${hashes.length} hash(es) for ${scripts.length} inline script(s)`);
    assert.deepEqual(styles.map((s) => s.hash), [], 'the hosted page has inline <style> (style-src is \'self\')');
    t.diagnostic(`${scripts.length} inline script(s), each allowed by its sha256`);
  });

  await t.test('the policy the browser sees is the one in dist/index.html', async (st) => {
    await withPage(st, async (kp, { page }) => {
      const live = await page.evaluate(() => [...document.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]')]
        .map((m) => m.getAttribute('content')));
      assert.deepEqual(live, [policy]);
    });
  });
});

test('11 a full session on the hosted page trips no CSP violation', async (t) => {
  await withPage(t, { contextOptions: CLIPBOARD, initScript: recordCspViolations }, async (kp, { page }) => {
    await kp.waitForArtifacts();
    await expectNoViolations(page, 'while loading');

    // Type into fields, as a user does (key by key) and by replacing values.
    await kp.field('owner').fill('');
    await kp.field('owner').pressSequentially('csp-org');
    await kp.setAll({ repo: 'csp-repo', branches: 'main,release/v2', region: 'eu-west-1', 'ecr-repo': 'team/app' });
    await kp.set('scope', 'environment');
    await kp.set('environment', 'production');
    await kp.set('subject-format', 'both');
    await kp.setAll({ 'owner-id': '1234567', 'repo-id': '7654321', 'role-arn-source': 'secrets', 'pin-actions': false });
    await kp.waitForArtifactText('trust-policy', { includes: ['csp-org/csp-repo', 'production'] });
    // Break a field (error and problem panels render), then fix it.
    await kp.set('account', '12');
    await kp.error('account').waitFor();
    await kp.problem('workflow').waitFor();
    await kp.set('account', '123456789012');
    await kp.waitForArtifacts();
    await expectNoViolations(page, 'while editing');

    for (const name of ARTIFACTS) {
      await kp.copyButton(name).click();
      await page.waitForFunction((n) => document.querySelector('[data-testid="status"]')?.textContent
        .includes(`Copied ${n}`), downloadName(name));
      const [dl] = await Promise.all([page.waitForEvent('download'), kp.downloadButton(name).click()]);
      assert.equal(await dl.failure(), null);
      assert.equal(fs.readFileSync(await dl.path(), 'utf8'), await kp.artifactText(name));
    }
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await kp.artifactText('workflow'));
    await expectNoViolations(page, 'while copying and downloading');

    // Theme toggle, both ways.
    const toggle = page.locator('[data-testid="theme-toggle"]');
    for (let i = 0; i < 2; i++) {
      const before = await toggle.getAttribute('aria-pressed');
      await toggle.click();
      await page.waitForFunction((b) => document.querySelector('[data-testid="theme-toggle"]')
        .getAttribute('aria-pressed') !== b, before);
    }
    await expectNoViolations(page, 'while switching themes');

    // The other tool, if the page has it (the run simulator).
    if (await page.locator('[data-testid="tab-simulate"]').count()) {
      await page.locator('[data-testid="tab-simulate"]').click();
      await page.locator('[data-testid="sim-decision"],[data-testid="sim-error"]').first().waitFor();
      await page.locator('[data-testid="tab-files"]').click();
      await kp.waitForArtifacts();
      await expectNoViolations(page, 'while using the simulator tab');
    }

    // The offline copy link (a same-origin download).
    const [offline] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="offline-copy"]').click()]);
    assert.equal(await offline.failure(), null);

    // Another link opened in the same tab (hashchange).
    await page.evaluate(() => { location.hash = 'owner=next-org&repo=next-repo'; });
    await kp.waitForArtifactText('trust-policy', { includes: ['next-org/next-repo'] });

    await page.waitForLoadState('networkidle');
    await expectNoViolations(page, 'during the session');
    const cspConsole = kp.consoleErrors.filter((m) => /Content Security Policy/i.test(m));
    assert.deepEqual(cspConsole, [], 'the console reported CSP errors');
  });
});

test('11 self-check: the policy is enforced and the recorder sees violations', async (t) => {
  await withPage(t, { initScript: recordCspViolations }, async (kp, { page, server }) => {
    await kp.waitForArtifacts();
    await expectNoViolations(page, 'while loading');
    const servedBefore = server.requests.length;
    const outcome = await page.evaluate(async () => {
      const r = {};
      const s = document.createElement('script');
      s.textContent = 'window.__keylessInlineRan = true';
      document.head.append(s);
      r.inlineRan = window.__keylessInlineRan === true;
      setTimeout('window.__keylessEvalRan = true', 0);
      try {
        await fetch('https://keyless-e2e-canary.invalid/csp', { mode: 'no-cors' });
        r.fetch = 'fetched';
      } catch (e) {
        r.fetch = `refused: ${e}`;
      }
      const base = document.createElement('base');
      base.href = 'https://keyless-e2e-canary.invalid/';
      document.head.append(base);
      r.baseApplied = document.baseURI.startsWith('https://keyless-e2e-canary.invalid');
      base.remove();
      const obj = document.createElement('object');
      obj.data = '/index.html';
      document.body.append(obj);
      return r;
    });
    const wanted = ['script-src-elem', 'script-src', 'connect-src', 'base-uri', 'object-src'];
    try {
      await page.waitForFunction((wanted) => wanted.every((d) => window.__keylessCspViolations
        .some((v) => v.directive === d)), wanted);
    } catch (err) {
      const seen = await cspViolations(page);
      throw new Error(`expected violations of ${wanted.join(', ')}; saw:\n${describeViolations(seen)}\n(${err.message.split('\n')[0]})`);
    }
    assert.equal(outcome.inlineRan, false, 'an injected inline script ran');
    assert.equal(await page.evaluate(() => window.__keylessEvalRan === true), false, 'a string passed to setTimeout was evaluated');
    assert.match(outcome.fetch, /^refused/, 'a fetch to another host was not refused');
    assert.equal(outcome.baseApplied, false, 'an injected <base> changed the document base URL');
    const seen = await cspViolations(page);
    t.diagnostic(`violations provoked: ${seen.map((v) => v.directive).join(', ')}`);
    assert.ok(!kp.requests.some((r) => r.url.startsWith('https://keyless-e2e-canary.invalid')),
      'the blocked fetch still left the page');
    assert.ok(!server.requests.slice(servedBefore).some((r) => r.path === '/index.html'),
      'the blocked <object> still fetched its data');
    // Take the probe <object> out again: axe checks the page at the end, and an
    // unlabelled <object> outside any landmark is this test's doing, not the page's.
    await page.evaluate(() => document.querySelectorAll('object').forEach((o) => o.remove()));
  });
});
