// Journey 14: themes. Without a theme in the link the page follows the
// system colour scheme (no data-theme; CSS media query); the header toggle
// (aria-pressed) picks one, writes theme=... into the link and keeps it there.
// axe finds no violations in light and dark, whether the system or the toggle
// chose them, with and without a field error shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from '../lib/harness.mjs';
import { axeOnce } from '../lib/axe.mjs';
import { luminance, contrast } from '../lib/color.mjs';

/** data-theme, body colours and their luminance, the toggle state, the fragment's theme. */
async function themeState(page) {
  const s = await page.evaluate(() => {
    const body = getComputedStyle(document.body);
    const toggle = document.querySelector('[data-testid="theme-toggle"]');
    const theme = new URLSearchParams(location.hash.slice(1)).get('theme');
    return {
      dataTheme: document.documentElement.getAttribute('data-theme'),
      background: body.backgroundColor,
      color: body.color,
      pressed: toggle?.getAttribute('aria-pressed') ?? null,
      fragmentTheme: theme,
    };
  });
  s.backgroundLuminance = luminance(s.background);
  s.textContrast = contrast(s.background, s.color);
  return s;
}

const isDark = (s) => s.backgroundLuminance < 0.05;
const isLight = (s) => s.backgroundLuminance > 0.8;

async function expectLooks(page, want, why) {
  const s = await themeState(page);
  const ok = want === 'dark' ? isDark(s) : isLight(s);
  assert.ok(ok, `${why}: expected a ${want} page, body background is ${s.background} (luminance ${s.backgroundLuminance.toFixed(3)})`);
  assert.ok(s.textContrast >= 7, `${why}: body text contrast only ${s.textContrast.toFixed(2)}:1`);
  return s;
}

/** Clicks the toggle and waits until data-theme is `want`. */
async function toggleTo(kp, want) {
  await kp.page.locator('[data-testid="theme-toggle"]').click();
  await kp.page.waitForFunction((want) => document.documentElement.getAttribute('data-theme') === want, want);
  await kp.waitForFragment('theme', want);
}

// One axe run per state: the theme here is the one the system or the toggle chose
// (lib/harness.mjs also checks each journey's end in every mode).
async function axeWithFieldError(t, kp, label) {
  await axeOnce(kp.page, label, { t });
  const before = await kp.value('account');
  await kp.set('account', '12345');
  await kp.error('account').waitFor();
  await kp.problem('workflow').waitFor();
  await axeOnce(kp.page, `${label}, with a field error`, { t });
  await kp.set('account', before);
  await kp.waitForArtifacts();
}

test('14 dark system scheme: dark page without data-theme; the toggle switches and keeps the choice', async (t) => {
  await withPage(t, { contextOptions: { colorScheme: 'dark' } }, async (kp, { page }) => {
    await kp.waitForArtifacts();

    await t.test('follows the system: no data-theme, dark body, toggle pressed', async () => {
      const s = await expectLooks(page, 'dark', 'system dark');
      assert.equal(s.dataTheme, null, 'data-theme is set although the link has no theme');
      assert.equal(s.fragmentTheme, null, 'theme= was written into the link without a choice');
      assert.equal(s.pressed, 'true', 'the dark-theme toggle does not show as pressed on a dark page');
    });

    await t.test('axe: dark via the system', async (st) => {
      await axeWithFieldError(st, kp, 'system dark');
    });

    await t.test('toggle -> light: data-theme and theme=light in the link', async () => {
      await toggleTo(kp, 'light');
      const s = await expectLooks(page, 'light', 'toggled light');
      assert.equal(s.pressed, 'false');
    });

    await t.test('axe: light via the toggle (system dark)', async (st) => {
      await axeWithFieldError(st, kp, 'toggled light');
    });

    await t.test('toggle -> dark; editing a field keeps theme=dark; a reload restores it', async () => {
      await toggleTo(kp, 'dark');
      assert.equal((await expectLooks(page, 'dark', 'toggled dark')).pressed, 'true');
      await kp.set('owner', 'theme-org');
      await kp.waitForFragment('owner', 'theme-org');
      await kp.waitForFragment('theme', 'dark');
      const history = await page.evaluate(() => history.length);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.reload();
      await kp.waitForArtifacts();
      const s = await expectLooks(page, 'dark', 'reloaded with theme=dark under a light system');
      assert.equal(s.dataTheme, 'dark');
      assert.equal(s.pressed, 'true');
      assert.equal(await kp.value('owner'), 'theme-org');
      assert.equal(await page.evaluate(() => history.length), history, 'the theme toggle added history entries');
    });
  });
});

