// Accessibility checks with axe-core (@axe-core/playwright, all of axe's default
// rules: WCAG A/AA and best practices).
//
//   await axeEveryMode(page, 'converted workflow shown', { t });
//   await axeOnce(page, 'dark via the system', { t });
//
// axeEveryMode runs axe once in each of the four modes, light and dark theme
// times English and Korean, switching them the way a user does, then puts the
// page back in the mode it was in so the journey can go on. lib/harness.mjs
// calls it at the end of every withPage; journeys call it at the states in
// between that matter.
//
//  - A Keyless page with its header: the theme toggle
//    ([data-testid=theme-toggle]) and the language switcher (select#lang).
//    When the mode came from the system or the browser (no theme= / lang= in
//    the link), switching back leaves the choice written in the link (theme=light,
//    lang=en): the page looks and reads the same, but it no longer follows a
//    later system change. Call it mid-journey only where that does not matter.
//    It returns once the link holds the restored mode.
//  - Keyless in an iframe (embed=1: no header, so no toggle and no switcher):
//    the link, as the host page would do it (theme= and lang= in the frame's
//    fragment; location.replace, so no history entry). Before the first change
//    it waits until the fragment holds every field as shown (the page writes it
//    shortly after the last edit), and at the end it reopens that link exactly.
//    axe runs on the whole host page, frames included, and must reach every
//    Keyless frame (it is a failure if it did not).
//
// Violations are collected over all four modes, the mode is restored, then it
// fails with one list: mode, rule id, impact, help, and the target selectors of
// the offending nodes. Violations listed in KNOWN_PAGE_VIOLATIONS (bugs in the
// page, to be fixed there) are reported as a known bug instead: a todo step of
// `t`, which lib/reporter.mjs counts, and which does not fail the journey.
//
// Every call is tagged for the reporter, which prints 'axe: N checks, M
// violations' at the end: a diagnostic of `t` when given, else a stdout line,
//   axe[4 checks, 0 violations] <label>: light/en dark/en dark/ko light/ko (812 ms)
//   axe[4 checks, 0 violations, 2 known] ...     (known page violations, todo)
import { AxeBuilder } from '@axe-core/playwright';
import { FIELDS } from './keyless-page.mjs';

export const THEMES = ['light', 'dark'];
/** The page's languages when it has no switcher to read them from (embed mode). */
export const LANGS = ['en', 'ko'];

/**
 * Violations the page is known to have. A violation node matching an entry
 * (rule, mode and node) is a known bug: reported as a todo step, not a failure;
 * any other node of the same rule still fails. Drop an entry once the page is
 * fixed (a full run then reports no known violation for it).
 */
export const KNOWN_PAGE_VIOLATIONS = [];

function report(t, line) {
  if (t) t.diagnostic(line);
  else console.log(line);
}

/** The tag lib/reporter.mjs counts (its AXE_TAG_RE). */
function tag(checks, violations, known) {
  return `axe[${checks} check${checks === 1 ? '' : 's'}, ${violations} violation${violations === 1 ? '' : 's'}`
    + `${known ? `, ${known} known` : ''}]`;
}

const where = (page) => page.url().split('#')[0];

