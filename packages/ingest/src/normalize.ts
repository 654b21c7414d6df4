/**
 * Text normalisation with an offset map. Every analysis offset refers to the normalised text
 * (`article.text`); `map[i]` is where normalised character i came from in the raw text, and
 * `map[text.length]` is the raw length, so a span [a, b) maps back to [map[a], map[b - 1] + 1).
 */
export interface Normalized {
  text: string;
  map: Uint32Array;
}

export interface NormalizeOptions {
  /** Collapse runs of spaces/tabs inside a line into one space (HTML-style whitespace). */
  collapseSpaces?: boolean;
  /** Collapse three or more line breaks into one blank line. */
  collapseBlankLines?: boolean;
}

// Characters that carry no text: zero-width space/joiners, word joiner, BOM, soft hyphen.
const INVISIBLE = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);

/** Horizontal whitespace other than the plain space: NBSP, the U+2000 block, narrow NBSP, etc. */
function isHorizontalSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

/**
 * CRLF/CR/U+2028/U+2029 -> LF; NBSP and other spaces -> ' '; invisible characters removed;
 * spaces at line ends and blank lines at both ends dropped. One linear pass, no regexes.
 */
export function normalizeText(raw: string, opts: NormalizeOptions = {}): Normalized {
  const map = new Uint32Array(raw.length + 1);
  const pieces: string[] = [];
  let n = 0; // normalised length so far
  let runStart = -1; // start of the raw run being copied verbatim
  let runEnd = -1;
  const closeRun = (): void => {
    if (runStart >= 0) pieces.push(raw.slice(runStart, runEnd));
    runStart = -1;
  };
  const emit = (ch: string, src: number): void => {
    if (raw[src] === ch && runStart >= 0 && runEnd === src) runEnd++;
    else if (raw[src] === ch) {
      closeRun();
      runStart = src;
      runEnd = src + 1;
    } else {
      closeRun();
      pieces.push(ch);
    }
    map[n++] = src;
  };
  // Spaces and line breaks are held back until a visible character shows they are interior.
  let spaces: number[] = [];
  let breaks: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x0d && raw.charCodeAt(i + 1) === 0x0a) continue; // the LF carries the break
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
      spaces = [];
      breaks.push(i);
    } else if (isHorizontalSpace(c)) {
      if (!opts.collapseSpaces || spaces.length === 0) spaces.push(i);
    } else if (!INVISIBLE.has(c)) {
      if (n > 0) {
        const keep = opts.collapseBlankLines ? Math.min(breaks.length, 2) : breaks.length;
        for (let k = 0; k < keep; k++) emit('\n', breaks[k]!);
      }
      // Indentation is kept in plain text; HTML-style collapsing drops it at line starts.
      const lineStart = n === 0 || breaks.length > 0;
      if (!(lineStart && (opts.collapseSpaces || n === 0))) for (const p of spaces) emit(' ', p);
      spaces = [];
      breaks = [];
      emit(raw[i]!, i);
    }
  }
  closeRun();
  map[n] = raw.length;
  return { text: pieces.join(''), map: map.slice(0, n + 1) };
}

/** Map a normalised span back to the raw text. */
export function toOriginalSpan(map: Uint32Array, start: number, end: number): [number, number] {
  if (end <= start) return [map[start]!, map[start]!];
  return [map[start]!, map[end - 1]! + 1];
}
