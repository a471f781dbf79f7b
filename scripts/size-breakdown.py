#!/usr/bin/env python3
"""Where the page's wasm bytes go: sections, code by crate (keyless by module), the largest
functions, and the data section by the source file whose string literals it holds.

Optional tool, not part of scripts/test.sh. Needs only python3 and cargo (for `cargo metadata`).

    trunk build --release
    python3 scripts/size-breakdown.py [WASM] [--opt] [--top N]

WASM defaults to target/wasm-bindgen/release/keyless-page_bg.wasm: wasm-bindgen's output before
wasm-opt, which still has the name section (the file in dist/ has none). With --opt the script
first runs wasm-opt with the flags from index.html plus -g (keep names), so sizes are those of the
shipped file; without it they are before wasm-opt (code ~7% larger, functions not yet inlined
into each other, hence a cleaner split by crate).
"""
import collections
import glob
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import warnings

warnings.filterwarnings('ignore', category=DeprecationWarning)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def leb(b, i):
    r = s = 0
    while True:
        x = b[i]
        i += 1
        r |= (x & 0x7F) << s
        s += 7
        if x < 0x80:
            return r, i


def sections(b):
    i = 8
    while i < len(b):
        sid = b[i]
        n, i = leb(b, i + 1)
        yield sid, b[i : i + n]
        i += n


SECTION = {0: 'custom', 1: 'type', 2: 'import', 3: 'function', 4: 'table', 5: 'memory', 6: 'global',
           7: 'export', 8: 'start', 9: 'element', 10: 'code', 11: 'data', 12: 'datacount'}


def parse(b):
    imports = 0
    bodies = []
    data = []
    names = {}
    sizes = collections.Counter()
    for sid, s in sections(b):
        label = SECTION.get(sid, str(sid))
        if sid == 0:
            n, i = leb(s, 0)
            label = 'custom:' + s[i : i + n].decode()
            if s[i : i + n] == b'name':
                j = i + n
                while j < len(s):
                    sub = s[j]
                    sz, j = leb(s, j + 1)
                    if sub == 1:
                        cnt, k = leb(s, j)
                        for _ in range(cnt):
                            idx, k = leb(s, k)
                            ln, k = leb(s, k)
                            names[idx] = s[k : k + ln].decode('utf-8', 'replace')
                            k += ln
                    j += sz
        sizes[label] += len(s)
        if sid == 2:
            cnt, i = leb(s, 0)
            for _ in range(cnt):
                for _ in range(2):
                    n, i = leb(s, i)
                    i += n
                kind = s[i]
                i += 1
                if kind == 0:
                    _, i = leb(s, i)
                    imports += 1
                elif kind == 1:
                    i += 1
                    flags, i = leb(s, i)
                    _, i = leb(s, i)
                    if flags & 1:
                        _, i = leb(s, i)
                elif kind == 2:
                    flags, i = leb(s, i)
                    _, i = leb(s, i)
                    if flags & 1:
                        _, i = leb(s, i)
                elif kind == 3:
                    i += 2
                else:
                    i += 1
        elif sid == 10:
            cnt, i = leb(s, 0)
            for _ in range(cnt):
                n, j = leb(s, i)
                bodies.append(j - i + n)
                i = j + n
        elif sid == 11:
            cnt, i = leb(s, 0)
            for _ in range(cnt):
                flag, i = leb(s, i)
                if flag == 0:
                    while s[i] != 0x0B:
                        i += 1
                    i += 1
                elif flag == 2:
                    _, i = leb(s, i)
                    while s[i] != 0x0B:
                        i += 1
                    i += 1
                n, i = leb(s, i)
                data.append(s[i : i + n])
                i += n
    funcs = [(names.get(imports + k, f'func[{imports + k}]'), size) for k, size in enumerate(bodies)]
    return sizes, funcs, b''.join(data)


KEYLESS_SUB = ('ui', 'workflow', 'iam', 'lint', 'generate')


