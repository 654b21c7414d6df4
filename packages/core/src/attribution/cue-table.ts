// The learned cue lexicon as an open-addressing table of word hashes. Word hashes are unsigned
// 32-bit, half of them beyond V8's small integers, so a Map keyed by them boxes each look-up; the
// tagger looks up every token (twice for a British -ise spelling), which made the Map a tenth of
// building the token view.

export interface CueLexicon {
  /** Cue strength 1..4 of a word hash, undefined when the word is no learned cue. */
  get(word: number): number | undefined;
  has(word: number): boolean;
}

export class CueTable implements CueLexicon {
  private readonly keys: Int32Array;
  private readonly vals: Uint8Array;
  private readonly shift: number;
  private readonly mask: number;

  constructor(entries: Iterable<readonly [number, number]>) {
    const list = [...entries];
    let bits = 4;
    while (1 << bits < list.length * 4) bits++;
    this.keys = new Int32Array(1 << bits);
    this.vals = new Uint8Array(1 << bits);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    for (const [k, v] of list) {
      if (v < 1 || v > 255) throw new Error(`cue table: strength ${v} out of range`);
      let h = Math.imul(k, 0x9e3779b1) >>> this.shift;
      while (this.vals[h] !== 0 && this.keys[h] !== (k | 0)) h = (h + 1) & this.mask;
      this.keys[h] = k;
      this.vals[h] = v;
    }
  }

  get(word: number): number | undefined {
    const k = word | 0;
    let h = Math.imul(k, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const v = this.vals[h]!;
      if (v === 0) return undefined;
      if (this.keys[h] === k) return v;
      h = (h + 1) & this.mask;
    }
  }

  has(word: number): boolean {
    return this.get(word) !== undefined;
  }
}
