// Weight tables shipped as base64 of little-endian int16 (the linker's and the source ranker's).

/** Little-endian int16 weights from base64 (Buffer in Node, atob in a browser). */
export function decodeInt16(b64: string): Int16Array {
  const g = globalThis as { Buffer?: { from(s: string, e: string): Uint8Array }; atob?: (s: string) => string };
  let raw: Uint8Array;
  if (g.Buffer) raw = g.Buffer.from(b64, 'base64');
  else {
    const bin = g.atob!(b64);
    raw = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) raw[i] = bin.charCodeAt(i);
  }
  // Copy: a Buffer may not be 2-byte aligned.
  const out = new Int16Array(raw.byteLength >> 1);
  for (let i = 0; i < out.length; i++) out[i] = (raw[2 * i]! | (raw[2 * i + 1]! << 8)) << 16 >> 16;
  return out;
}
