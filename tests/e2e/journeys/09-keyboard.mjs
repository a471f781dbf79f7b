// Journey 9: Tab from the top of the page reaches the owner input and every
// copy button, and the focused element shows a visible outline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from '../lib/harness.mjs';
import { ARTIFACTS } from '../lib/keyless-page.mjs';

const MAX_TABS = 150;

test('09 keyboard: Tab reaches the owner input and the copy buttons, with a visible focus', async (t) => {
  await withPage(t, async (kp, { page }) => {
    await kp.waitForArtifacts();
    const wanted = new Map([['#owner', null], ...ARTIFACTS.map((n) => [`copy-${n}`, null])]);
    const order = [];
    const key = (f) => (f?.id === 'owner' ? '#owner' : f?.testid);
    let first = null;
    let current = await kp.focused(); // an autofocused element counts as reached
    for (let i = 0; i <= MAX_TABS; i++) {
      if (current) {
        const label = current.id ? `#${current.id}` : current.testid ?? current.tag;
        if (first === label && order.length > 1) break; // wrapped around
        first ??= label;
        order.push(label);
        if (wanted.has(key(current)) && !wanted.get(key(current))) wanted.set(key(current), current);
      }
      if ([...wanted.values()].every(Boolean)) break;
      await page.keyboard.press('Tab');
      current = await kp.focused();
    }
    t.diagnostic(`tab order: ${order.join(' > ')}`);
    for (const [what, f] of wanted) {
      assert.ok(f, `Tab never reached ${what} (tab order: ${order.join(' > ')})`);
      assert.notEqual(f.outlineStyle, 'none', `${what} has no focus outline (outline-style: none)`);
      assert.ok(parseFloat(f.outlineWidth) > 0, `${what} focus outline has zero width (${f.outlineWidth})`);
    }
  });
});
