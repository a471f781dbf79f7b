// Journey 10: a screenshot of the page as it loads (example values filled in).
// Written to docs/screenshot.png when KEYLESS_SCREENSHOT=1 (for the README),
// otherwise to tests/e2e/out/screenshot.png so a test run leaves the tree clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { withPage, OUT_DIR, REPO_ROOT } from '../lib/harness.mjs';

const target = process.env.KEYLESS_SCREENSHOT === '1'
  ? path.join(REPO_ROOT, 'docs', 'screenshot.png')
  : path.join(OUT_DIR, 'screenshot.png');

test('10 screenshot of the loaded page', async (t) => {
  await withPage(t, { contextOptions: { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, colorScheme: 'light' } }, async (kp, { page }) => {
    await kp.waitForArtifacts();
    await page.evaluate(() => document.fonts.ready);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways at 1280px (${overflow}px too wide)`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    await page.screenshot({ path: target, fullPage: true, animations: 'disabled', caret: 'hide' });
    const png = fs.readFileSync(target);
    assert.equal(png.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'not a PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    assert.equal(width, 1280);
    assert.ok(height >= 900, `screenshot height ${height}`);
    t.diagnostic(`screenshot: ${path.relative(REPO_ROOT, target)} (${width}x${height}, ${png.length} bytes)`);
  });
});
