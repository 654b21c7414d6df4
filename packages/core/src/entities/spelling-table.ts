/**
 * Interns spans of a text by their characters, without making a string per span: an FNV-1a hash
 * of the span, looked up in open addressing over Int32Arrays, confirmed against the stored
 * spelling (`startsWith` at the span). What the tagger does once per token: a JS Map keyed by
 * each token's fresh string hashes it and chases heap pointers to compare keys, several times the
 * cost of hashing the article's characters in place.
 */
export class SpellingTable {
  private hashes = new Int32Array(4096);
  private vals = new Int32Array(4096); // value + 1; 0 = empty
  private spellings: string[] = [];
  private values: number[] = [];
  private mask = 4095;
  private shift = 20; // Fibonacci hashing: the product's high bits index the table
  size = 0;

  /** Value of text[start, end), or -1; h is the span's `spanHash`. */
  get(text: string, start: number, end: number, h: number): number {
    const { hashes, vals, mask } = this;
    let i = Math.imul(h, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const v = vals[i]!;
      if (v === 0) return -1;
      if (hashes[i] === h) {
        const sp = this.spellings[v - 1]!;
        if (sp.length === end - start && text.startsWith(sp, start)) return this.values[v - 1]!;
      }
      i = (i + 1) & mask;
    }
  }

  /** Add a spelling not present yet (h its `spanHash`) with its value. */
  add(spelling: string, h: number, value: number): void {
    if ((this.size + 1) * 2 > this.vals.length) this.grow();
    this.spellings.push(spelling);
    this.values.push(value);
    this.size++;
    this.place(h, this.size);
  }

  /** Every spelling with its value, in the order added. */
  forEach(f: (spelling: string, value: number) => void): void {
    for (let i = 0; i < this.spellings.length; i++) f(this.spellings[i]!, this.values[i]!);
  }

  clear(): void {
    this.vals.fill(0);
    this.spellings.length = 0;
    this.values.length = 0;
    this.size = 0;
  }

  private place(h: number, v: number): void {
    let i = Math.imul(h, 0x9e3779b1) >>> this.shift;
    while (this.vals[i] !== 0) i = (i + 1) & this.mask;
    this.hashes[i] = h;
    this.vals[i] = v;
  }

  private grow(): void {
    const { hashes, vals } = this;
    this.hashes = new Int32Array(hashes.length * 2);
    this.vals = new Int32Array(hashes.length * 2);
    this.mask = this.hashes.length - 1;
    this.shift--;
    for (let i = 0; i < vals.length; i++) if (vals[i] !== 0) this.place(hashes[i]!, vals[i]!);
  }
}

/** FNV-1a of text[start, end) as written (the key `SpellingTable` expects). */
export function spanHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}
