// Journey 17: the command line and the page never disagree. For several input sets, the page
// opened with a link and `keyless generate --from-url <the same link>` must give the same
// texts (four, or five with a reusable workflow), byte for byte. The binary is the one `cargo test` builds (target/debug/keyless).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { withPage, REPO_ROOT } from '../lib/harness.mjs';
import { ARTIFACTS, toFragment } from '../lib/keyless-page.mjs';

const BIN = process.env.KEYLESS_BIN || path.join(REPO_ROOT, 'target/debug/keyless');

const INPUT_SETS = [
  {},
  { owner: 'Octo-Org', repo: 'web.site', branches: 'main, release/v2', account: '012345678901', region: 'eu-west-1' },
  { scope: 'environment', environment: 'Production:V1', 'role-arn-source': 'secrets', 'pin-actions': 'false', 'session-duration': '7200' },
  { scope: 'any-branch', 'subject-format': 'both', 'owner-id': '123456', 'repo-id': '456789', 'role-arn-source': 'inline' },
  { scope: 'owner-wide', 'ecr-repo': 'team/app', 'role-name': 'ci-push', 'workflow-file': 'release.yaml', 'create-ecr-repo': 'false' },
  { branches: "feat/$(id),it's,a`b`,x;y{z}", 'immutable-tags': 'true' },
  // Korean comments, another repository with its own scopes, and a reusable workflow (five files).
  {
    comments: 'ko',
    'extra-repos': 'api:env=staging:tag=v*',
    'reusable-workflow': 'octo-org/deploy/.github/workflows/ecr.yml@0123456789abcdef0123456789abcdef01234567',
  },
];

test('17 keyless generate --from-url matches the page byte for byte', async (t) => {
  assert.ok(fs.existsSync(BIN), `${BIN} is missing: cargo test (or cargo build) builds it`);
  await withPage(t, { goto: false }, async (kp) => {
    for (const values of INPUT_SETS) {
      const link = kp.url(toFragment(values));
      await t.test(link.slice(link.indexOf('#')) || '(defaults)', async () => {
        await kp.page.goto(link);
        await kp.waitForArtifacts();
        const page = await kp.artifactTexts();
        const run = spawnSync(BIN, ['generate', '--from-url', link, '--format', 'json'], { encoding: 'utf8' });
        assert.equal(run.status, 0, `keyless exited ${run.status}: ${run.stderr}`);
        const cli = JSON.parse(run.stdout).artifacts;
        for (const name of ARTIFACTS) assert.equal(page[name], cli[name], `${name} differs`);
        if ('caller-workflow' in cli) {
          const caller = await kp.page.locator('[data-testid=artifact-caller-workflow]').textContent();
          assert.equal(caller, cli['caller-workflow'], 'caller-workflow differs');
        } else {
          assert.equal(await kp.page.locator('[data-testid=artifact-caller-workflow]').count(), 0);
        }
      });
    }
  });
});
