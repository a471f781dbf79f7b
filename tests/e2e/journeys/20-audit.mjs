// Journey 20: "Audit a policy". A loose trust policy (org-wide sub, a wildcard hidden in the
// second list value, StringEquals with *) gets its findings, each pointing at its place, and a
// plain-language summary; aws iam get-role output works as is; bad input (invalid JSON with line
// and column, empty, binary, huge) gives a clear message and the page keeps working.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from '../lib/harness.mjs';
import { axeEveryMode } from '../lib/axe.mjs';

const LOOSE = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{
    Effect: 'Allow',
    Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: {
      StringLike: {
        'token.actions.githubusercontent.com:sub': ['repo:octo-org/octo-repo:ref:refs/heads/main', 'repo:octo-org/*'],
      },
    },
  }],
}, null, 2);

async function audit(kp, text) {
  await kp.page.locator('#audit-policy').fill(text);
}

test('20 audit a pasted trust policy', async (t) => {
  await withPage(t, async (kp) => {
    const { page } = kp;
    await page.locator('[data-testid=tab-audit]').click();
    await audit(kp, LOOSE);
    const finding = page.locator('[data-testid=audit-finding][data-code=trust-sub-org-wide]');
    await finding.waitFor();
    assert.match(await finding.locator('[data-testid=audit-pointer]').textContent(),
      /^\/Statement\/0\/Condition\/StringLike\/token\.actions\.githubusercontent\.com:sub\/1$/);
    const codes = await page.locator('[data-testid=audit-finding]').evaluateAll((els) => els.map((e) => e.dataset.code));
    assert.ok(codes.includes('trust-aud-missing'), `codes: ${codes}`);
    assert.match(await page.locator('[data-testid=audit-summary]').textContent(), /octo-org/);

    await t.test('get-role output is read as is, with pointers into it', async () => {
      await audit(kp, JSON.stringify({ Role: { RoleName: 'r', Arn: 'arn:aws:iam::123456789012:role/r', AssumeRolePolicyDocument: JSON.parse(LOOSE) } }));
      const p = page.locator('[data-testid=audit-finding][data-code=trust-sub-org-wide] [data-testid=audit-pointer]');
      await p.waitFor();
      assert.match(await p.textContent(), /^\/Role\/AssumeRolePolicyDocument\/Statement\/0\//);
    });

    await t.test('the generated policy is clean', async () => {
      await kp.page.locator('[data-testid=tab-files]').click();
      const generated = await kp.artifactText('trust-policy');
      await page.locator('[data-testid=tab-audit]').click();
      await audit(kp, generated);
      await page.locator('[data-testid=audit-clean]').waitFor();
    });

    await t.test('bad input gives a clear message, never a crash', async (st) => {
      const cases = [
        ['{\n  "Version": "2012-10-17",\n  "Statement": [,]\n}', /line 3, column \d+/],
        ['   ', null],
        ['\u0000\u0001binary', /binary|NUL|text/i],
        ['[1, 2]', /not a policy|object|array/i],
        ['{"Statement": ' + '['.repeat(2000) + ']'.repeat(2000) + '}', /nest|deep|recursion|not a policy|statement/i],
        ['{"x": "' + 'a'.repeat(1_100_000) + '"}', /bytes, more than/],
      ];
      for (const [text, pattern] of cases) {
        await audit(kp, text);
        if (pattern) {
          // Waits for this input's message (the previous one may still be on screen).
          await page.locator('[data-testid=audit-error]', { hasText: pattern }).waitFor();
        } else {
          await page.locator('[data-testid=audit-error], [data-testid=audit-finding]').waitFor({ state: 'detached' });
        }
      }
      // The findings are checked where the journey ends (lib/harness.mjs); the message here.
      await axeEveryMode(page, 'an audit error shown', { t: st });
      await audit(kp, LOOSE);
      await page.locator('[data-testid=audit-finding]').first().waitFor();
      assert.deepEqual(kp.pageErrors, []);
    });
  });
});
