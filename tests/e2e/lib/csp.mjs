// Content-Security-Policy helpers (journeys 11-13).
//
//   await context.addInitScript(recordCspViolations);   // before the first navigation
//   ...
//   await cspViolations(pageOrFrame)   // [{ directive, blocked, source, line, sample, disposition }]
//
// The recorder runs in every frame of the context (init scripts do), before the
// page's own scripts, and keeps each `securitypolicyviolation` event in
// window.__keylessCspViolations of that frame.
import { createHash } from 'node:crypto';

/** Init script: keeps every securitypolicyviolation of this frame. */
export function recordCspViolations() {
  if (window.__keylessCspViolations) return;
  const seen = [];
  Object.defineProperty(window, '__keylessCspViolations', { value: seen });
  document.addEventListener('securitypolicyviolation', (e) => {
    seen.push({
      directive: e.effectiveDirective || e.violatedDirective,
      blocked: e.blockedURI,
      source: e.sourceFile,
      line: e.lineNumber,
      sample: e.sample,
      disposition: e.disposition,
    });
  }, true);
}

/** The violations recorded so far in a page or frame (null if the recorder is absent). */
export async function cspViolations(target) {
  return target.evaluate(() => (window.__keylessCspViolations ? [...window.__keylessCspViolations] : null));
}

export function describeViolations(list) {
  return list.map((v) => `- ${v.directive} blocked ${JSON.stringify(v.blocked)}`
    + (v.source ? ` at ${v.source}:${v.line}` : '') + (v.sample ? ` sample ${JSON.stringify(v.sample)}` : ''))
    .join('\n');
}

/** 'a b; c d' -> Map { 'a' => ['b'], 'c' => ['d'] } (directive names lower-cased, first wins). */
export function parseCsp(text) {
  const out = new Map();
  for (const part of String(text).split(';')) {
    const [name, ...values] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!out.has(key)) out.set(key, values);
  }
  return out;
}

/** Every `<meta http-equiv="Content-Security-Policy" content="...">` in an HTML text. */
export function metaPolicies(html) {
  const out = [];
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    if (!/http-equiv\s*=\s*["']?content-security-policy["'\s>]/i.test(tag)) continue;
    const content = /content\s*=\s*"([^"]*)"/i.exec(tag) ?? /content\s*=\s*'([^']*)'/i.exec(tag);
    out.push({ tag, index: m.index, content: content ? content[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&') : null });
  }
  return out;
}

/** Inline `<script>` bodies (no src) and `<style>` bodies of an HTML text, with their CSP hash. */
export function inlineBlocks(html) {
  const hash = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/\bsrc\s*=/i.test(m[1]))
    .map((m) => ({ body: m[2], hash: hash(m[2]), index: m.index }));
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)]
    .map((m) => ({ body: m[1], hash: hash(m[1]), index: m.index }));
  return { scripts, styles };
}

/**
 * The strict-policy rules both the hosted page and the single file must meet.
 * Returns a list of problems (empty when the policy is strict).
 * connect: the allowed connect-src values (e.g. ["'self'", "'none'"]).
 */
export function strictPolicyProblems(policyText, { connect = ["'self'", "'none'"] } = {}) {
  const problems = [];
  const p = parseCsp(policyText);
  const lower = String(policyText).toLowerCase();
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'"]) {
    if (lower.includes(bad)) problems.push(`the policy allows ${bad}`);
  }
  const scriptSrc = p.get('script-src') ?? p.get('default-src');
  if (!scriptSrc) problems.push('no script-src (nor default-src)');
  else {
    if (!scriptSrc.includes("'wasm-unsafe-eval'")) problems.push(`script-src lacks 'wasm-unsafe-eval': ${scriptSrc.join(' ')}`);
    const wild = scriptSrc.filter((v) => v === '*' || /^(https?|data|blob|filesystem):?$/i.test(v) || v.includes('*'));
    if (wild.length) problems.push(`script-src allows broad sources: ${wild.join(' ')}`);
  }
  const exactly = (name, values) => {
    const got = p.get(name);
    if (!got) problems.push(`no ${name} directive`);
    else if (got.length !== 1 || !values.includes(got[0])) {
      problems.push(`${name} is ${JSON.stringify(got.join(' '))}, expected ${values.join(' or ')}`);
    }
  };
  exactly('base-uri', ["'none'"]);
  exactly('object-src', ["'none'"]);
  exactly('connect-src', connect);
  exactly('default-src', ["'none'", "'self'"]);
  return problems;
}
