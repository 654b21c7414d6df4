/**
 * Fold a token's typography to what the training text writes (ASCII quotes, apostrophes, dashes),
 * so curly and straight punctuation give the same tags: "People’s" reads as "People's". Used for
 * the words the tagger and rules read; spans are always cut from the original text.
 */
export function foldWord(w: string): string {
  if (!/[\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u02bc\u2032\u2013\u2014\u2212\u00a0\u2009\u202f]/.test(w)) return w;
  return w
    .replace(/[\u2018\u2019\u201a\u201b\u02bc\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/[\u00a0\u2009\u202f]/g, ' ');
}


/** Whether code unit c is one of /\s/ (JavaScript's white space and line terminators). */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** /\s/.test(s) by character codes. */
export function hasSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isSpace(s.charCodeAt(i))) return true;
  return false;
}
