// Journey 13: Keyless embedded in a wiki page (fixtures/embed-host.html).
//
// The host page and a copy of dist/ are served together by a second static
// server (lib/staging.mjs), so dist/ itself is untouched. The host embeds the
// app with #embed=1, listens for {type: "keyless:height"} messages and sizes
// the iframe from them.
//
// Sandboxed frames (sandbox="allow-scripts allow-downloads", no
// allow-same-origin) run with an opaque origin, so every subresource request of
// the hosted index.html (module script, wasm, stylesheet) is cross-origin: it
// only loads from a host that answers with Access-Control-Allow-Origin (GitHub
// Pages does; the plain test server does not). The single file keyless.html
// needs no request at all and works in such a frame from any host.
//
// axe (lib/harness.mjs, at the end of each withPage) checks the host page with
// the frame in it; embed mode has no toggle or switcher, so lib/axe.mjs switches
// the frame's theme and language by its link, as a host page would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { withPage, harness } from '../lib/harness.mjs';
import { ARTIFACTS, downloadName } from '../lib/keyless-page.mjs';
import { stageSite } from '../lib/staging.mjs';
import { recordCspViolations, cspViolations, describeViolations } from '../lib/csp.mjs';
import {
  keylessFrame, heightMessages, waitForHeightMessages, contentHeight, iframeHeight, waitForIframeHeight,
} from '../lib/embed.mjs';

const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };

/** One frame, rendered; returns { kf, frame }. */
async function open(page, url, id) {
  await page.goto(url);
  const kf = await keylessFrame(page, id);
  return { kf, frame: kf.page };
}

async function expectEmbedChrome(frame) {
  const shape = await frame.evaluate(() => {
    const h1s = [...document.querySelectorAll('h1')];
    const box = h1s[0]?.getBoundingClientRect();
    return {
      headers: document.querySelectorAll('header, .page-header').length,
      footers: document.querySelectorAll('footer, .page-footer').length,
      toggles: document.querySelectorAll('[data-testid="theme-toggle"]').length,
      offline: document.querySelectorAll('[data-testid="offline-copy"]').length,
      h1s: h1s.map((h) => h.textContent.trim()),
      h1Box: box && { w: box.width, h: box.height },
      h1Display: h1s[0] && getComputedStyle(h1s[0]).display,
    };
  });
  assert.equal(shape.headers, 0, 'the header is shown in embed mode');
  assert.equal(shape.footers, 0, 'the footer is shown in embed mode');
  assert.equal(shape.toggles, 0, 'the theme toggle (header) is shown in embed mode');
  assert.equal(shape.offline, 0, 'the offline-copy link is shown in embed mode');
  assert.deepEqual(shape.h1s, ['Keyless'], 'embed mode should keep exactly one h1, "Keyless"');
  assert.ok(shape.h1Box.w <= 1 && shape.h1Box.h <= 1, `the h1 is not visually hidden (${JSON.stringify(shape.h1Box)})`);
  assert.notEqual(shape.h1Display, 'none', 'the h1 is display:none (hidden from assistive technology too)');
}

/**
 * Waits until the iframe is as tall as the frame's content and the last height
 * message says so; returns that height. With { exact: false } it only waits
 * until the iframe is as tall as the last message says (for an unstyled page,
 * whose overflow makes scrollHeight exceed the root box).
 */
async function expectFrameFollows(page, frame, id, what, { exact = true } = {}) {
  const h = await contentHeight(frame);
  if (exact) {
    await waitForIframeHeight(page, id, h, { what });
    const last = (await heightMessages(page, id)).at(-1);
    assert.ok(Math.abs(last.data.height - h) <= 2, `last height message ${last.data.height} != content height ${h}`);
    return h;
  }
  const last = (await heightMessages(page, id)).at(-1);
  assert.ok(last.data.height >= h - 2, `last height message ${last.data.height} is less than the content height ${h}`);
  await waitForIframeHeight(page, id, last.data.height, { what });
  return last.data.height;
}

