// Journey 3: Copy puts the exact artifact text on the clipboard, and says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage, TIMEOUT } from '../lib/harness.mjs';
import { ARTIFACTS } from '../lib/keyless-page.mjs';

const SENTINEL = 'keyless-e2e: clipboard not written yet';

/** Reads the clipboard in the page until it differs from `previous` (bounded). */
async function clipboardAfter(page, previous) {
  return page.evaluate(async ({ previous, timeout }) => {
    const deadline = performance.now() + timeout;
    for (;;) {
      const text = await navigator.clipboard.readText();
      if (text !== previous || performance.now() > deadline) return text;
      await new Promise((r) => requestAnimationFrame(r));
    }
  }, { previous, timeout: TIMEOUT });
}

test('03 copy puts the exact artifact text on the clipboard', async (t) => {
  await withPage(t, { contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } }, async (kp, { page }) => {
    await kp.setAll({ owner: 'copy-org', repo: 'copy-repo', branches: 'main,dev' });
    await kp.waitForArtifactText('trust-policy', { includes: ['copy-org/copy-repo', 'refs/heads/dev'] });
    for (const name of ARTIFACTS) {
      await t.test(`copy-${name}`, async () => {
        await page.evaluate((s) => navigator.clipboard.writeText(s), SENTINEL);
        await kp.copyButton(name).click();
        const copied = await clipboardAfter(page, SENTINEL);
        assert.notEqual(copied, SENTINEL, `clicking copy-${name} did not write the clipboard`);
        assert.equal(copied, await kp.artifactText(name), `clipboard differs from artifact-${name}`);
        await page.waitForFunction(() =>
          document.querySelector('[data-testid="status"]')?.textContent.includes('Copied'));
      });
    }
  });
});

test('03 copy reports a refused clipboard', async (t) => {
  // Every way to write the clipboard fails, as when the browser refuses it.
  const refuse = () => {
    const deny = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    if (window.Clipboard) {
      Clipboard.prototype.writeText = deny;
      Clipboard.prototype.write = deny;
    }
    Document.prototype.execCommand = () => false;
  };
  await withPage(t, { initScript: refuse }, async (kp, { page }) => {
    await kp.waitForArtifacts();
    await kp.copyButton('workflow').click();
    try {
      await page.waitForFunction(() => {
        const s = document.querySelector('[data-testid="status"]')?.textContent.trim() ?? '';
        return s && /clipboard|refus|denied|blocked|could not|couldn.t|fail|unable|not allowed/i.test(s);
      });
    } catch (err) {
      const status = await kp.status.textContent().catch(() => null);
      throw new Error(`status never reported the refusal; it says ${JSON.stringify(status)}\n(${err.message.split('\n')[0]})`);
    }
    const status = await kp.status.textContent();
    assert.ok(!status.includes('Copied'), `status claims success although the clipboard refused: ${JSON.stringify(status)}`);
  });
});
