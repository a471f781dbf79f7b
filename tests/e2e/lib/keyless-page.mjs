// Page object for the Keyless page. Everything here goes through the page's
// stable hooks (element ids of the inputs, data-testid of the outputs), never
// through layout or wording, except where a journey checks wording on purpose.
//
// No sleeps: every wait is on a locator or on a condition evaluated in the page.

/** The four artifacts, by the name used in their data-testid hooks. */
export const ARTIFACTS = ['permission-policy', 'trust-policy', 'cli', 'workflow'];

/** Every input, by element id (also the URL-fragment key). */
export const FIELDS = [
  'owner', 'repo', 'scope', 'branches', 'environment', 'subject-format',
  'owner-id', 'repo-id', 'account', 'region', 'ecr-repo', 'role-name',
  'policy-name', 'session-duration', 'role-arn-source', 'pin-actions', 'workflow-file',
  'create-ecr-repo', 'immutable-tags', 'github-host', 'github-host-name', 'tags',
  'pull-requests', 'pull-requests-confirm', 'access', 'extra-repos', 'registry-account',
  'subject-template', 'reusable-workflow',
];

export const SELECT_OPTIONS = {
  scope: ['branches', 'environment', 'any-branch', 'owner-wide'],
  'subject-format': ['name', 'immutable', 'both'],
  'role-arn-source': ['vars', 'secrets', 'inline'],
  'github-host': ['github.com', 'enterprise', 'ghe.com', 'ghes'],
  access: ['push', 'pull'],
};

export const CHECKBOXES = new Set([
  'pin-actions', 'create-ecr-repo', 'immutable-tags', 'pull-requests', 'pull-requests-confirm',
]);

/** Download file names; the workflow's follows the workflow-file field. */
export function downloadName(name, workflowFile = 'ecr-push.yml') {
  return {
    'permission-policy': 'permission-policy.json',
    'trust-policy': 'trust-policy.json',
    cli: 'setup.sh',
    workflow: workflowFile,
  }[name];
}

/** Builds a fragment (without '#') from { id: value }, percent-encoding values. */
export function toFragment(values) {
  return Object.entries(values)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
}