test('14 light system scheme: light page; the toggle makes it dark', async (t) => {
  await withPage(t, { contextOptions: { colorScheme: 'light' } }, async (kp, { page }) => {
    await kp.waitForArtifacts();
    await t.test('follows the system: no data-theme, light body, toggle not pressed', async () => {
      const s = await expectLooks(page, 'light', 'system light');
      assert.equal(s.dataTheme, null);
      assert.equal(s.pressed, 'false');
    });
    await t.test('axe: light via the system', async (st) => {
      await axeWithFieldError(st, kp, 'system light');
    });
    await t.test('toggle -> dark', async () => {
      await toggleTo(kp, 'dark');
      assert.equal((await expectLooks(page, 'dark', 'toggled dark')).pressed, 'true');
    });
    await t.test('axe: dark via the toggle (system light)', async (st) => {
      await axeWithFieldError(st, kp, 'toggled dark');
    });
  });
});

test('14 a link with a theme wins over the system scheme', async (t) => {
  await t.test('#theme=light under a dark system', async (st) => {
    await withPage(st, { fragment: 'theme=light', contextOptions: { colorScheme: 'dark' } }, async (kp, { page }) => {
      await kp.waitForArtifacts();
      const s = await expectLooks(page, 'light', '#theme=light, system dark');
      assert.equal(s.dataTheme, 'light');
      assert.equal(s.pressed, 'false');
    });
  });
  await t.test('#theme=dark under a light system', async (st) => {
    await withPage(st, { fragment: 'owner=link-org&theme=dark', contextOptions: { colorScheme: 'light' } }, async (kp, { page }) => {
      await kp.waitForArtifacts();
      const s = await expectLooks(page, 'dark', '#theme=dark, system light');
      assert.equal(s.dataTheme, 'dark');
      assert.equal(s.pressed, 'true');
      assert.equal(await kp.value('owner'), 'link-org');
    });
  });
});

test('14 the toggle follows a system change; a link opened in the same tab applies its theme', async (t) => {
  await t.test('the toggle follows a system scheme change while the page is open', async (st) => {
    await withPage(st, { contextOptions: { colorScheme: 'dark' } }, async (kp, { page }) => {
      await kp.waitForArtifacts();
      await page.emulateMedia({ colorScheme: 'light' });
      await expectLooks(page, 'light', 'system switched to light');
      const problems = [];
      const pressed = await page.locator('[data-testid="theme-toggle"]').getAttribute('aria-pressed');
      if (pressed !== 'false') problems.push(`the page is light but the dark-theme toggle says aria-pressed=${pressed}`);
      await page.locator('[data-testid="theme-toggle"]').click();
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-theme'));
      const s = await themeState(page);
      if (!isDark(s)) problems.push(`the first click on the toggle left the light page light (data-theme=${s.dataTheme})`);
      assert.deepEqual(problems, []);
    });
  });

  await t.test('opening a link with a theme in the same tab applies it', async (st) => {
    await withPage(st, { contextOptions: { colorScheme: 'light' } }, async (kp, { page }) => {
      await kp.waitForArtifacts();
      await page.evaluate(() => { location.hash = 'owner=other-org&theme=dark'; });
      await kp.waitForArtifactText('trust-policy', { includes: ['other-org/'] });
      const s = await themeState(page);
      assert.equal(s.fragmentTheme, 'dark', `the link's theme=dark was rewritten to ${s.fragmentTheme}`);
      assert.equal(s.dataTheme, 'dark', `data-theme is ${s.dataTheme} after opening a theme=dark link`);
    });
  });
});
