// Colour arithmetic for theme and focus checks (journeys 14, 15): parse the
// computed colours Chromium reports, WCAG relative luminance and contrast ratio.

/** 'rgb(1, 2, 3)' | 'rgba(1, 2, 3, 0.5)' | 'rgb(1 2 3 / 50%)' | '#rrggbb' -> { r, g, b, a } (0-255, a 0-1). */
export function parseColor(text) {
  const s = String(text).trim().toLowerCase();
  let m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})?$/.exec(s);
  if (m) {
    return { r: parseInt(m[1], 16), g: parseInt(m[2], 16), b: parseInt(m[3], 16), a: m[4] ? parseInt(m[4], 16) / 255 : 1 };
  }
  m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(s);
  if (m) {
    const a = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
    return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a };
  }
  if (s === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  throw new Error(`unparsed colour ${JSON.stringify(text)}`);
}

/** WCAG 2 relative luminance (0 black .. 1 white) of a colour string or {r,g,b}. */
export function luminance(color) {
  const { r, g, b } = typeof color === 'string' ? parseColor(color) : color;
  const lin = (c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio (1..21) of two colours. */
export function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * In-page function (pass to locator.evaluate / page.evaluate with an element):
 * the first opaque background colour at or above `el`, else the canvas colour
 * of the root's color-scheme.
 */
export function opaqueBackgroundOf(el) {
  for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
    const bg = getComputedStyle(n).backgroundColor;
    const m = /rgba?\(([^)]*)\)/.exec(bg);
    if (!m) continue;
    const parts = m[1].split(/[\s,/]+/).filter(Boolean);
    const alpha = parts.length > 3 ? parseFloat(parts[3]) * (parts[3].endsWith('%') ? 0.01 : 1) : 1;
    if (alpha >= 0.99) return bg;
  }
  return getComputedStyle(document.documentElement).colorScheme.includes('dark')
    && matchMedia('(prefers-color-scheme: dark)').matches ? 'rgb(18, 18, 18)' : 'rgb(255, 255, 255)';
}