/** Parses 'a=1&b=x%2Cy' (with or without '#') into { a: '1', b: 'x,y' }. */
export function parseFragment(hash) {
  const out = {};
  for (const part of hash.replace(/^#/, '').split('&')) {
    if (!part) continue;
    const i = part.indexOf('=');
    const key = decodeURIComponent(i < 0 ? part : part.slice(0, i));
    out[key] = i < 0 ? '' : decodeURIComponent(part.slice(i + 1));
  }
  return out;
}

const tid = (id) => `[data-testid="${id}"]`;

export class KeylessPage {
  constructor(page, server) {
    this.page = page;
    this.server = server;
    /** Every request the page (and its workers) made: { url, method, resourceType }. */
    this.requests = [];
    this.pageErrors = [];
    this.consoleErrors = [];
    page.on('request', (r) => this.requests.push({ url: r.url(), method: r.method(), resourceType: r.resourceType() }));
    page.on('pageerror', (e) => this.pageErrors.push(String(e?.stack ?? e)));
    page.on('console', (m) => { if (m.type() === 'error') this.consoleErrors.push(m.text()); });
  }

  url(fragment = '') {
    const f = String(fragment).replace(/^#/, '');
    return this.server.url + (f ? `#${f}` : '');
  }

  /** Loads the page (optionally with a fragment) and waits until it has rendered. */
  async goto(fragment = '') {
    await this.page.goto(this.url(fragment));
    await this.waitForRendered();
  }

  /** Waits until every panel shows either its artifact or its problem. */
  async waitForRendered() {
    await this.page.waitForFunction((names) => names.every((n) =>
      document.querySelector(`[data-testid="artifact-${n}"],[data-testid="problem-${n}"]`)), ARTIFACTS);
  }

  /** Waits until all four artifacts are present (the inputs are valid). */
  async waitForArtifacts() {
    await this.page.waitForFunction((names) => names.every((n) =>
      document.querySelector(`[data-testid="artifact-${n}"]`)), ARTIFACTS);
  }

  field(id) { return this.page.locator(`[id="${id}"]`); }
  artifact(name) { return this.page.locator(tid(`artifact-${name}`)); }
  problem(name) { return this.page.locator(tid(`problem-${name}`)); }
  error(id) { return this.page.locator(tid(`error-${id}`)); }
  copyButton(name) { return this.page.locator(tid(`copy-${name}`)); }
  downloadButton(name) { return this.page.locator(tid(`download-${name}`)); }
  get status() { return this.page.locator(tid('status')); }
  get diagnostics() { return this.page.locator(`${tid('diagnostics')} ${tid('diagnostic')}`); }

  /** 'select' | 'checkbox' | 'text' (any other input) for a field id. */
  async kind(id) {
    return this.field(id).evaluate((el) => {
      if (el.tagName === 'SELECT') return 'select';
      if (el.tagName === 'INPUT' && el.type === 'checkbox') return 'checkbox';
      return 'text';
    });
  }

  /** Sets a field the way a user would (fires input/change events). */
  async set(id, value) {
    const el = this.field(id);
    switch (await this.kind(id)) {
      case 'select': await el.selectOption(String(value)); break;
      case 'checkbox': await el.setChecked(value === true || value === 'true'); break;
      default: await el.fill(String(value));
    }
  }

  /** Sets several fields in order: { id: value }. */
  async setAll(values) {
    for (const [id, v] of Object.entries(values)) await this.set(id, v);
  }

  /** A field's value as the fragment spells it ('true'/'false' for checkboxes). */
  async value(id) {
    return this.field(id).evaluate((el) =>
      (el.tagName === 'INPUT' && el.type === 'checkbox' ? String(el.checked) : el.value));
  }

  async artifactText(name) {
    return this.artifact(name).evaluate((el) => el.textContent);
  }

  async artifactTexts() {
    const out = {};
    for (const n of ARTIFACTS) out[n] = await this.artifactText(n);
    return out;
  }

  /**
   * Waits until artifact `name` exists and its text contains every string in
   * `includes` and none in `excludes`. On timeout, the error shows the text.
   */
  async waitForArtifactText(name, { includes = [], excludes = [] } = {}, timeout) {
    try {
      await this.page.waitForFunction(({ name, includes, excludes }) => {
        const el = document.querySelector(`[data-testid="artifact-${name}"]`);
        if (!el) return false;
        const t = el.textContent;
        return includes.every((s) => t.includes(s)) && !excludes.some((s) => t.includes(s));
      }, { name, includes, excludes }, { timeout });
    } catch (err) {
      const now = await this.page.locator(tid(`artifact-${name}`)).evaluateAll((els) => els.map((e) => e.textContent));
      const problem = await this.problem(name).allTextContents();
      throw new Error(`artifact-${name} never contained ${JSON.stringify(includes)}`
        + (excludes.length ? ` without ${JSON.stringify(excludes)}` : '')
        + `\n--- artifact now: ${now.length ? now[0] : '(absent)'}`
        + (problem.length ? `\n--- problem shown: ${problem.join(' | ')}` : '')
        + `\n(${err.message.split('\n')[0]})`);
    }
  }

  /** Current fragment, parsed. */
  async fragment() {
    return parseFragment(await this.page.evaluate(() => location.hash));
  }

  /** Waits until the fragment holds `key=value` (decoded). */
  async waitForFragment(key, value) {
    try {
      await this.page.waitForFunction(({ key, value }) => {
        for (const part of location.hash.replace(/^#/, '').split('&')) {
          const i = part.indexOf('=');
          if (i < 0) continue;
          try {
            if (decodeURIComponent(part.slice(0, i)) === key
              && decodeURIComponent(part.slice(i + 1)) === value) return true;
          } catch { /* malformed part */ }
        }
        return false;
      }, { key, value });
    } catch (err) {
      const hash = await this.page.evaluate(() => location.hash);
      throw new Error(`location.hash never held ${key}=${value}; it is ${JSON.stringify(hash)}`
        + `\n(${err.message.split('\n')[0]})`);
    }
  }

  /** Tag, id and data-testid of the focused element. */
  async focused() {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const cs = getComputedStyle(el);
      return {
        tag: el.tagName.toLowerCase(),
        id: el.id || null,
        testid: el.getAttribute('data-testid'),
        outlineStyle: cs.outlineStyle,
        outlineWidth: cs.outlineWidth,
        boxShadow: cs.boxShadow,
        focusVisible: el.matches(':focus-visible'),
      };
    });
  }
}
