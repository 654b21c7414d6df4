import { LedeError } from '@lede/core';

/** UTF-8 byte length of a string without allocating (for size limits on string input). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function checkSize(size: number, maxBytes: number, record: string): void {
  if (size > maxBytes) {
    throw new LedeError('TOO_LARGE', `${size} bytes is over the ${maxBytes}-byte limit per record`, { record });
  }
}

/**
 * Binary sniff over the first 8 KB: any NUL, or more than 10% control bytes other than
 * tab/LF/CR/FF/ESC. UTF-16 text (with a BOM) is decoded before this check is reached.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** The charset an HTML page declares in its first 1 KB (`<meta charset>` or http-equiv), if any. */
export function sniffHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const m = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i.exec(head);
  return m?.[1]?.toLowerCase();
}

/**
 * Bytes -> string. UTF-8 by default, validated strictly (invalid sequences are an error, not
 * U+FFFD noise); UTF-16 with a BOM; a declared legacy charset (HTML pages) when UTF-8 fails.
 */
export function decodeBytes(bytes: Uint8Array, record: string, charsetHint?: string): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  }
  if (looksBinary(bytes)) throw new LedeError('BINARY_INPUT', 'the input looks binary (NUL or control bytes), not text', { record });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    const label = charsetHint && !/^utf-?8$/.test(charsetHint) ? charsetHint : undefined;
    if (label) {
      try {
        return new TextDecoder(label).decode(bytes);
      } catch {
        // unknown label: fall through to the UTF-8 error
      }
    }
    throw new LedeError('INVALID_UTF8', `the input is not valid UTF-8 (at or after byte ${firstInvalidUtf8(bytes)})`, { record, cause });
  }
}

/** Offset of the first byte that breaks UTF-8, for a message a person can act on. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const len = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > b.length) return i;
    for (let k = 1; k < len; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}
