// Journey 22: "Explain an error". The classic refusal, pasted from a job log, gets ranked causes
// with concrete fixes, checked against the form; unknown text gets the generic advice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from '../lib/harness.mjs';

const LOG = `Run aws-actions/configure-aws-credentials@e6de054238d6b7531b4efff3b6587d9aade6a06c
  with:
    role-to-assume: arn:aws:iam::123456789012:role/ecr-push-octo-repo
    aws-region: us-east-1
Assuming role with OIDC
Assuming role with OIDC
Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity`;

test('22 explain an error', async (t) => {
  await withPage(t, async (kp) => {
    const { page } = kp;
    await page.locator('[data-testid=tab-explain]').click();
    await page.locator('#explain-text').fill(LOG);
    const causes = page.locator('[data-testid=explain-cause]');
    await causes.first().waitFor();
    assert.ok(await causes.count() >= 3, 'several ranked causes');
    const text = await page.locator('[data-testid=explain-causes]').textContent();
    assert.match(text, /environment/i);
    assert.match(text, /Fix:/);

    await t.test('unknown text gets the generic advice', async () => {
      await page.locator('#explain-text').fill('the build was slow today');
      await page.locator('[data-testid=explain-unrecognised]').waitFor();
    });

    await t.test('the no-credentials symptom points at id-token', async () => {
      await page.locator('#explain-text').fill('Error: Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers');
      await causes.first().waitFor();
      assert.match(await causes.first().textContent(), /id-token/);
      assert.deepEqual(kp.pageErrors, []);
    });
  });
});