/** Copy inside a frame: either it works, or the status says so and the text is selected. */
async function expectCopyWorksOrFallsBack(kf, name) {
  await kf.copyButton(name).click();
  await kf.page.waitForFunction(() => (document.querySelector('[data-testid="status"]')?.textContent.trim() ?? '') !== '');
  const status = (await kf.status.textContent()).trim();
  if (status.includes('Copied')) return { copied: true, status };
  assert.match(status, /could not copy|clipboard/i, `unexpected status after Copy: ${JSON.stringify(status)}`);
  const selected = await kf.page.evaluate(() => {
    const sel = getSelection();
    return sel.rangeCount ? sel.getRangeAt(0).toString() : '';
  });
  assert.equal(selected, await kf.artifactText(name), 'after a refused copy the artifact text is not selected');
  return { copied: false, status };
}

async function expectDownload(page, kf, name) {
  const [dl] = await Promise.all([page.waitForEvent('download'), kf.downloadButton(name).click()]);
  assert.equal(await dl.failure(), null);
  assert.equal(dl.suggestedFilename(), downloadName(name));
  assert.equal(fs.readFileSync(await dl.path(), 'utf8'), await kf.artifactText(name));
}

async function expectNoViolations(frame) {
  const seen = await cspViolations(frame);
  assert.ok(Array.isArray(seen), 'the CSP violation recorder is not installed in the frame');
  assert.deepEqual(seen, [], `CSP violations in the frame:\n${describeViolations(seen)}`);
}

