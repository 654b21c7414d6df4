/**
 * Where double quotations open and close inside one paragraph, by the shape of the marks: curly
 * marks say their direction, a straight mark opens after space/start/opening punctuation and
 * closes otherwise. Used to keep sentences whole across a quotation; the quote analyzer has its own.
 */
export function quotedRanges(text: string, start: number, end: number, maxLength = 1500): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let open = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0x00ab || c === 0x201e) {
      open = i;
    } else if (c === 0x201d || c === 0x00bb) {
      if (open >= 0 && i - open <= maxLength) ranges.push([open, i + 1]);
      open = -1;
    } else if (c === 0x22) {
      const prev = i > start ? text.charCodeAt(i - 1) : 32;
      const opens = open < 0 && (prev === 32 || prev === 9 || prev === 10 || prev === 40 || prev === 91 || prev === 0x2014 || prev === 0x2013 || prev === 58 || i === start);
      if (opens) open = i;
      else if (open >= 0) {
        if (i - open <= maxLength) ranges.push([open, i + 1]);
        open = -1;
      }
    }
  }
  return ranges;
}