// In-page (any frame): what kind of Keyless document this is, if any.
function probe() {
  const app = document.querySelector('.app') && document.querySelector('[data-testid="status"]');
  if (!app) return null;
  const root = document.documentElement;
  return {
    controls: !!(document.querySelector('[data-testid="theme-toggle"]') && document.querySelector('select#lang')),
    langs: [...document.querySelectorAll('select#lang option')].map((o) => o.value),
    dataTheme: root.getAttribute('data-theme'),
    theme: root.getAttribute('data-theme')
      ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'),
    lang: root.lang,
    hash: location.hash.replace(/^#/, ''),
  };
}

/** Every frame of `page` (main frame first) that shows the Keyless app, with its probe. */
async function keylessFrames(page) {
  const out = [];
  for (const frame of page.frames()) {
    const info = await frame.evaluate(probe).catch(() => null);
    if (info) out.push({ frame, info, main: frame === page.mainFrame() });
  }
  return out;
}

/** The iframe ids of the Keyless frames that are not the main frame ('' for none). */
async function frameIds(found) {
  const ids = [];
  for (const f of found.filter((x) => !x.main)) {
    const el = await f.frame.frameElement();
    ids.push(await el.evaluate((e) => e.id));
    await el.dispose();
  }
  return ids;
}

async function waitIn(frame, what, fn, arg) {
  try {
    await frame.waitForFunction(fn, arg);
  } catch (err) {
    const now = await frame.evaluate(probe).catch(() => null);
    throw new Error(`axe mode switch: ${what} did not happen; the page now has theme ${now?.theme}, `
      + `lang ${now?.lang}, link #${now?.hash}\n(${err.message.split('\n')[0]})`);
  }
}

const themeIs = (want) => (document.documentElement.getAttribute('data-theme')
  ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')) === want;
const langIs = (want) => document.documentElement.lang === want;

/** Switches with the header's controls, as a user does. */
const controls = {
  /** Returns whether it changed anything. */
  async set(frame, { theme, lang }) {
    const now = await frame.evaluate(probe);
    if (now.lang !== lang) {
      await frame.locator('select#lang').selectOption(lang);
      await waitIn(frame, `switching the language to ${lang}`, langIs, lang);
    }
    if (now.theme !== theme) {
      await frame.locator('[data-testid="theme-toggle"]').click();
      await waitIn(frame, `toggling the theme to ${theme}`, themeIs, theme);
    }
    return now.lang !== lang || now.theme !== theme;
  },
  async restore(frame, original, _hash, switched) {
    await controls.set(frame, original);
    // The page writes the choice into the link a moment later; wait for it, so
    // the journey goes on with a settled link.
    if (switched) {
      await waitIn(frame, `writing theme=${original.theme}&lang=${original.lang} into the link`,
        ({ theme, lang }) => {
          const p = new URLSearchParams(location.hash.slice(1));
          return p.get('theme') === theme && p.get('lang') === lang;
        }, original);
    }
  },
};

// In-page: true once the fragment holds every rendered field's value (the page
// rewrites the link a moment after the last edit; a link opened before that
// would take the edit back).
function fragmentInSync(fields) {
  const values = {};
  for (const part of location.hash.replace(/^#/, '').split('&')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    try { values[decodeURIComponent(part.slice(0, i))] = decodeURIComponent(part.slice(i + 1)); } catch { /* ignored */ }
  }
  return fields.every((id) => {
    const el = document.getElementById(id);
    if (!el) return true;
    const v = el.type === 'checkbox' ? String(el.checked) : el.value;
    return values[id] === v;
  });
}

function withOptions(hash, { theme, lang }) {
  const parts = hash.split('&').filter((p) => p && !/^(theme|lang)(=|$)/.test(p));
  return [...parts, `theme=${theme}`, `lang=${lang}`].join('&');
}

const shows = ({ dataTheme, lang }) => document.documentElement.getAttribute('data-theme') === dataTheme
  && document.documentElement.lang === lang && !!document.querySelector('[data-testid="status"]');

/** Switches with the link (embed mode has no toggle or switcher). */
const link = {
  async prepare(frame) {
    try {
      await frame.waitForFunction(fragmentInSync, FIELDS);
    } catch (err) {
      throw new Error(`axe mode switch: the frame's link never caught up with its fields (${frame.url()})`
        + `\n(${err.message.split('\n')[0]})`);
    }
    return (await frame.evaluate(probe)).hash;
  },
  async set(frame, mode, hash) {
    await frame.evaluate((h) => location.replace(`#${h}`), withOptions(hash, mode));
    await waitIn(frame, `opening the link with theme=${mode.theme}&lang=${mode.lang}`,
      shows, { dataTheme: mode.theme, lang: mode.lang });
    return true;
  },
  async restore(frame, original, hash) {
    await frame.evaluate((h) => location.replace(`#${h}`), hash);
    await waitIn(frame, 'reopening the original link', shows, original);
  },
};

function targetText(target) {
  // A node in a frame has one selector per frame level; shadow DOM nests arrays.
  return target.map((s) => (Array.isArray(s) ? s.join(' >>> ') : s)).join(' | in frame: ');
}

/** Readable list of violations: [{ mode, id, impact, help, helpUrl, nodes }]. */
export function describeAxeViolations(list) {
  return list.map((v) => `- [${v.mode}] ${v.id} (${v.impact}): ${v.help}\n    ${v.helpUrl}\n`
    + v.nodes.slice(0, 8).map((n) => `    on ${targetText(n.target)}\n      ${(n.failureSummary ?? '').replace(/\n\s*/g, ' ')}`).join('\n')
    + (v.nodes.length > 8 ? `\n    ... and ${v.nodes.length - 8} more node(s)` : ''))
    .join('\n');
}

/** Splits violations into { unknown, known: [{ why, violations }] } by KNOWN_PAGE_VIOLATIONS (node by node). */
function sortOut(violations) {
  const unknown = [];
  const known = new Map();
  for (const v of violations) {
    const rest = [];
    for (const n of v.nodes) {
      const k = KNOWN_PAGE_VIOLATIONS.find((e) => e.rule === v.id && e.mode.test(v.mode) && e.node(n));
      if (!k) { rest.push(n); continue; }
      if (!known.has(k)) known.set(k, []);
      const list = known.get(k);
      const same = list.find((x) => x.id === v.id && x.mode === v.mode);
      if (same) same.nodes.push(n);
      else list.push({ ...v, nodes: [n] });
    }
    if (rest.length) unknown.push({ ...v, nodes: rest });
  }
  return { unknown, known: [...known].map(([k, list]) => ({ why: k.why, violations: list })) };
}

/**
 * One axe run over `page`, frames included. `frames` lists the ids of the
 * iframes showing Keyless ('' for one without an id), which axe must have
 * reached. Returns the violations, each with `mode`.
 *
 * Only the violations' nodes are asked for, and axe's source is evaluated only
 * where it is not loaded yet: re-sending its 600 KB and every passing node on
 * each run made a run take seconds instead of a few hundred ms. A page without
 * frames runs in @axe-core/playwright's legacy mode (axe.run in the page; no
 * blank page opened for each run). Frames need the default mode (axe.runPartial
 * in each frame, cross-origin and sandboxed ones included, then axe.finishRun
 * in a blank page).
 */
async function analyze(page, mode, frames) {
  const source = new AxeBuilder({ page }).script();
  const guarded = `if (typeof window.axe?.runPartial !== 'function') {\n${source}\n}`;
  if (page.frames().length === 1) {
    const loaded = await page.evaluate(() => typeof window.axe?.runPartial === 'function');
    const results = await new AxeBuilder({ page, axeSource: loaded ? ';' : source })
      .setLegacyMode().options({ resultTypes: ['violations'] }).analyze();
    return results.violations.map((v) => ({ mode, ...v }));
  }
  for (let attempt = 1; ; attempt++) {
    const results = await new AxeBuilder({ page, axeSource: guarded })
      .options({ resultTypes: ['violations', 'incomplete'] }).analyze();
    // @axe-core/playwright skips a frame silently when injecting axe into it fails
    // or takes over 1 s; axe then leaves that iframe's frame-tested check incomplete.
    const untested = (results.incomplete.find((r) => r.id === 'frame-tested')?.nodes ?? [])
      .map((n) => String(n.target.at(-1)));
    const missed = frames.filter((id) => (id ? untested.includes(`#${id}`) : untested.length > 0));
    if (missed.length) {
      if (attempt < 2) continue;
      throw new Error(`axe could not test the Keyless frame(s) ${missed.map((id) => (id ? `#${id}` : '(no id)')).join(', ')} `
        + `in ${where(page)} (mode ${mode}); untested: ${untested.join(', ')}`);
    }
    return results.violations.map((v) => ({ mode, ...v }));
  }
}

function modeName(m) {
  return `${m.theme}/${m.lang}`;
}

/** Reports and fails (or records known page bugs as todo steps of `t`). */
async function conclude(t, page, label, checks, modes, note, violations, started) {
  const { unknown, known } = sortOut(violations);
  const knownCount = known.reduce((n, k) => n + k.violations.length, 0);
  report(t, `${tag(checks, unknown.length, knownCount)} ${label}: ${modes}${note} (${Date.now() - started} ms)`);
  for (const k of known) {
    const text = `${describeAxeViolations(k.violations)}`;
    if (t) {
      await t.test(`axe ${label}: known page violation`, { todo: k.why }, () => {
        throw new Error(`known page violation(s) at "${label}" on ${where(page)}:\n${text}`);
      });
    } else {
      console.log(`axe ${label}: known page violation (${k.why}):\n${text}`);
    }
  }
  if (unknown.length) {
    throw new Error(`axe: ${unknown.length} violation(s) at "${label}" on ${where(page)}:\n${describeAxeViolations(unknown)}`);
  }
}

/**
 * Runs axe in every mode (light/dark x each language) on the Keyless page shown
 * by `page` (or the Keyless frames in it), restores the original mode, and fails
 * listing every violation. options: { t } (the test context: report line, todo
 * steps for known page violations).
 */
export async function axeEveryMode(page, label, { t } = {}) {
  const started = Date.now();
  const found = await keylessFrames(page);
  if (!found.length) {
    throw new Error(`axeEveryMode (${label}): neither ${where(page)} nor a frame in it shows the Keyless page `
      + '(a journey that has none says why with withPage(t, { axeAtEnd: \'...\' }, ...))');
  }
  // The top-level page with its header switches with its controls; otherwise every
  // Keyless frame switches by its link, all together.
  const top = found.find((f) => f.main && f.info.controls);
  const targets = top ? [top] : found;
  const how = top ? controls : link;
  const first = targets[0].info;
  const langs = first.langs.length ? first.langs : LANGS;
  const original = { theme: first.theme, lang: first.lang };
  if (!THEMES.includes(original.theme) || !langs.includes(original.lang)) {
    throw new Error(`axeEveryMode (${label}): unexpected mode ${modeName(original)} (languages ${langs.join(', ')})`);
  }
  // Snake order from the current mode: one switch between neighbours.
  const modes = [];
  const otherTheme = THEMES.find((x) => x !== original.theme);
  [original.lang, ...langs.filter((l) => l !== original.lang)].forEach((lang, i) => {
    const themes = i % 2 ? [otherTheme, original.theme] : [original.theme, otherTheme];
    for (const theme of themes) modes.push({ theme, lang });
  });
  const hashes = [];
  if (how === link) for (const f of targets) hashes.push(await link.prepare(f.frame));
  const frames = await frameIds(found);

  const violations = [];
  const done = [];
  let failure = null;
  let switched = false;
  try {
    for (const mode of modes) {
      for (const [i, f] of targets.entries()) switched = (await how.set(f.frame, mode, hashes[i])) || switched;
      violations.push(...await analyze(page, modeName(mode), frames));
      done.push(modeName(mode));
    }
  } catch (err) {
    failure = err;
  } finally {
    try {
      for (const [i, f] of targets.entries()) await how.restore(f.frame, f.info, hashes[i], switched);
    } catch (err) {
      failure ??= err;
    }
  }
  if (failure) {
    const { unknown, known } = sortOut(violations);
    report(t, `${tag(done.length, unknown.length, known.reduce((n, k) => n + k.violations.length, 0))} ${label}: `
      + `${done.join(' ') || '(none)'}, then failed`);
    if (unknown.length) failure.message += `\n(before that, axe found:\n${describeAxeViolations(unknown)})`;
    throw failure;
  }
  await conclude(t, page, label, done.length, done.join(' '),
    top ? '' : ` (${targets.length} frame(s), switched by the link)`, violations, started);
}

/**
 * One axe run on `page` in whatever mode it is in (journeys 14 and 23 check the
 * modes the system or the browser chose). Fails listing the violations.
 */
export async function axeOnce(page, label, { t } = {}) {
  const started = Date.now();
  const found = await keylessFrames(page);
  const mode = found.length ? modeName(found[0].info) : 'no Keyless page';
  const violations = await analyze(page, mode, await frameIds(found));
  await conclude(t, page, label, 1, mode, '', violations, started);
}
