// Journey 8: axe-core finds no accessibility violations (all of axe's default
// rules: WCAG A/AA and best practices), in light and dark, English and Korean
// (lib/axe.mjs switches them with the page's toggle and language switcher).
// Every other journey is checked the same way where it ends (lib/harness.mjs).
import { test } from 'node:test';
import { withPage } from '../lib/harness.mjs';
import { axeEveryMode } from '../lib/axe.mjs';

test('08 accessibility: no axe violations', async (t) => {
  await withPage(t, { axeAtEnd: 'its last step checks the page as it ends, in every mode' }, async (kp, { page }) => {
    await t.test('the loaded page', async (st) => {
      await kp.waitForArtifacts();
      await axeEveryMode(page, 'the loaded page', { t: st });
    });
    await t.test('with a field error and problems shown', async (st) => {
      await kp.set('account', '12345');
      await kp.error('account').waitFor();
      await kp.problem('workflow').waitFor();
      await axeEveryMode(page, 'a field error and problems shown', { t: st });
    });
  });
});
