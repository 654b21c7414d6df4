/**
 * Turn what a user types into a safe FTS5 MATCH expression: words (AND), "quoted phrases",
 * OR between terms and a trailing * for prefixes. Every term is quoted, so FTS5 syntax in the
 * input (column filters, NEAR, parentheses, stray quotes) can never raise a syntax error.
 * Returns null when the input has no searchable word.
 */
export function toFtsQuery(input: string): string | null {
  const parts: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  const bounded = input.slice(0, 1000);
  let m: RegExpExecArray | null;
  while ((m = re.exec(bounded))) {
    if (m[1] !== undefined) {
      const words = m[1].match(/[\p{L}\p{N}]+/gu);
      if (words) parts.push(`"${words.join(' ')}"`);
      continue;
    }
    const raw = m[2]!;
    if (raw === 'OR' || raw === '|') {
      if (parts.length && parts[parts.length - 1] !== 'OR') parts.push('OR');
      continue;
    }
    const prefix = raw.endsWith('*');
    const words = raw.match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    // "U.S." or "covid-19" become a phrase of their pieces, as the tokenizer indexes them.
    parts.push(`"${words.join(' ')}"${prefix ? '*' : ''}`);
  }
  while (parts[0] === 'OR') parts.shift();
  while (parts[parts.length - 1] === 'OR') parts.pop();
  return parts.length ? parts.join(' ') : null;
}
