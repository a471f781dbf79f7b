// Journey 25: repositories sharing a role, each with its own kind of scope. The form admits
// the production environment; "api" brings its own environment and a tag pattern, "worker" its
// own branch, and "docs" follows the form. A bad entry is reported on the field, naming the
// repository. A reusable workflow adds the calling workflow as a fifth file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from '../lib/harness.mjs';
import { parseJson } from '../lib/checks.mjs';

test('25 repositories with their own environments, tags and branches', async (t) => {
  await withPage(t, async (kp) => {
    await kp.setAll({
      owner: 'octo-org',
      repo: 'web',
      scope: 'environment',
      environment: 'production',
      'extra-repos': 'api:env=staging:tag=v2.*; worker:main; docs',
    });
    await kp.waitForArtifactText('trust-policy', { includes: ['repo:octo-org/api:ref:refs/tags/v2.*'] });
    const a = await kp.artifactTexts();
    const cond = parseJson('trust-policy', a['trust-policy']).Statement[0].Condition;
    assert.deepEqual(cond.StringLike['token.actions.githubusercontent.com:sub'], [
      'repo:octo-org/web:environment:production',
      'repo:octo-org/docs:environment:production',
      'repo:octo-org/api:environment:staging',
      'repo:octo-org/api:ref:refs/tags/v2.*',
      'repo:octo-org/worker:ref:refs/heads/main',
    ]);
    await kp.waitForFragment('extra-repos', 'api:env=staging:tag=v2.*; worker:main; docs');

    // A reusable workflow brings a fifth panel: the calling workflow each repository commits.
    const reusable = 'octo-org/deploy/.github/workflows/ecr.yml@0123456789abcdef0123456789abcdef01234567';
    await kp.set('reusable-workflow', reusable);
    const caller = kp.page.locator('[data-testid=artifact-caller-workflow]');
    await caller.waitFor();
    const callerText = await caller.innerText();
    assert.match(callerText, new RegExp(`^    uses: ${reusable}$`, 'm'));
    assert.match(callerText, /^ {6}id-token: write/m);
    assert.match((await kp.artifactTexts()).workflow, /^ {2}workflow_call:$/m);
    await kp.set('reusable-workflow', '');
    await caller.waitFor({ state: 'detached' });

    await kp.set('extra-repos', 'api:tag=v?');
    const error = kp.page.locator('[data-testid=error-extra-repos]');
    await error.waitFor();
    assert.match(await error.innerText(), /in "api": tag "v\?" contains '\?'/);
  });
});
