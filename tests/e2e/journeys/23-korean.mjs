// Journey 23: the page in Korean. The browser language chooses it, `lang=` in the link keeps it,
// the switcher changes it; the generated files stay the same (they are code); axe finds no
// violation in Korean, in both themes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from '../lib/harness.mjs';
import { ARTIFACTS } from '../lib/keyless-page.mjs';
import { axeOnce } from '../lib/axe.mjs';

test('23 an English browser opening a lang=ko link gets Korean', async (t) => {
  await withPage(t, { contextOptions: { locale: 'en-US' }, fragment: 'lang=ko' }, async (kp) => {
    await kp.page.locator('[data-testid=copy-trust-policy]', { hasText: '복사' }).waitFor();
    assert.equal(await kp.page.evaluate(() => document.documentElement.lang), 'ko');
  });
});

test('23 a Korean browser gets the page in Korean; the files do not change', async (t) => {
  await withPage(t, { contextOptions: { locale: 'ko-KR' } }, async (kp) => {
    const { page } = kp;
    await kp.waitForArtifacts();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
    assert.match(await page.locator('legend').first().textContent(), /리포지토리/);
    assert.equal(await page.locator('[data-testid=copy-trust-policy]').textContent(), '복사');
    const korean = await kp.artifactTexts();

    // Korean as the browser chose it, in the theme the system chose (lib/harness.mjs
    // also checks the end of the journey in every mode, with the switchers).
    await t.test('axe: no violations in Korean, light and dark, with an error shown', async (st) => {
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        await axeOnce(page, `Korean browser, ${scheme} system`, { t: st });
      }
      await kp.set('account', '12');
      await kp.error('account').waitFor();
      await axeOnce(page, 'Korean browser, dark system, with an error', { t: st });
      await kp.set('account', '123456789012');
      await kp.waitForArtifacts();
    });

    await t.test('the switcher changes the language and the link keeps it', async () => {
      await page.locator('#lang').selectOption('en');
      await page.locator('[data-testid=copy-trust-policy]', { hasText: 'Copy' }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      await kp.waitForFragment('lang', 'en');
      const english = await kp.artifactTexts();
      for (const n of ARTIFACTS) assert.equal(english[n], korean[n], `${n} differs between languages`);
    });

    await t.test('a link with lang=en wins over the Korean browser language', async () => {
      await page.goto(kp.url('lang=en&owner=acme'));
      await page.reload();
      await page.locator('[data-testid=copy-trust-policy]', { hasText: 'Copy' }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    });

    await t.test('a link with lang=ko gives Korean', async () => {
      await page.goto(kp.url('lang=ko&owner=acme'));
      await page.reload();
      await page.locator('[data-testid=copy-trust-policy]', { hasText: '복사' }).waitFor();
      const status = page.locator('[data-testid=status]');
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.locator('[data-testid=copy-trust-policy]').click();
      await status.filter({ hasText: '복사했습니다' }).waitFor();
    });
  });
});
