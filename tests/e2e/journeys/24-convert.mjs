// Journey 24: "Convert my workflow". The starter-style ECS workflow (keys in with:,
// environment: production) is pasted, converted, shown as a diff of just the changed lines,
// downloaded byte for byte as the corpus expects it, and its role's trust policy admits the
// environment the job declares. Invalid YAML is reported and left unchanged; an OIDC workflow
// has nothing to convert. The pasted text never reaches the link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { withPage, REPO_ROOT } from '../lib/harness.mjs';
import { axeEveryMode } from '../lib/axe.mjs';

const CORPUS = path.join(REPO_ROOT, 'tests/convert');
const STARTER = 'starter-ecs-keep-versions';
const read = (name) => fs.readFileSync(path.join(CORPUS, name), 'utf8');

test('24 convert a workflow from access keys to OIDC', async (t) => {
  await withPage(t, async (kp) => {
    const { page } = kp;
    await page.locator('[data-testid=tab-convert]').click();
    const input = read(`${STARTER}.in.yml`);
    await page.locator('#convert-input').fill(input);
    await page.locator('[data-testid=convert-run]').click();
    await page.locator('[data-testid=convert-status]', { hasText: /Converted jobs: 1/ }).waitFor();

    const diff = await page.locator('[data-testid=convert-diff]').textContent();
    assert.match(diff, /^-\s+aws-access-key-id: \$\{\{ secrets\.AWS_ACCESS_KEY_ID \}\}$/m);
    assert.match(diff, /^\+\s+role-to-assume: \$\{\{ vars\.AWS_ROLE_ARN \}\}$/m);
    assert.match(diff, /^\+\s+id-token: write/m);
    assert.match(diff, /^@@ -\d+,\d+ \+\d+,\d+ @@$/m, 'the diff has hunks');
    assert.ok(diff.split('\n').length < input.split('\n').length / 2,
      'the diff shows the changed lines with some context, not the whole file');

    const output = await page.locator('[data-testid=convert-output]').textContent();
    assert.equal(output, read(`${STARTER}.out.yml`), 'the page converts exactly as the corpus expects');
    assert.doesNotMatch(output, /aws-access-key-id|aws-secret-access-key/);
    await axeEveryMode(page, 'the conversion shown (diff, file, trust policy)', { t });

    await t.test('download gives the converted file', async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-testid=download-converted]').click(),
      ]);
      const saved = fs.readFileSync(await download.path(), 'utf8');
      assert.equal(saved, output);
    });

    await t.test("the role's trust policy admits what the job presents", async () => {
      const trust = JSON.parse(await page.locator('[data-testid=convert-trust-policy-0]').textContent());
      const cond = JSON.stringify(trust.Statement[0].Condition);
      assert.match(cond, /repo:octo-org\/octo-repo:environment:production/);
      assert.doesNotMatch(cond, /refs\/heads/);
    });

    await t.test('the pasted file is not in the link', async () => {
      const hash = await page.evaluate(() => location.hash);
      assert.doesNotMatch(hash, /AWS_ACCESS_KEY_ID|aws-access-key-id/);
      assert.ok(hash.length < 2000);
    });

    await t.test('invalid YAML is reported with its line and left unchanged', async (st) => {
      await page.locator('#convert-input').fill('on: push\njobs:\n  a: [unclosed\n');
      await page.locator('[data-testid=convert-run]').click();
      await page.locator('[data-testid=convert-status]', { hasText: /Not converted/ }).waitFor();
      assert.ok(await page.locator('[data-testid=convert-finding]').count() >= 1);
      assert.equal(await page.locator('[data-testid=convert-output]').count(), 0);
      await axeEveryMode(page, 'a YAML error reported', { t: st });
    });

    await t.test('a workflow of several hundred KB converts (the page stays responsive)', async () => {
      const job = (i) => `  job${i}:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${'x'.repeat(400)}\n`;
      let big = read(`${STARTER}.in.yml`);
      for (let i = 0; big.length < 400_000; i++) big += job(i);
      // A file this size is chosen (or dropped) rather than typed; the browser's own text
      // insertion of 400 KB is what is slow, not the page.
      await page.locator('#convert-file').setInputFiles({ name: 'big.yml', mimeType: 'text/yaml', buffer: Buffer.from(big) });
      await page.locator('[data-testid=convert-run]:not([disabled])').click();
      await page.locator('[data-testid=convert-status]', { hasText: /Converted jobs: 1/ }).waitFor();
      // The page still answers input afterwards.
      await kp.page.locator('[data-testid=tab-files]').click();
      await kp.waitForArtifacts();
      await page.locator('[data-testid=tab-convert]').click();
    });

    await t.test('an OIDC workflow has nothing to convert', async () => {
      await page.locator('#convert-input').fill(read('already-oidc.in.yml'));
      await page.locator('[data-testid=convert-run]').click();
      await page.locator('[data-testid=convert-status]', { hasText: /Nothing to convert/ }).waitFor();
      assert.deepEqual(kp.pageErrors, []);
    });
  });
});
