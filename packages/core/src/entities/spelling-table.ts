/**
 * Interns spans of a text by their characters, without making a string per span: an FNV-1a hash
 * of the span, looked up in open addressing over Int32Arrays, confirmed against the stored
 * spelling (`startsWith` at the span). What the tagger does once per token: a JS Map keyed by
 * each token's fresh string hashes it and chases heap pointers to compare keys, several times the
 * cost of hashing the article's characters in place.
 */
export class SpellingTable {
  // 4 ints per cell, one cache line per probe: hash, spelling index + 1 (0 = empty), value, length.
  private cells = new Int32Array(4096 * 4);
  private spellings: string[] = [];
  private values: number[] = [];
  private mask = 4095;
  private shift = 20; // Fibonacci hashing: the product's high bits index the table
  size = 0;

  /** Value of text[start, end), or -1; h is the span's `spanHash`. */
  get(text: string, start: number, end: number, h: number): number {
    const { cells, mask } = this;
    let i = Math.imul(h, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const c = i << 2;
      const v = cells[c + 1]!;
      if (v === 0) return -1;
      if (cells[c] === h && cells[c + 3] === end - start && text.startsWith(this.spellings[v - 1]!, start)) return cells[c + 2]!;
      i = (i + 1) & mask;
    }
  }

  /** Add a spelling not present yet (h its `spanHash`) with its value. */
  add(spelling: string, h: number, value: number): void {
    if ((this.size + 1) * 8 > this.cells.length) this.grow();
    this.spellings.push(spelling);
    this.values.push(value);
    this.size++;
    this.place(h, this.size, value, spelling.length);
  }

  /** Every spelling with its value, in the order added. */
  forEach(f: (spelling: string, value: number) => void): void {
    for (let i = 0; i < this.spellings.length; i++) f(this.spellings[i]!, this.values[i]!);
  }

  clear(): void {
    this.cells.fill(0);
    this.spellings.length = 0;
    this.values.length = 0;
    this.size = 0;
  }

  private place(h: number, v: number, value: number, len: number): void {
    const cells = this.cells;
    let i = Math.imul(h, 0x9e3779b1) >>> this.shift;
    while (cells[(i << 2) + 1] !== 0) i = (i + 1) & this.mask;
    const c = i << 2;
    cells[c] = h;
    cells[c + 1] = v;
    cells[c + 2] = value;
    cells[c + 3] = len;
  }

  private grow(): void {
    const old = this.cells;
    this.cells = new Int32Array(old.length * 2);
    this.mask = (this.cells.length >> 2) - 1;
    this.shift--;
    for (let c = 0; c < old.length; c += 4) if (old[c + 1] !== 0) this.place(old[c]!, old[c + 1]!, old[c + 2]!, old[c + 3]!);
  }
}

/** FNV-1a of text[start, end) as written (the key `SpellingTable` expects). */
export function spanHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}
