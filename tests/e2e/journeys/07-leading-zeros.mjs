// Journey 7: an account id with a leading zero is kept as text everywhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from '../lib/harness.mjs';
import { ARTIFACTS } from '../lib/keyless-page.mjs';
import { jsonNumbers, jsonStrings, parseJson } from '../lib/checks.mjs';

const ACCOUNT = '012345678901';

test('07 account 012345678901 keeps its leading zero in every artifact', async (t) => {
  await withPage(t, async (kp) => {
    // inline: the workflow then names the role ARN, so it holds the account too.
    await kp.setAll({ account: ACCOUNT, 'role-arn-source': 'inline' });
    for (const n of ARTIFACTS) await kp.waitForArtifactText(n, { includes: [ACCOUNT] });
    assert.notEqual(await kp.field('account').getAttribute('aria-invalid'), 'true');
    assert.equal(await kp.value('account'), ACCOUNT);
    const a = await kp.artifactTexts();

    for (const n of ARTIFACTS) {
      await t.test(`artifact-${n}`, () => {
        // Every digit run that holds the account's digits is the whole account.
        const runs = a[n].match(/\d+/g) ?? [];
        const mangled = runs.filter((r) => r.includes('12345678901') && r !== ACCOUNT);
        assert.deepEqual(mangled, [], `artifact-${n} has the account without its leading zero`);
        if (n === 'permission-policy' || n === 'trust-policy') {
          const doc = parseJson(n, a[n]);
          assert.ok(jsonStrings(doc).some((s) => s.includes(`:${ACCOUNT}:`)), `no ARN with :${ACCOUNT}: in ${n}`);
          assert.ok(!jsonNumbers(doc).includes(12345678901), `${n} holds the account as a JSON number`);
        }
        if (n === 'workflow') {
          // A bare 012345678901 YAML scalar is not a string to every parser.
          assert.doesNotMatch(a[n], /:\s+012345678901\s*(#.*)?$/m, 'workflow has the account as a bare YAML scalar');
        }
      });
    }
  });
});
