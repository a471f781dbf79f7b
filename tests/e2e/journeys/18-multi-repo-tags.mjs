// Journey 18: one role shared by several repositories, admitting a branch and a tag pattern.
// The trust policy lists every repository's subjects under StringLike (a pattern is present),
// the tag pattern carries its security warning, and the workflow triggers on the same tags.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from '../lib/harness.mjs';
import { parseJson } from '../lib/checks.mjs';

test('18 a multi-repository role with a tag scope', async (t) => {
  await withPage(t, async (kp) => {
    await kp.setAll({ owner: 'octo-org', repo: 'web', branches: 'main', tags: 'v*', 'extra-repos': 'api, worker' });
    await kp.waitForArtifactText('trust-policy', { includes: ['repo:octo-org/worker:ref:refs/tags/v*'] });
    const a = await kp.artifactTexts();
    const trust = parseJson('trust-policy', a['trust-policy']);
    const cond = trust.Statement[0].Condition;
    const subs = cond.StringLike['token.actions.githubusercontent.com:sub'];
    const expected = [];
    for (const ctx of ['ref:refs/heads/main', 'ref:refs/tags/v*']) {
      for (const repo of ['web', 'api', 'worker']) expected.push(`repo:octo-org/${repo}:${ctx}`);
    }
    assert.deepEqual(subs, expected);
    assert.equal(cond.StringEquals['token.actions.githubusercontent.com:aud'], 'sts.amazonaws.com');
    assert.equal(cond.StringEquals['token.actions.githubusercontent.com:sub'], undefined, 'sub under one operator only');
    assert.match(a.workflow, /^ {4}tags:\n {6}- 'v\*\*'$/m, 'the workflow triggers on the same tags');
    const codes = await kp.diagnostics.evaluateAll((els) => els.map((e) => e.dataset.code));
    assert.ok(codes.includes('scope-tag-pattern'), `diagnostics: ${codes}`);
    await kp.waitForFragment('extra-repos', 'api, worker'); // the link keeps the repositories
  });
});
