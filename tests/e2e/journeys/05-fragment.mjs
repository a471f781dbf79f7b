// Journey 5: a fragment link restores every field, and editing a field
// rewrites location.hash (replaceState, so no new history entries).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from '../lib/harness.mjs';
import { FIELDS, toFragment } from '../lib/keyless-page.mjs';

// Fields the page may leave out of the DOM when they do not apply.
function applies(id, values) {
  if (id === 'branches') return values.scope === 'branches';
  if (id === 'environment') return values.scope === 'environment';
  if (id === 'owner-id' || id === 'repo-id') return values['subject-format'] !== 'name';
  return true;
}

const LINK_BRANCHES = {
  owner: 'acme-corp',
  repo: 'shop.api_v2',
  scope: 'branches',
  branches: 'main,release/2024',
  environment: 'staging',
  'subject-format': 'both',
  'owner-id': '1234567',
  'repo-id': '89012345',
  account: '098765432109',
  region: 'ap-southeast-2',
  'ecr-repo': 'acme/shop-api',
  'role-name': 'gha-shop-push',
  'policy-name': 'shop-ecr-push',
  'session-duration': '7200',
  'role-arn-source': 'secrets',
  'pin-actions': 'false',
  'workflow-file': 'shop-push.yaml',
  'create-ecr-repo': 'true',
  'immutable-tags': 'true',
  'github-host': 'enterprise',
  'github-host-name': 'acme',
  tags: 'v1.2.3, v2*',
  'pull-requests': 'false',
  'pull-requests-confirm': 'false',
  access: 'push',
  'extra-repos': 'shop.web@4242:main:next',
  'registry-account': '',
  'subject-template': '',
  'reusable-workflow': 'acme-corp/deploy/.github/workflows/push.yml@0123456789abcdef0123456789abcdef01234567',
};

const LINK_ENVIRONMENT = {
  owner: 'globex',
  repo: 'billing',
  scope: 'environment',
  branches: 'main',
  environment: 'production',
  'subject-format': 'immutable',
  'owner-id': '7654321',
  'repo-id': '55501234',
  account: '345678901234',
  region: 'eu-central-1',
  'ecr-repo': 'billing',
  'role-name': 'billing-ecr',
  'policy-name': 'billing-ecr-push',
  'session-duration': '3600',
  'role-arn-source': 'inline',
  'pin-actions': 'true',
  'workflow-file': 'release.yml',
  'create-ecr-repo': 'false',
  'immutable-tags': 'false',
  'github-host': 'ghe.com',
  'github-host-name': 'globex',
  tags: '',
  'pull-requests': 'true',
  'pull-requests-confirm': 'true',
  access: 'pull',
  'extra-repos': '',
  'registry-account': '',
  'subject-template': 'repo, context',
  'reusable-workflow': '',
};

async function expectRestored(t, kp, values) {
  for (const id of FIELDS) {
    const present = await kp.field(id).count();
    if (!present) {
      assert.ok(!applies(id, values), `#${id} is missing although it applies`);
      t.diagnostic(`#${id} is not rendered for this link (does not apply), not checked`);
      continue;
    }
    assert.equal(await kp.value(id), values[id], `#${id} was not restored from the fragment`);
  }
}

test('05 a fragment link restores every field', async (t) => {
  await t.test('scope branches, subject format both, secrets, unpinned', async (st) => {
    assert.deepEqual(Object.keys(LINK_BRANCHES).sort(), [...FIELDS].sort());
    await withPage(st, { fragment: toFragment(LINK_BRANCHES) }, async (kp) => {
      await kp.waitForArtifacts();
      await expectRestored(st, kp, LINK_BRANCHES);
      await kp.waitForArtifactText('trust-policy', { includes: ['refs/heads/release/2024', '89012345', '098765432109'] });
      await kp.waitForArtifactText('permission-policy', { includes: ['arn:aws:ecr:ap-southeast-2:098765432109:repository/acme/shop-api'] });
    });
  });

  await t.test('scope environment, immutable subject, inline ARN, pinned', async (st) => {
    await withPage(st, { fragment: toFragment(LINK_ENVIRONMENT) }, async (kp) => {
      await kp.waitForArtifacts();
      await expectRestored(st, kp, LINK_ENVIRONMENT);
      await kp.waitForArtifactText('trust-policy', { includes: ['production', '55501234'] });
      await kp.waitForArtifactText('workflow', { includes: ['arn:aws:iam::345678901234:role/billing-ecr'] });
    });
  });

  await t.test('the short form with a literal comma: #owner=octo-org&repo=octo-repo&branches=main,release', async (st) => {
    await withPage(st, { fragment: 'owner=octo-org&repo=octo-repo&branches=main,release' }, async (kp) => {
      assert.equal(await kp.value('owner'), 'octo-org');
      assert.equal(await kp.value('repo'), 'octo-repo');
      assert.equal(await kp.value('branches'), 'main,release');
      await kp.waitForArtifactText('trust-policy', {
        includes: ['repo:octo-org/octo-repo:ref:refs/heads/main', 'repo:octo-org/octo-repo:ref:refs/heads/release'],
      });
    });
  });
});

test('05 editing a field rewrites location.hash', async (t) => {
  await withPage(t, { fragment: toFragment(LINK_BRANCHES) }, async (kp, { context }) => {
    await kp.waitForArtifacts();
    const historyBefore = await kp.page.evaluate(() => history.length);

    await kp.set('repo', 'renamed-repo');
    await kp.waitForFragment('repo', 'renamed-repo');
    await kp.set('branches', 'main,hotfix/1+2');
    await kp.waitForFragment('branches', 'main,hotfix/1+2');
    await kp.set('scope', 'any-branch');
    await kp.waitForFragment('scope', 'any-branch');
    await kp.set('pin-actions', true);
    await kp.waitForFragment('pin-actions', 'true');
    await kp.set('session-duration', '5400');
    await kp.waitForFragment('session-duration', '5400');

    assert.equal(await kp.page.evaluate(() => history.length), historyBefore,
      'editing added history entries (expected history.replaceState)');

    // The rewritten fragment is a link that restores the edited form.
    const hash = await kp.page.evaluate(() => location.hash);
    const expected = {};
    for (const id of FIELDS) if (await kp.field(id).count()) expected[id] = await kp.value(id);
    const again = await context.newPage();
    await again.goto(kp.url(hash));
    await again.waitForFunction(() => document.querySelector('[data-testid="artifact-workflow"],[data-testid="problem-workflow"]'));
    for (const [id, v] of Object.entries(expected)) {
      const got = await again.locator(`[id="${id}"]`).evaluate((el) =>
        (el.type === 'checkbox' ? String(el.checked) : el.value));
      assert.equal(got, v, `#${id} not restored from the rewritten fragment ${hash}`);
    }
  });
});
