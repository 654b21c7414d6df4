// Weight tables shipped as base64 of little-endian int16 (the linker's and the source ranker's).
import { decodeBase64 } from './model.js';

/** Little-endian int16 weights from base64. */
export function decodeInt16(b64: string): Int16Array {
  const raw = decodeBase64(b64);
  // Copy: a Buffer may not be 2-byte aligned.
  const out = new Int16Array(raw.byteLength >> 1);
  for (let i = 0; i < out.length; i++) out[i] = (raw[2 * i]! | (raw[2 * i + 1]! << 8)) << 16 >> 16;
  return out;
}
