// Journey 15: a real task with the keyboard only, in light and dark. From
// the top of the page: Tab to the owner, type it; Tab to the repository, type
// it; Tab to the access scope and change it with the arrow keys; Tab to the
// environment and the account and type them; Tab to the trust policy's Copy
// button and press Enter; the status says it was copied and the clipboard holds
// the policy; Tab, Enter downloads it. Every element that takes focus on the
// way shows a visible focus indicator (outline or ring, at least 2px, 3:1
// against the background next to it). No mouse event reaches the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { withPage } from '../lib/harness.mjs';
import { parseColor, contrast, opaqueBackgroundOf } from '../lib/color.mjs';

const MAX_TABS_PER_HOP = 80;
const SELECT_ALL = 'ControlOrMeta+A';

// Counts pointer and mouse events that reach the page (there must be none).
function countPointerEvents() {
  window.__keylessPointerEvents = 0;
  for (const type of ['pointerdown', 'mousedown', 'click']) {
    window.addEventListener(type, (e) => {
      if (e.type === 'click' && e.detail === 0) return; // Enter/Space on a button: a synthetic click
      window.__keylessPointerEvents++;
    }, true);
  }
}

/** The focused element and its focus indicator, or null when the body has focus. */
async function focusInfo(page) {
  const el = await page.evaluateHandle(() => document.activeElement);
  const info = await el.evaluate((e) => {
    if (!e || e === document.body || e === document.documentElement) return null;
    const cs = getComputedStyle(e);
    return {
      label: e.id ? `#${e.id}` : e.getAttribute('data-testid') ?? `${e.tagName.toLowerCase()}${e.getAttribute('role') ? `[role=${e.getAttribute('role')}]` : ''}`,
      id: e.id || null,
      testid: e.getAttribute('data-testid'),
      tag: e.tagName.toLowerCase(),
      value: 'value' in e ? e.value : null,
      outlineStyle: cs.outlineStyle,
      outlineWidth: parseFloat(cs.outlineWidth) || 0,
      outlineColor: cs.outlineColor,
      boxShadow: cs.boxShadow,
      focusVisible: e.matches(':focus-visible'),
    };
  });
  if (info) {
    const parent = await el.evaluateHandle((e) => e.parentElement ?? e);
    info.around = await parent.evaluate(opaqueBackgroundOf);
    await parent.dispose();
  }
  await el.dispose();
  return info;
}

/** Problems with the focus indicator of `f` (empty when it is visible). */
function indicatorProblems(f) {
  const problems = [];
  if (!f.focusVisible) problems.push('does not match :focus-visible after keyboard focus');
  const ring = f.boxShadow && f.boxShadow !== 'none';
  if (f.outlineStyle === 'none' || f.outlineWidth === 0) {
    if (!ring) problems.push(`no outline (outline: ${f.outlineStyle} ${f.outlineWidth}px) and no box-shadow ring`);
    return problems;
  }
  if (f.outlineWidth < 2) problems.push(`outline only ${f.outlineWidth}px wide`);
  const color = parseColor(f.outlineColor);
  if (color.a < 0.99) problems.push(`outline colour ${f.outlineColor} is not opaque`);
  const ratio = contrast(f.outlineColor, f.around);
  if (ratio < 3) problems.push(`outline ${f.outlineColor} has only ${ratio.toFixed(2)}:1 against ${f.around}`);
  return problems;
}

/**
 * Presses Tab until `want(focused)` holds, checking the focus indicator of
 * every element focused on the way. Returns the focused info.
 */
async function tabUntil(page, visited, what, want) {
  for (let i = 0; i < MAX_TABS_PER_HOP; i++) {
    await page.keyboard.press('Tab');
    const f = await focusInfo(page);
    if (!f) continue;
    visited.push(f);
    const problems = indicatorProblems(f);
    assert.deepEqual(problems, [], `${f.label} has no visible focus indicator: ${problems.join('; ')}`);
    if (want(f)) return f;
  }
  throw new Error(`Tab did not reach ${what} within ${MAX_TABS_PER_HOP} presses; `
    + `visited: ${visited.slice(-MAX_TABS_PER_HOP).map((v) => v.label).join(' > ')}`);
}

/** Replaces the focused text field's value by typing (select all, then type). */
async function typeInto(kp, id, text) {
  await kp.page.keyboard.press(SELECT_ALL);
  await kp.page.keyboard.type(text);
  assert.equal(await kp.value(id), text, `typing into #${id} gave ${JSON.stringify(await kp.value(id))}`);
  await kp.waitForFragment(id, text);
}

for (const scheme of ['light', 'dark']) {
  test(`15 keyboard only (${scheme}): fill the form, copy and download the trust policy`, async (t) => {
    await withPage(t, {
      initScript: countPointerEvents,
      contextOptions: { colorScheme: scheme, permissions: ['clipboard-read', 'clipboard-write'] },
    }, async (kp, { page }) => {
      await kp.waitForArtifacts();
      await page.evaluate(() => navigator.clipboard.writeText('keyless-e2e: not copied yet'));
      const visited = [];
      const byId = (id) => (f) => f.id === id;

      await tabUntil(page, visited, '#owner', byId('owner'));
      await typeInto(kp, 'owner', 'kbd-org');
      await tabUntil(page, visited, '#repo', byId('repo'));
      await typeInto(kp, 'repo', 'kbd-repo');

      await tabUntil(page, visited, '#scope', byId('scope'));
      for (let i = 0; i < 4 && (await kp.value('scope')) !== 'environment'; i++) {
        await page.keyboard.press((await kp.value('scope')) === 'branches' ? 'ArrowDown' : 'ArrowUp');
      }
      assert.equal(await kp.value('scope'), 'environment', 'the arrow keys did not reach scope "environment"');
      await kp.waitForFragment('scope', 'environment');

      await tabUntil(page, visited, '#environment', byId('environment'));
      await typeInto(kp, 'environment', 'production');
      await tabUntil(page, visited, '#account', byId('account'));
      await typeInto(kp, 'account', '098765432109');

      await kp.waitForArtifactText('trust-policy', { includes: ['kbd-org/kbd-repo', 'production', '098765432109'] });
      await tabUntil(page, visited, 'the trust policy\'s Copy button', (f) => f.testid === 'copy-trust-policy');
      await page.keyboard.press('Enter');
      try {
        await page.waitForFunction(() => document.querySelector('[data-testid="status"]')?.textContent
          .includes('Copied trust-policy.json'));
      } catch (err) {
        throw new Error(`status after Enter on Copy: ${JSON.stringify(await kp.status.textContent())}\n(${err.message.split('\n')[0]})`);
      }
      const policy = await kp.artifactText('trust-policy');
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), policy);

      await tabUntil(page, visited, 'the trust policy\'s Download button', (f) => f.testid === 'download-trust-policy');
      const [dl] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      assert.equal(dl.suggestedFilename(), 'trust-policy.json');
      assert.equal(fs.readFileSync(await dl.path(), 'utf8'), policy);

      assert.equal(await page.evaluate(() => window.__keylessPointerEvents), 0, 'mouse events reached the page');
      t.diagnostic(`${visited.length} focus stops, each with a visible indicator: `
        + visited.map((v) => v.label).join(' > '));
    });
  });
}
