// node:test reporter: one PASS/FAIL line per journey (top-level test),
// indented lines for its steps, failure details, and a closing
// 'e2e: N passed, N failed' line.
//
// A step marked { todo: 'why' } records a known bug in the page: when it fails
// it prints 'known bug' with the reason (and does not fail the journey); when
// it passes it prints a reminder that the todo can be dropped. Both are counted
// in the closing line.
//
// Accessibility runs (lib/axe.mjs) are tagged 'axe[N checks, M violations]'
// (', K known' when known page violations were found) in a diagnostic or a stdout
// line; their sum is printed before the closing line as 'axe: N checks, M
// violations' (and the known ones, which are todo steps, as well).
const AXE_TAG_RE = /^axe\[(\d+) checks?, (\d+) violations?(?:, (\d+) known)?\]/;

const ms = (d) => (d?.duration_ms != null ? ` (${Math.round(d.duration_ms)} ms)` : '');

function errorText(err) {
  if (!err) return '';
  const cause = err.cause ?? err;
  let text = cause?.stack ?? cause?.message ?? String(cause);
  if (cause?.code === 'ERR_ASSERTION' && cause.message && !text.includes(cause.message)) text = `${cause.message}\n${text}`;
  return text.split('\n').filter((l) => !/node:internal|node_modules\/playwright-core/.test(l)).slice(0, 40).join('\n');
}

const indent = (s, n) => s.split('\n').map((l) => ' '.repeat(n) + l).join('\n');

export default async function* reporter(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let knownBugs = 0;
  let fixedTodos = 0;
  const todoText = (d) => (typeof d.todo === 'string' ? d.todo : 'todo');
  const axe = { checks: 0, violations: 0, known: 0 };
  const countAxe = (line) => {
    const m = AXE_TAG_RE.exec(line.trim());
    if (m) { axe.checks += Number(m[1]); axe.violations += Number(m[2]); axe.known += Number(m[3] ?? 0); }
  };
  for await (const { type, data } of source) {
    const top = data?.nesting === 0;
    const isFile = data?.file && data.name === data.file;
    switch (type) {
      case 'test:pass': {
        if (isFile) break;
        if (data.todo && !top) {
          fixedTodos++;
          yield `${' '.repeat(2 * data.nesting + 3)}ok ${data.name}${ms(data.details)} `
            + `# TODO ${todoText(data)} -- passes now: the known bug looks fixed, drop the todo\n`;
          break;
        }
        if (data.skip || data.todo) {
          if (top) { skipped++; yield `SKIP ${data.name}\n`; }
          break;
        }
        if (top) { passed++; yield `PASS ${data.name}${ms(data.details)}\n`; }
        else yield `${' '.repeat(2 * data.nesting + 3)}ok ${data.name}${ms(data.details)}\n`;
        break;
      }
      case 'test:fail': {
        const err = errorText(data.details?.error);
        if (data.todo && !top && !isFile) {
          knownBugs++;
          const first = err.split('\n').filter((l) => !/^\s*at /.test(l)).slice(0, 6).join('\n');
          yield `${' '.repeat(2 * data.nesting + 3)}known bug ${data.name} # TODO ${todoText(data)}\n`
            + `${indent(first, 2 * data.nesting + 6)}\n`;
          break;
        }
        if (isFile || top) {
          failed++;
          yield `FAIL ${data.name}${ms(data.details)}\n${indent(err, 5)}\n`;
        } else {
          yield `${' '.repeat(2 * data.nesting + 3)}not ok ${data.name}\n${indent(err, 2 * data.nesting + 6)}\n`;
        }
        break;
      }
      case 'test:diagnostic':
        countAxe(data.message);
        if (data.nesting > 0 || data.file) yield `${' '.repeat(2 * data.nesting + 5)}# ${data.message.replace(/\n/g, '\n' + ' '.repeat(2 * data.nesting + 7))}\n`;
        break;
      case 'test:stdout':
      case 'test:stderr':
        if (type === 'test:stdout') data.message.split('\n').forEach(countAxe);
        yield data.message.split('\n').filter(Boolean).map((l) => `     | ${l}\n`).join('');
        break;
      default:
        break;
    }
  }
  yield `axe: ${axe.checks} checks, ${axe.violations} violations`
    + `${axe.known ? `, ${axe.known} known page violation(s) (todo steps)` : ''}\n`;
  yield `e2e: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`
    + `${knownBugs ? `, ${knownBugs} known page bug(s) (todo steps failing)` : ''}`
    + `${fixedTodos ? `, ${fixedTodos} todo step(s) now passing` : ''}\n`;
}
