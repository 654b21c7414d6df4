/**
 * Open-addressing hash map from any int32 key to an int32 value, over typed arrays. The entity
 * stage keys its look-ups by 32-bit word hashes (`| 0`): half of those lie outside V8's small
 * integers, so a JS Map would box each one as a heap number, per look-up. Key 0 marks an empty
 * cell; the key 0 itself is kept aside. Grows at half load.
 */
export class Int32Map {
  private keys: Int32Array;
  private vals: Int32Array;
  private mask: number;
  private shift: number; // Fibonacci hashing: the product's high bits mix every bit of the key
  private hasZero = false;
  private zeroVal = 0;
  size = 0;

  constructor(capacity = 16) {
    let n = 16;
    while (n < capacity * 2) n <<= 1;
    this.keys = new Int32Array(n);
    this.vals = new Int32Array(n);
    this.mask = n - 1;
    this.shift = 32 - Math.log2(n);
  }

  /** Value of key, or `absent`. */
  get(key: number, absent: number): number {
    if (key === 0) return this.hasZero ? this.zeroVal : absent;
    const keys = this.keys;
    const mask = this.mask;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = keys[i]!;
      if (k === key) return this.vals[i]!;
      if (k === 0) return absent;
      i = (i + 1) & mask;
    }
  }

  has(key: number): boolean {
    if (key === 0) return this.hasZero;
    const keys = this.keys;
    const mask = this.mask;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = keys[i]!;
      if (k === key) return true;
      if (k === 0) return false;
      i = (i + 1) & mask;
    }
  }

  set(key: number, value: number): void {
    if (key === 0) {
      if (!this.hasZero) this.size++;
      this.hasZero = true;
      this.zeroVal = value;
      return;
    }
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const keys = this.keys;
    const mask = this.mask;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = keys[i]!;
      if (k === 0) {
        keys[i] = key;
        this.vals[i] = value;
        this.size++;
        return;
      }
      if (k === key) {
        this.vals[i] = value;
        return;
      }
      i = (i + 1) & mask;
    }
  }

  /** set(key, get(key, 0) | bits). */
  or(key: number, bits: number): void {
    this.set(key, this.get(key, 0) | bits);
  }

  private grow(): void {
    const { keys, vals } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.vals = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    this.shift--;
    this.size = this.hasZero ? 1 : 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) this.set(keys[i]!, vals[i]!);
  }
}
