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

