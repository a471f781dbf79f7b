// Journey 2: an invalid account shows a field error and problems instead of
// artifacts; fixing it brings the artifacts back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from '../lib/harness.mjs';
import { ARTIFACTS } from '../lib/keyless-page.mjs';

async function expectInvalidAccount(kp) {
  const error = kp.error('account');
  await error.waitFor({ state: 'visible' });
  const text = await error.textContent();
  assert.match(text, /12/, `error-account does not name the 12-digit rule: ${JSON.stringify(text)}`);
  assert.match(text, /digit/i, `error-account does not name the 12-digit rule: ${JSON.stringify(text)}`);
  assert.equal(await kp.field('account').getAttribute('aria-invalid'), 'true');
  for (const n of ARTIFACTS) {
    await kp.problem(n).waitFor({ state: 'visible' });
    assert.ok((await kp.problem(n).textContent()).trim(), `problem-${n} is empty`);
    await kp.artifact(n).waitFor({ state: 'detached' });
  }
}

async function expectValidAccount(kp, account) {
  await kp.error('account').waitFor({ state: 'detached' });
  assert.notEqual(await kp.field('account').getAttribute('aria-invalid'), 'true');
  await kp.waitForArtifacts();
  for (const n of ARTIFACTS) assert.equal(await kp.problem(n).count(), 0, `problem-${n} still shown`);
  await kp.waitForArtifactText('permission-policy', { includes: [account] });
}

test('02 an invalid account shows errors instead of artifacts until fixed', async (t) => {
  await withPage(t, async (kp) => {
    await t.test('too short: 12345', async () => {
      await kp.set('account', '12345');
      await expectInvalidAccount(kp);
    });
    await t.test('fixing it brings the artifacts back', async () => {
      await kp.set('account', '123456789013');
      await expectValidAccount(kp, '123456789013');
    });
    await t.test('twelve characters but not all digits', async () => {
      await kp.set('account', '12345678901a');
      await expectInvalidAccount(kp);
      await kp.set('account', '123456789014');
      await expectValidAccount(kp, '123456789014');
    });
  });
});