test('13 embedded in a wiki page: no header or footer, height messages size the iframe', async (t) => {
  const site = await stageSite({ fixtures: ['embed-host.html'], tag: 'embed' });
  t.after(() => site.close());
  await withPage(t, { goto: false, initScript: recordCspViolations, contextOptions: CLIPBOARD }, async (kp, { page }) => {
    const { kf, frame } = await open(page,
      `${site.server.url}embed-host.html?only=keyless&link=${encodeURIComponent('environment=production')}`, 'keyless');
    await kf.waitForArtifacts();

    await t.test('embed mode: no header, footer or toggle; one visually hidden h1; the link applies', async () => {
      await expectEmbedChrome(frame);
      assert.equal(await kf.value('owner'), 'wiki-org');
      await kf.waitForArtifactText('trust-policy', { includes: ['wiki-org/wiki-repo'] });
    });

    let h0;
    await t.test('the host gets a height message from the frame and the iframe follows', async () => {
      await waitForHeightMessages(page, 'keyless', 1);
      const [first] = await heightMessages(page, 'keyless');
      assert.equal(first.origin, site.server.origin, 'height message from an unexpected origin');
      assert.ok(Number.isInteger(first.data.height) && first.data.height > 200, `odd height ${first.data.height}`);
      h0 = await expectFrameFollows(page, frame, 'keyless', 'after loading');
      t.diagnostic(`frame content ${h0}px; iframe ${await iframeHeight(page, 'keyless')}px`);
    });

    await t.test('messages only when the height changes', async () => {
      const before = (await heightMessages(page, 'keyless')).length;
      // A render that changes no height: the status line is position: fixed.
      await kf.copyButton('cli').click();
      await kf.page.waitForFunction(() => document.querySelector('[data-testid="status"]')?.textContent.includes('Copied'));
      await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const msgs = await heightMessages(page, 'keyless');
      assert.equal(msgs.length, before, `a render without a height change posted ${msgs.length - before} message(s)`);
      for (let i = 1; i < msgs.length; i++) {
        assert.notEqual(msgs[i].data.height, msgs[i - 1].data.height, 'two consecutive messages with the same height');
      }
    });

    // Go once round every access scope and back, measuring the content after
    // each change. A change to a height above every height so far must grow the
    // iframe; a change to a lower height must shrink it. (Growth below an
    // earlier height, and any shrink after a failed one, is only judged while
    // every shrink worked: otherwise the iframe may still be taller from before.)
    const scopes = await kf.field('scope').evaluate((el) => [...el.options].map((o) => o.value));
    const start = await kf.value('scope');
    const cycle = [...scopes.slice(scopes.indexOf(start) + 1), ...scopes.slice(0, scopes.indexOf(start) + 1)];
    const grows = [];
    const shrinks = [];
    let previous = h0;
    let highest = h0;
    for (const scope of cycle) {
      await kf.set('scope', scope);
      await kf.waitForFragment('scope', scope);
      const h = await contentHeight(frame);
      const step = { scope, from: previous, to: h };
      const shrinking = h < previous - 2;
      const judged = h > highest + 2 || (h > previous + 2 && shrinks.every((x) => x.ok))
        // one failed shrink shows the bug; the next ones would only wait again
        || (shrinking && shrinks.every((x) => x.ok));
      if (judged) {
        try {
          await waitForIframeHeight(page, 'keyless', h, { what: `scope ${scope}`, timeout: shrinking ? 5_000 : undefined });
          step.ok = true;
        } catch (err) {
          step.ok = false;
          const inside = await frame.evaluate(() => ({ scrollHeight: document.documentElement.scrollHeight, innerHeight }));
          step.error = `${err.message.split('\n')[0]}; inside the frame: documentElement.scrollHeight `
            + `${inside.scrollHeight}, innerHeight ${inside.innerHeight}, content ${h}`;
        }
        (shrinking ? shrinks : grows).push(step);
      }
      previous = h;
      highest = Math.max(highest, h);
    }
    const show = (steps) => steps.map((x) => `${x.scope} ${x.from}->${x.to}px ${x.ok ? 'followed' : 'NOT followed'}`).join(', ');
    t.diagnostic(`scope round trip ${[start, ...cycle].join(' > ')}: grew ${show(grows) || '(never)'}; `
      + `shrank ${show(shrinks) || '(never)'}`);

    await t.test('a longer form (another access scope) grows the iframe', async () => {
      assert.ok(grows.length > 0, 'precondition: no access scope made the content taller');
      assert.deepEqual(grows.filter((x) => !x.ok).map((x) => x.error), []);
    });

    await t.test('a shorter form (another access scope) shrinks the iframe', async () => {
      assert.ok(shrinks.length > 0, 'precondition: no access scope made the content shorter');
      assert.deepEqual(shrinks.filter((x) => !x.ok).map((x) => x.error), []);
    });

    await t.test('Copy and Download work inside the frame', async () => {
      await kf.waitForArtifacts();
      const { copied, status } = await expectCopyWorksOrFallsBack(kf, 'trust-policy');
      assert.ok(copied, `a same-origin frame could not copy: ${status}`);
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await kf.artifactText('trust-policy'));
      for (const name of ARTIFACTS) await expectDownload(page, kf, name);
    });

    await t.test('a narrower host page (no render in the app) re-measures the frame', async () => {
      const wide = await contentHeight(frame);
      await page.setViewportSize({ width: 600, height: 900 });
      await page.waitForFunction(() => document.getElementById('keyless').clientWidth < 600);
      await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const narrow = await contentHeight(frame);
      assert.ok(narrow > wide, `precondition: a narrower frame should make the content taller than ${wide}px, it is ${narrow}px`);
      await waitForIframeHeight(page, 'keyless', narrow, { what: 'after the host got narrower', timeout: 5_000 });
    });

    await t.test('no CSP violation in the frame, no error in the host', async () => {
      await expectNoViolations(frame);
      assert.deepEqual(kp.pageErrors, []);
    });
  });
});

test('13 embedded from another origin: the message names the app\'s origin, the theme link applies', async (t) => {
  const site = await stageSite({ fixtures: ['embed-host.html'], tag: 'embed-host' });
  t.after(() => site.close());
  const { server: app } = await harness();
  assert.notEqual(site.server.origin, app.origin);
  await withPage(t, { goto: false, initScript: recordCspViolations }, async (kp, { page }) => {
    const q = new URLSearchParams({ only: 'keyless', base: app.url, link: 'theme=dark' });
    const { kf, frame } = await open(page, `${site.server.url}embed-host.html?${q}`, 'keyless');
    await kf.waitForArtifacts();
    assert.equal(await frame.evaluate(() => location.origin), app.origin);
    await expectEmbedChrome(frame);
    assert.equal(await frame.evaluate(() => document.documentElement.getAttribute('data-theme')), 'dark');
    await waitForHeightMessages(page, 'keyless', 1);
    const msgs = await heightMessages(page, 'keyless');
    assert.deepEqual([...new Set(msgs.map((m) => m.origin))], [app.origin]);
    await expectFrameFollows(page, frame, 'keyless', 'cross-origin');
    await kf.set('scope', 'any-branch');
    await kf.waitForFragment('scope', 'any-branch');
    await kf.waitForFragment('theme', 'dark');
    await expectFrameFollows(page, frame, 'keyless', 'cross-origin, after growing');
    await expectNoViolations(frame);
  });
});

