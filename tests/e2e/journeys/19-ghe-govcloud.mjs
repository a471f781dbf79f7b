// Journey 19: a GHE.com (data residency) host with an account in AWS GovCloud (US). The
// provider, its ARN, the condition keys and the setup script all follow the issuer, and every
// ARN carries the aws-us-gov partition.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from '../lib/harness.mjs';
import { ARTIFACTS } from '../lib/keyless-page.mjs';
import { parseJson } from '../lib/checks.mjs';

test('19 a ghe.com host in aws-us-gov', async (t) => {
  await withPage(t, async (kp) => {
    await kp.setAll({ 'github-host': 'ghe.com', 'github-host-name': 'octocorp', region: 'us-gov-west-1', account: '012345678901' });
    const host = 'token.actions.octocorp.ghe.com';
    await kp.waitForArtifactText('trust-policy', { includes: [`oidc-provider/${host}`] });
    const a = await kp.artifactTexts();
    const trust = parseJson('trust-policy', a['trust-policy']);
    const st = trust.Statement[0];
    assert.equal(st.Principal.Federated, `arn:aws-us-gov:iam::012345678901:oidc-provider/${host}`);
    assert.deepEqual(Object.keys(st.Condition.StringEquals), [`${host}:aud`, `${host}:sub`]);
    const perm = parseJson('permission-policy', a['permission-policy']);
    assert.equal(perm.Statement[1].Resource, 'arn:aws-us-gov:ecr:us-gov-west-1:012345678901:repository/octo-repo');
    assert.match(a.cli, new RegExp(`^PROVIDER_URL=https://${host.replaceAll('.', '\\.')}$`, 'm'));
    assert.match(a.cli, /^ROLE_ARN="arn:aws-us-gov:iam::/m);
    assert.match(a.workflow, /aws-region: us-gov-west-1/);
    for (const n of ARTIFACTS) assert.doesNotMatch(a[n], /arn:aws:/, `${n} has a commercial ARN`);
    const codes = await kp.diagnostics.evaluateAll((els) => els.map((e) => e.dataset.code));
    assert.ok(codes.includes('partition-govcloud-audience'), `diagnostics: ${codes}`);
  });
});
