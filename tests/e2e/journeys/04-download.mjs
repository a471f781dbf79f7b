// Journey 4: Download yields the right file name and the exact artifact text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { withPage } from '../lib/harness.mjs';
import { ARTIFACTS, downloadName } from '../lib/keyless-page.mjs';

async function download(kp, name) {
  const [dl] = await Promise.all([
    kp.page.waitForEvent('download'),
    kp.downloadButton(name).click(),
  ]);
  const failure = await dl.failure();
  assert.equal(failure, null, `download-${name} failed: ${failure}`);
  return { filename: dl.suggestedFilename(), content: await fs.readFile(await dl.path()) };
}

test('04 download yields the right file name and exact content', async (t) => {
  await withPage(t, async (kp) => {
    await kp.setAll({ owner: 'dl-org', repo: 'dl-repo' });
    await kp.waitForArtifactText('trust-policy', { includes: ['dl-org/dl-repo'] });
    for (const name of ARTIFACTS) {
      await t.test(`download-${name}`, async () => {
        const { filename, content } = await download(kp, name);
        assert.equal(filename, downloadName(name));
        assert.equal(content.toString('utf8'), await kp.artifactText(name), `file differs from artifact-${name}`);
      });
    }
    await t.test('the workflow file is named after the workflow-file field', async () => {
      await kp.set('workflow-file', 'build-and-push.yaml');
      await kp.waitForFragment('workflow-file', 'build-and-push.yaml');
      const { filename, content } = await download(kp, 'workflow');
      assert.equal(filename, 'build-and-push.yaml');
      assert.equal(content.toString('utf8'), await kp.artifactText('workflow'));
    });
  });
});
