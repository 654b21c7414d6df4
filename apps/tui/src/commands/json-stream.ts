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

async function writeValue(value: unknown, gap: string, indent: string, depth: number, put: (s: string) => Promise<void>): Promise<void> {
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
