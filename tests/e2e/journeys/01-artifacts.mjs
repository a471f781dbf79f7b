// Journey 1: fill the form and read all four artifacts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from '../lib/harness.mjs';
import { ARTIFACTS } from '../lib/keyless-page.mjs';
import { jsonStrings, parseJson, hasWord } from '../lib/checks.mjs';

test('01 filling the form renders all four artifacts', async (t) => {
  await withPage(t, async (kp) => {
    await t.test('the example values render the artifacts on load', async () => {
      await kp.waitForArtifacts();
      for (const n of ARTIFACTS) assert.ok((await kp.artifactText(n)).trim(), `artifact-${n} is empty`);
      await kp.waitForArtifactText('trust-policy', { includes: ['octo-org/octo-repo', '123456789012'] });
      await kp.waitForArtifactText('permission-policy', { includes: ['us-east-1', '123456789012'] });
    });

    const account = '210987654321';
    const ecrRepo = 'acme/shop-api';
    const repoArn = `arn:aws:ecr:eu-west-1:${account}:repository/${ecrRepo}`;
    const subjectMain = 'repo:acme-corp/shop-api:ref:refs/heads/main';
    const subjectRelease = 'repo:acme-corp/shop-api:ref:refs/heads/release';

    await kp.setAll({
      owner: 'acme-corp',
      repo: 'shop-api',
      scope: 'branches',
      'subject-format': 'name',
      branches: 'main,release',
      account,
      region: 'eu-west-1',
      'ecr-repo': ecrRepo,
    });

    await kp.waitForArtifactText('permission-policy', { includes: [repoArn] });
    await kp.waitForArtifactText('trust-policy', { includes: [subjectMain, subjectRelease] });
    await kp.waitForArtifactText('cli', { includes: [account] });
    await kp.waitForArtifactText('workflow', { includes: ['id-token: write', 'release', 'eu-west-1'] });
    const a = await kp.artifactTexts();

    await t.test('permission policy is JSON naming the ECR repository ARN', () => {
      const doc = parseJson('permission policy', a['permission-policy']);
      assert.equal(doc.Version, '2012-10-17');
      assert.ok(Array.isArray(doc.Statement) && doc.Statement.length > 0, 'no Statement array');
      assert.ok(jsonStrings(doc).includes(repoArn), `no string equal to ${repoArn} in:\n${a['permission-policy']}`);
    });

    await t.test('trust policy is JSON with both branch subjects for the GitHub OIDC provider', () => {
      const doc = parseJson('trust policy', a['trust-policy']);
      const strings = jsonStrings(doc);
      assert.ok(strings.includes(subjectMain), `no subject ${subjectMain}`);
      assert.ok(strings.includes(subjectRelease), `no subject ${subjectRelease}`);
      assert.ok(strings.includes('sts:AssumeRoleWithWebIdentity'), 'no sts:AssumeRoleWithWebIdentity');
      assert.ok(
        strings.includes(`arn:aws:iam::${account}:oidc-provider/token.actions.githubusercontent.com`),
        'no Federated principal for token.actions.githubusercontent.com in the account',
      );
    });

    await t.test('setup.sh is a shell script naming the account', () => {
      assert.match(a.cli.split('\n')[0], /^#!.*\b(bash|sh)\b/, 'setup.sh has no bash shebang');
      assert.ok(a.cli.includes(account), 'setup.sh does not contain the account id');
    });

    await t.test('workflow grants id-token: write and triggers on both branches', () => {
      assert.match(a.workflow, /^\s*id-token:\s*write\s*(#.*)?$/m, "workflow does not grant id-token: write");
      assert.ok(hasWord(a.workflow, 'main'), 'workflow does not name branch main');
      assert.ok(hasWord(a.workflow, 'release'), 'workflow does not name branch release');
    });

    await t.test('no artifact still shows the example account', () => {
      for (const n of ARTIFACTS) assert.ok(!a[n].includes('123456789012'), `artifact-${n} still has 123456789012`);
    });
  });
});
