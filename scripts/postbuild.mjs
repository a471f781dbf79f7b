// Trunk post_build hook (see Trunk.toml). Runs on the staged build before it becomes dist/:
//  1. gives index.html a strict Content-Security-Policy: Trunk's inline loader is allowed by its
//     SHA-256 hash, so neither 'unsafe-inline' nor 'unsafe-eval' is needed (only
//     'wasm-unsafe-eval' to compile the WebAssembly);
//  2. writes keyless.html, one self-contained file (CSS, loader, JS glue and the gzip-compressed
//     wasm inlined as 7-bit text) that works when opened from disk with no network at all. In release builds
//     the gzip stream comes from zopfli (npm @gfx/zopfli in tests/e2e/node_modules, installed by
//     scripts/install-tools.sh): about 5% smaller than zlib's level 9 and still plain gzip for
//     DecompressionStream. Without it (or in debug builds) zlib level 9 is used.
// Usage outside Trunk: node scripts/postbuild.mjs DIR
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) {
  console.error('postbuild: no TRUNK_STAGING_DIR and no directory argument');
  process.exit(2);
}
const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const find = (suffix) => {
  const hits = readdirSync(dir).filter((f) => f.endsWith(suffix));
  if (hits.length !== 1) throw new Error(`postbuild: expected one *${suffix} in ${dir}, found ${hits.length}`);
  return hits[0];
};

const csp = ({ scripts, styles, connect }) =>
  [
    "default-src 'none'",
    `script-src ${scripts.join(' ')} 'wasm-unsafe-eval'`,
    `style-src ${styles.join(' ')}`,
    "img-src 'self' data: blob:",
    `connect-src ${connect}`,
    "base-uri 'none'",
    "object-src 'none'",
    "form-action 'none'",
  ].join('; ');
const meta = (policy) => `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;

// 1. Hosted page.
const indexPath = join(dir, 'index.html');
let index = readFileSync(indexPath, 'utf8');
const inline = [...index.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length !== 1) throw new Error(`postbuild: expected one inline loader, found ${inline.length}`);
// The stylesheet carries an integrity hash; without CORS mode a sandboxed frame (origin
// "null") refuses to apply it.
index = index.replace(/<link rel="stylesheet"(?![^>]*crossorigin)/, '<link rel="stylesheet" crossorigin="anonymous"');
const hostedPolicy = csp({ scripts: ["'self'", sha256(inline[0])], styles: ["'self'"], connect: "'self'" });
index = index.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${meta(hostedPolicy)}`);
writeFileSync(indexPath, index);

// 2. Offline single file.
const css = readFileSync(join(dir, find('.css')), 'utf8');
const glue = readFileSync(join(dir, find('.js')), 'utf8');
const gzip = async (bytes) => {
  if (process.env.TRUNK_PROFILE !== 'debug') {
    let zopfli = null;
    try {
      zopfli = createRequire(new URL('../tests/e2e/package.json', import.meta.url))('@gfx/zopfli');
    } catch {
      console.warn('postbuild: @gfx/zopfli not installed (scripts/install-tools.sh); using zlib gzip');
    }
    if (zopfli) return Buffer.from(await zopfli.gzipAsync(bytes, { numiterations: 15 }));
  }
  return gzipSync(bytes, { level: 9 });
};
// The gzip stream goes into the page as text, 7 bits per character instead of base64's 6: a
// 7-bit group is one ASCII character, except the six a script string cannot hold as they are
// (NUL, LF, CR, '"', '\\', '<'), which take a two-byte character together with the next group.
// The other control characters are valid as they are inside a JS string and HTML script text, so
// the text goes into the string literal unescaped. The document is UTF-8; the result is ~14%
// smaller than base64.
const AWKWARD = [0, 10, 13, 34, 92, 60];
function encode7(bytes) {
  const groups = [];
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = ((acc << 8) | b) & 0x7fff;
    bits += 8;
    while (bits >= 7) {
      bits -= 7;
      groups.push((acc >> bits) & 127);
    }
  }
  if (bits > 0) groups.push((acc << (7 - bits)) & 127);
  const codes = [];
  for (let k = 0; k < groups.length; k++) {
    const i = AWKWARD.indexOf(groups[k]);
    if (i < 0) codes.push(groups[k]);
    else if (k + 1 < groups.length) codes.push(128 + (i << 8) + 128 + groups[++k]);
    else codes.push(128 + (i << 8));
  }
  let text = '';
  for (let k = 0; k < codes.length; k += 8192) text += String.fromCharCode(...codes.slice(k, k + 8192));
  return text;
}
// Runs in the page (its source is copied into the loader) and here, to check the round trip.
function decode7(text, length) {
  const awkward = [0, 10, 13, 34, 92, 60];
  const out = new Uint8Array(length);
  let acc = 0;
  let bits = 0;
  let o = 0;
  const put = (v) => {
    acc = ((acc << 7) | v) & 0x7fff;
    bits += 7;
    if (bits >= 8) {
      bits -= 8;
      if (o < length) out[o++] = (acc >> bits) & 255;
    }
  };
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 128) put(c);
    else {
      put(awkward[(c - 128) >> 8]);
      if ((c - 128) & 128) put((c - 128) & 127);
    }
  }
  return out;
}
const wasmGzBytes = await gzip(readFileSync(join(dir, find('_bg.wasm'))));
const wasmText = encode7(wasmGzBytes);
if (!Buffer.from(decode7(wasmText, wasmGzBytes.length)).equals(wasmGzBytes)) {
  throw new Error('postbuild: the 7-bit text of the wasm does not decode to the same bytes');
}
const loader = `${glue}
window.KEYLESS_SINGLE_FILE = true;
${decode7.toString()}
const packed = decode7("${wasmText}", ${wasmGzBytes.length});
const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'));
const bytes = await new Response(stream).arrayBuffer();
await __wbg_init({ module_or_path: bytes });
`;
if (!/function __wbg_init\b/.test(glue)) throw new Error('postbuild: wasm-bindgen glue has no __wbg_init');
const head = index
  .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
  .replace(/<link rel="stylesheet"[^>]*>/, '')
  .replace(/<script type="module">[\s\S]*?<\/script>/, '')
  .replace(/<link rel="modulepreload"[^>]*>/g, '')
  .replace(/<link rel="preload"[^>]*>/g, '');
const offlinePolicy = csp({ scripts: [sha256(loader)], styles: [sha256(css)], connect: "'none'" });
const single = head
  .replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${meta(offlinePolicy)}`)
  // A function, so that '$' in the loader (the wasm text has it) is not read as a pattern.
  .replace('</head>', () => `<style>${css}</style>\n<script type="module">${loader}</script>\n</head>`);
writeFileSync(join(dir, 'keyless.html'), single);
console.log(`postbuild: CSP added to index.html; keyless.html written (${single.length} bytes)`);