test('13 sandboxed frame (no allow-same-origin) with the single file keyless.html', async (t) => {
  const site = await stageSite({ fixtures: ['embed-host.html'], tag: 'embed-sandbox' });
  t.after(() => site.close());
  await withPage(t, { goto: false, initScript: recordCspViolations }, async (kp, { page }) => {
    const { kf, frame } = await open(page,
      `${site.server.url}embed-host.html?only=keyless-sandboxed&sandboxed=keyless.html`, 'keyless-sandboxed');
    await kf.waitForArtifacts();
    assert.equal(await frame.evaluate(() => origin), 'null', 'the sandboxed frame does not have an opaque origin');
    await kf.waitForArtifactText('trust-policy', { includes: ['sandbox-org/sandbox-repo'] });
    await expectEmbedChrome(frame);
    assert.equal(await frame.evaluate(() => getComputedStyle(document.querySelector('.layout')).display), 'grid',
      'the page is unstyled in the sandboxed frame');

    await waitForHeightMessages(page, 'keyless-sandboxed', 1);
    const [first] = await heightMessages(page, 'keyless-sandboxed');
    assert.equal(first.origin, 'null');
    await expectFrameFollows(page, frame, 'keyless-sandboxed', 'sandboxed');

    const { copied, status } = await expectCopyWorksOrFallsBack(kf, 'workflow');
    t.diagnostic(copied ? 'Copy works in the sandboxed frame' : `Copy falls back in the sandboxed frame: ${status}`);
    await expectDownload(page, kf, 'cli');
    await expectNoViolations(frame);
    assert.deepEqual(kp.pageErrors, []);
  });
});

test('13 sandboxed frame with the hosted index.html, from a host that sends CORS headers', async (t) => {
  // Like GitHub Pages, which answers every file with Access-Control-Allow-Origin: *.
  const site = await stageSite({
    fixtures: ['embed-host.html'], tag: 'embed-cors', headers: { 'Access-Control-Allow-Origin': '*' },
  });
  t.after(() => site.close());
  await withPage(t, { goto: false, initScript: recordCspViolations }, async (kp, { page }) => {
    const { kf, frame } = await open(page, `${site.server.url}embed-host.html?only=keyless-sandboxed`, 'keyless-sandboxed');

    await t.test('artifacts render, the height message arrives, Copy works or falls back', async () => {
      await kf.waitForArtifacts();
      assert.equal(await frame.evaluate(() => origin), 'null');
      await kf.waitForArtifactText('trust-policy', { includes: ['sandbox-org/sandbox-repo'] });
      await waitForHeightMessages(page, 'keyless-sandboxed', 1);
      await expectFrameFollows(page, frame, 'keyless-sandboxed', 'sandboxed index.html');
      const { copied, status } = await expectCopyWorksOrFallsBack(kf, 'trust-policy');
      t.diagnostic(copied ? 'Copy works in the sandboxed frame' : `Copy falls back in the sandboxed frame: ${status}`);
      await expectDownload(page, kf, 'permission-policy');
      await expectNoViolations(frame);
      assert.deepEqual(kp.pageErrors, []);
    });

    await t.test('the stylesheet applies', async () => {
      const display = await frame.evaluate(() => getComputedStyle(document.querySelector('.layout')).display);
      const sheets = await frame.evaluate(() => document.styleSheets.length);
      assert.equal(display, 'grid', `the page is unstyled in the sandboxed frame (${sheets} stylesheet(s) loaded)`);
    });
  });
});