def group(name):
    """(group, detail) for one function name."""
    n = name
    if n.startswith(('__wbg', '__wbindgen', '__externref')) or 'externref shim' in n or n.startswith(('wasm_bindgen', 'Closure(')):
        return 'wasm-bindgen, js-sys, web-sys', 'glue'
    if re.fullmatch(r'(mem\w+|bcmp|strlen|__\w+)', n):
        return 'compiler-builtins', n
    m = re.match(r'^<(?:&mut |&|dyn |\*const |\*mut |\[)*([A-Za-z_]\w*)', n) or re.match(r'^([A-Za-z_]\w*)', n)
    first = m.group(1) if m else n
    if first in ('f64', 'f32', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'i8', 'i16', 'i32', 'i64', 'i128',
                 'isize', 'str', 'bool', 'char', 'T'):
        # `<T as Trait>::f` and `<str>::f`: the trait's crate, else core.
        m = re.match(r'^<[^<>]* as (?:&mut |&)*([A-Za-z_]\w*)', n)
        first = m.group(1) if m and m.group(1) not in ('core', 'alloc', 'std') else 'core'
    if first == 'keyless':
        m = re.match(r'^<?(?:&mut |&)*keyless::(\w+)(?:::([a-z_]\w*))?', n)
        mod = m.group(1) if m else '?'
        if m and m.group(2) and mod in KEYLESS_SUB:
            mod += '/' + m.group(2)
        return 'keyless (this crate)', mod
    if first in ('core', 'alloc', 'std'):
        # Precompiled std code is v0-mangled (`core[hash]::`); generic code instantiated for this
        # program's types carries a legacy `::h<hash>` suffix.
        if not re.search(r'::h[0-9a-f]{16}(\.\d+)?$', n):
            kind = 'fmt' if '::fmt' in n or 'fmt::' in n else 'num/str/unicode/other'
            return 'std (precompiled: fmt, float, str)', kind
        m = re.match(r'^<*(?:&mut |&|[^<>]* as )*(?:core|alloc|std)::(\w+)(?:::(\w+))?', n)
        return 'std generics (instantiated for this program)', '::'.join(x for x in (m.groups() if m else ('other',)) if x)
    if first in ('yaml_serde', 'libyaml_rs', 'ryu'):
        return 'YAML: yaml_serde, libyaml_rs, ryu', first
    if first in ('serde_json', 'zmij', 'itoa', 'memchr'):
        return 'serde_json (+zmij, itoa)', first
    if first in ('serde', 'serde_core'):
        return 'serde (generic, instantiated)', first
    if first in ('yew', 'implicit_clone', 'tokise', 'slab', 'futures', 'futures_util', 'futures_channel',
                 'futures_core', 'tracing', 'console_error_panic_hook', 'gloo', 'gloo_utils', 'gloo_timers',
                 'gloo_events', 'pinned'):
        return 'yew (+gloo, futures)', first
    if first in ('wasm_bindgen', 'js_sys', 'web_sys', 'wasm_bindgen_futures'):
        return 'wasm-bindgen, js-sys, web-sys', first
    if first in ('hashbrown', 'indexmap', 'foldhash'):
        return 'hashbrown, indexmap', first
    if first.startswith('dlmalloc'):
        return 'allocator (dlmalloc)', first
    if first == 'main' or first == 'keyless_page':
        return 'keyless (this crate)', 'main'
    return 'other', first


