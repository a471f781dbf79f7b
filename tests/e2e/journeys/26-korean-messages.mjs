// Journey 26: in Korean, the core's own sentences are Korean too: a field's error (with the
// typed value kept as typed), the reasons the panels give instead of files, an audit finding,
// the explanation of an error, and the converter's notes. Switching back to English shows the
// English sentences again, and Korean comments change the workflow's comments only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from '../lib/harness.mjs';

const HANGUL = /[\uAC00-\uD7A3]/;

const LOOSE = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{
    Effect: 'Allow',
    Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/*' } },
  }],
});

const KEYS_WORKFLOW = `on: push
jobs:
  push:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: \${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
          aws-region: us-east-1
`;

test('26 the core speaks Korean in the Korean page', async (t) => {
  await withPage(t, { fragment: 'lang=ko' }, async (kp) => {
    const { page } = kp;
    await kp.set('account', '12345x');
    const error = page.locator('[data-testid=error-account]');
    await error.waitFor();
    const message = await error.textContent();
    assert.match(message, HANGUL, message);
    assert.ok(message.includes('12345x'), `the value is kept as typed: ${message}`);
    const problem = await page.locator('[data-testid=problem-trust-policy]').textContent();
    assert.match(problem, HANGUL, problem);
    assert.ok(problem.includes('12345x'), problem);

    await t.test('English again after switching the language', async () => {
      await page.locator('#lang').selectOption('en');
      await page.waitForFunction(() => /account id "12345x"/i.test(document.querySelector('[data-testid=error-account]')?.textContent ?? ''));
      await page.locator('#lang').selectOption('ko');
      await page.waitForFunction((re) => new RegExp(re).test(document.querySelector('[data-testid=error-account]')?.textContent ?? ''), HANGUL.source);
    });
    await kp.set('account', '123456789012');
    await kp.waitForArtifacts();

    await t.test('an audit finding, in Korean', async () => {
      await page.locator('[data-testid=tab-audit]').click();
      await page.locator('#audit-policy').fill(LOOSE);
      const finding = page.locator('[data-testid=audit-finding][data-code=trust-sub-org-wide]');
      await finding.waitFor();
      const text = await finding.textContent();
      assert.match(text, HANGUL, text);
      assert.ok(text.includes('repo:octo-org/*'), text);
      assert.match(await page.locator('[data-testid=audit-summary]').textContent(), HANGUL);
    });

    await t.test('an explanation, in Korean', async () => {
      await page.locator('[data-testid=tab-explain]').click();
      await page.locator('#explain-text').fill('Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity');
      const causes = page.locator('[data-testid=explain-causes]');
      await causes.waitFor();
      assert.match(await causes.textContent(), HANGUL);
    });

    await t.test('converter notes, in Korean', async () => {
      await page.locator('[data-testid=tab-convert]').click();
      await page.locator('#convert-input').fill(KEYS_WORKFLOW);
      await page.locator('[data-testid=convert-run]').click();
      const finding = page.locator('[data-testid=convert-finding]').first();
      await finding.waitFor();
      assert.match(await finding.textContent(), HANGUL);
    });

    await t.test('Korean comments change only the comments', async () => {
      await page.locator('[data-testid=tab-files]').click();
      await kp.waitForArtifacts();
      const before = (await kp.artifactTexts()).workflow;
      await kp.set('comments', 'ko');
      await kp.waitForArtifactText('workflow', { includes: ['# 워크플로 전체에는'] });
      const after = (await kp.artifactTexts()).workflow;
      const code = (text) => text.split('\n').filter((l) => !l.trimStart().startsWith('#')).map((l) => l.replace(/ # [^'"]*$/, ''));
      assert.deepEqual(code(after), code(before));
    });
  });
});
