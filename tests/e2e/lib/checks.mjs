// Small helpers for assertions on artifact content.

/** Every string value (not key) anywhere in a parsed JSON value. */
export function jsonStrings(value, out = []) {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => jsonStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => jsonStrings(v, out));
  return out;
}

/** Every number anywhere in a parsed JSON value. */
export function jsonNumbers(value, out = []) {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => jsonNumbers(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => jsonNumbers(v, out));
  return out;
}

/** JSON.parse with the offending text in the error. */
export function parseJson(label, text) {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new Error(`${label} is not valid JSON (${err.message}):\n${text}`);
  }
}

export function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True if `word` occurs in `text` not glued to other name characters. */
export function hasWord(text, word) {
  return new RegExp(`(^|[^A-Za-z0-9_.-])${escapeRegExp(word)}($|[^A-Za-z0-9_.-])`, 'm').test(text);
}
