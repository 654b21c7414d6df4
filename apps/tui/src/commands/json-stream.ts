/**
 * JSON.stringify(value, null, gap) written in pieces: the analysis of a 50 MB text is ~500 MB of
 * indented JSON, which as one string would be most of the process's memory. Objects and arrays are
 * opened down to `depth` levels (the analysis, its layers, their items); below that each value is
 * stringified whole and re-indented, so the bytes equal JSON.stringify's.
 */
export async function writeJson(value: unknown, gap: string, write: (s: string) => void | Promise<void>, depth = 2): Promise<void> {
  let buffer = '';
  const put = async (s: string): Promise<void> => {
    buffer += s;
    if (buffer.length >= 1 << 16) {
      const out = buffer;
      buffer = '';
      await write(out);
    }
  };
  await writeValue(value, gap, '', depth, put);
  if (buffer) await write(buffer);
}

/** Strings at least this long are escaped and written in slices; values holding one are opened up. */
const LONG_STRING = 1 << 20;

/** A long string's JSON in slices of LONG_STRING characters, never cutting a surrogate pair (a lone half would be escaped). */
async function writeLongString(s: string, put: (s: string) => Promise<void>): Promise<void> {
  await put('"');
  for (let a = 0; a < s.length; ) {
    let b = Math.min(s.length, a + LONG_STRING);
    const c = s.charCodeAt(b - 1);
    if (b < s.length && c >= 0xd800 && c <= 0xdbff) b--;
    await put(JSON.stringify(s.slice(a, b)).slice(1, -1));
    a = b;
  }
  await put('"');
}

/** Does a plain object or array hold a long string, itself or one level down (first entries only)? */
function holdsLongString(value: object, levels = 2): boolean {
  const items = Array.isArray(value) ? value : Object.values(value);
  for (let i = 0; i < items.length && i < 64; i++) {
    const v: unknown = items[i];
    if (typeof v === 'string' ? v.length >= LONG_STRING : levels > 1 && v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON !== 'function' && holdsLongString(v, levels - 1)) return true;
  }
  return false;
}

async function writeValue(value: unknown, gap: string, indent: string, depth: number, put: (s: string) => Promise<void>): Promise<void> {
  // The article's text (and its paragraphs' texts) of a huge record: never one escaped copy of it all.
  if (typeof value === 'string' && value.length >= LONG_STRING) return writeLongString(value, put);
  if (depth <= 0 && value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function' && holdsLongString(value)) depth = 1;
  if (depth <= 0 || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    const s = JSON.stringify(value, null, gap) ?? 'null';
    // JSON strings never hold a raw line break, so every "\n" is indentation JSON.stringify wrote.
    await put(gap && indent ? s.replaceAll('\n', '\n' + indent) : s);
    return;
  }
  const inner = indent + gap;
  const open = gap ? '\n' + inner : '';
  if (Array.isArray(value)) {
    if (value.length === 0) return put('[]');
    await put('[' + open);
    for (let i = 0; i < value.length; i++) {
      if (i > 0) await put(',' + open);
      const v = value[i];
      await writeValue(v === undefined || typeof v === 'function' || typeof v === 'symbol' ? null : v, gap, inner, depth - 1, put);
    }
    return put((gap ? '\n' + indent : '') + ']');
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) return put('{}');
  await put('{' + open);
  for (let i = 0; i < entries.length; i++) {
    const [k, v] = entries[i]!;
    await put((i > 0 ? ',' + open : '') + JSON.stringify(k) + (gap ? ': ' : ':'));
    await writeValue(v, gap, inner, depth - 1, put);
  }
  await put((gap ? '\n' + indent : '') + '}');
}
