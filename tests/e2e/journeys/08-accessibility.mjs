// Journey 8: axe-core finds no accessibility violations (all of axe's
// default rules: WCAG A/AA and best practices).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { withPage } from '../lib/harness.mjs';

function describe(violations) {
  return violations.map((v) => `- ${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n`
    + v.nodes.slice(0, 5).map((n) => `    at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n'))
    .join('\n');
}

async function expectNoViolations(t, page) {
  const results = await new AxeBuilder({ page }).analyze();
  t.diagnostic(`axe ${results.testEngine.version}: ${results.passes.length} rules passed, `
    + `${results.incomplete.length} need review, ${results.violations.length} violated`);
  assert.equal(results.violations.length, 0, `axe violations:\n${describe(results.violations)}`);
}

test('08 accessibility: no axe violations', async (t) => {
  await withPage(t, async (kp, { page }) => {
    await t.test('the loaded page', async (st) => {
      await kp.waitForArtifacts();
      await expectNoViolations(st, page);
    });
    await t.test('with a field error and problems shown', async (st) => {
      await kp.set('account', '12345');
      await kp.error('account').waitFor();
      await kp.problem('workflow').waitFor();
      await expectNoViolations(st, page);
    });
  });
});