def literal_owners(data):
    """Bytes of `data` covered by string literals of each crate's (or keyless file's) sources."""
    meta = json.loads(subprocess.check_output(
        ['cargo', 'metadata', '--format-version', '1', '--filter-platform', 'wasm32-unknown-unknown'], cwd=ROOT))
    nodes = {n['id']: n for n in meta['resolve']['nodes']}
    pkgs = {p['id']: p for p in meta['packages']}
    seen, stack = set(), [meta['resolve']['root']]
    while stack:
        i = stack.pop()
        if i in seen:
            continue
        seen.add(i)
        stack += [d['pkg'] for d in nodes[i]['deps'] if any(k['kind'] is None for k in d['dep_kinds'])]
    lit = re.compile(r'r(#*)"(.*?)"\1|"((?:[^"\\]|\\.)*)"', re.S)
    pieces = []
    for i in seen:
        p = pkgs[i]
        if p['name'] == 'web-sys' or any('proc-macro' in t['kind'] for t in p['targets']):
            continue
        base = os.path.dirname(p['manifest_path'])
        for f in glob.glob(base + '/src/**/*.rs', recursive=True):
            rel = os.path.relpath(f, base)
            if p['name'] == 'keyless':
                if rel.startswith(('src/cli', 'src/bin')):
                    continue
                parts = rel[4:].split('/')
                label = 'keyless ' + ('/'.join(parts[:2]) if len(parts) > 1 else parts[0])
            else:
                label = p['name']
            text = open(f, encoding='utf-8', errors='replace').read()
            for m in lit.finditer(text):
                if m.group(2) is not None:
                    raw = m.group(2).encode()
                else:
                    s = re.sub(r'\\\n\s*', '', m.group(3))
                    try:
                        raw = s.encode('latin1', 'backslashreplace').decode('unicode_escape').encode('utf-8', 'surrogatepass')
                    except (UnicodeError, ValueError):
                        raw = s.encode()
                for piece in re.split(rb'\{[^{}]*\}', raw):
                    piece = piece.replace(b'{{', b'{').replace(b'}}', b'}')
                    if len(piece) >= 8:
                        pieces.append((piece, label))
    pieces.sort(key=lambda x: -len(x[0]))
    owner = [None] * len(data)
    for piece, label in pieces:
        start = 0
        while (j := data.find(piece, start)) >= 0:
            if all(o is None for o in owner[j : j + len(piece)]):
                owner[j : j + len(piece)] = [label] * len(piece)
            start = j + 1
    found = collections.Counter(o for o in owner if o)
    out = collections.Counter()
    for label, size in found.items():
        out[label if size >= 1000 or label.startswith('keyless') else '(other crates)'] += size
    rest = bytes(c for c, o in zip(data, owner) if o is None)
    paths = sum(len(m) for m in re.findall(rb'/(?:rustc|root|home|usr)/[\w./\-]*?\.rs', rest))
    text = sum(len(m) for m in re.findall(rb'[\x20-\x7e\n]{6,}', rest)) - paths
    out['(panic location paths)'] = paths
    out['(other text: std messages, short literals)'] = text
    out['(binary: tables, vtables, &str pointers, numbers)'] = len(rest) - paths - text
    return out


def table(title, rows, total, n=None):
    print(f'\n### {title}\n\n| bytes | % | what |\n| ---: | ---: | --- |')
    for what, size in (rows[:n] if n else rows):
        print(f'| {size:,} | {100 * size / total:.1f} | {what} |')


def main():
    args = sys.argv[1:]
    opt = '--opt' in args
    top = 25
    if '--top' in args:
        top = int(args[args.index('--top') + 1])
        del args[args.index('--top') : args.index('--top') + 2]
    args = [a for a in args if a != '--opt']
    wasm = args[0] if args else os.path.join(
        os.environ.get('CARGO_TARGET_DIR', os.path.join(ROOT, 'target')), 'wasm-bindgen/release/keyless-page_bg.wasm')
    if opt:
        html = open(os.path.join(ROOT, 'index.html')).read()
        level = re.search(r'data-wasm-opt="(\w+)"', html).group(1)
        params = re.search(r'data-wasm-opt-params="([^"]*)"', html)
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, 'optimized.wasm')
            cmd = ['wasm-opt', f'-O{level}', '-g', *(shlex.split(params.group(1)) if params else []), wasm, '-o', out]
            subprocess.check_call(cmd)
            b = open(out, 'rb').read()
    else:
        b = open(wasm, 'rb').read()
    sizes, funcs, data = parse(b)
    total = len(b)
    print(f'# {os.path.basename(wasm)}: {total:,} bytes' + (' (after wasm-opt -g)' if opt else ' (before wasm-opt)'))
    names = sizes.get('custom:name', 0)
    print(f'\nThe name section ({names:,} bytes) is not shipped; percentages are of the other {total - names:,}.')
    shipped = total - names
    table('Sections', sorted(((k, v) for k, v in sizes.items() if k != 'custom:name'), key=lambda x: -x[1]), shipped)
    groups, detail = collections.Counter(), collections.Counter()
    for name, size in funcs:
        g, d = group(name)
        groups[g] += size
        detail[(g, d)] += size
    groups['data section (see below)'] = sizes.get('data', 0)
    table('Code by crate, and the data section', groups.most_common(), shipped)
    table('keyless code by module', [(d, s) for (g, d), s in detail.most_common() if g.startswith('keyless')], shipped)
    table('std generics by module', [(d, s) for (g, d), s in detail.most_common() if g.startswith('std gen')], shipped, 15)
    table(f'Largest {top} functions', [(n[:110].replace('|', '\\|'), s) for n, s in sorted(funcs, key=lambda x: -x[1])[:top]], shipped)
    table('Data section by source of its string literals', literal_owners(data).most_common(), shipped)


if __name__ == '__main__':
    main()
