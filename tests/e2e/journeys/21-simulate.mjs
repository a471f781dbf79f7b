// Journey 21: "Would this run be allowed?". The generated policy admits a push to its branch,
// refuses a job with an environment and names the condition that refused it; a pasted token
// payload is evaluated as is; bad input is reported clearly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from '../lib/harness.mjs';
import { axeEveryMode } from '../lib/axe.mjs';

test('21 would this run be allowed', async (t) => {
  await withPage(t, async (kp) => {
    const { page } = kp;
    await page.locator('[data-testid=tab-simulate]').click();
    const decision = page.locator('[data-testid=sim-decision]');
    await decision.waitFor();
    assert.equal(await decision.textContent(), 'Allowed');

    await page.locator('#sim-kind').selectOption('environment');
    await page.locator('#sim-environment').fill('production');
    await page.locator('[data-testid=sim-decision]', { hasText: 'Refused' }).waitFor();
    const failure = await page.locator('[data-testid=sim-failure]').first().textContent();
    assert.match(failure, /environment:production/);
    assert.match(failure, /StringEquals/);
    assert.match(await page.locator('[data-testid=sim-claims]').textContent(), /repo:octo-org\/octo-repo:environment:production/);
    await axeEveryMode(page, 'a refused run and its failed condition shown', { t });

    await t.test('a pasted token payload', async () => {
      await page.locator('#sim-token').fill(JSON.stringify({
        iss: 'https://token.actions.githubusercontent.com', aud: 'sts.amazonaws.com',
        sub: 'repo:octo-org/octo-repo:ref:refs/heads/main', exp: 1767225600,
      }));
      await page.locator('[data-testid=sim-decision]', { hasText: 'Allowed' }).waitFor();
    });

    await t.test("it starts from a run the form's scope admits", async () => {
      await page.goto(kp.url('tool=simulate&scope=environment&environment=prod,staging'));
      await page.reload();
      await page.locator('[data-testid=sim-decision]', { hasText: 'Allowed' }).waitFor();
      assert.equal(await page.locator('#sim-kind').inputValue(), 'environment');
      assert.equal(await page.locator('#sim-environment').inputValue(), 'prod');
    });

    await t.test('bad input gives a clear message', async (st) => {
      await page.locator('#sim-token').fill('{"sub": ');
      const err = page.locator('[data-testid=sim-error]');
      await err.waitFor();
      assert.match(await err.textContent(), /line 1/);
      await axeEveryMode(page, 'a token error shown', { t: st });
      await page.locator('#sim-token').fill('');
      await page.locator('#sim-policy').fill('\u0000');
      await err.waitFor();
      await page.locator('#sim-policy').fill('');
      await decision.waitFor();
      assert.deepEqual(kp.pageErrors, []);
    });
  });
});
