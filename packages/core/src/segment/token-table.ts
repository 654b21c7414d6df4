import type { Token } from '../model/layers.js';
import { lazyList } from '../pipeline/lazy-list.js';

/**
 * Tokens as parallel typed arrays (wink-nlp's own layout): 9 bytes a token, where a Token object
 * with its text costs ~90. Segmentation builds one; a huge document keeps it and hands the stages
 * a read-only view that makes each Token on access (`tokenList`).
 */
export class TokenTable {
  start: Int32Array;
  end: Int32Array;
  pos: Uint8Array;
  length = 0;
  /** The POS tags, by the ids stored in `pos`. */
  readonly tags: string[] = [];
  private readonly tagIds = new Map<string, number>();

  push(start: number, end: number, tag: string): void {
    if (this.length === this.start.length) this.grow();
    const i = this.length++;
    this.start[i] = start;
    this.end[i] = end;
    this.pos[i] = this.tagId(tag);
  }

  private tagId(tag: string): number {
    let id = this.tagIds.get(tag);
    if (id === undefined) {
      if (this.tags.length === 256) throw new Error(`token table: more than 256 POS tags (${tag})`);
      this.tagIds.set(tag, (id = this.tags.length));
      this.tags.push(tag);
    }
    return id;
  }

  /** Extend the last token to `end`; `tag` replaces its tag when given. */
  extendLast(end: number, tag?: string): void {
    const i = this.length - 1;
    this.end[i] = end;
    if (tag !== undefined) this.pos[i] = this.tagId(tag);
  }

  /** The tag of token i. */
  tagOf(i: number): string {
    return this.tags[this.pos[i]!]!;
  }

  /** Room for about `n` tokens up front (an estimate from the text's length). */
  constructor(n = 1024) {
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
    this.pos = new Uint8Array(n);
  }

  // Doubling while small; past a million tokens a quarter more at a time, so a huge document's
  // table never holds twice the room it needs (and a copy of it) at once.
  private grow(): void {
    const have = this.start.length;
    const n = have < 1 << 20 ? have * 2 : Math.ceil(have * 1.25);
    const start = new Int32Array(n);
    start.set(this.start);
    const end = new Int32Array(n);
    end.set(this.end);
    const pos = new Uint8Array(n);
    pos.set(this.pos);
    Object.assign(this, { start, end, pos });
  }

  /** Drop the buffers' unused tail (a table kept for a whole document), unless it is small: a copy costs more than it frees. */
  trim(): void {
    if (this.start.length - this.length <= this.length >> 3) return;
    Object.assign(this, { start: this.start.slice(0, this.length), end: this.end.slice(0, this.length), pos: this.pos.slice(0, this.length) });
  }
}

/** Token objects, one per table row: what an ordinary article's stages read. */
export function tokenObjects(text: string, t: TokenTable): Token[] {
  const out: Token[] = new Array(t.length);
  for (let i = 0; i < t.length; i++) out[i] = { start: t.start[i]!, end: t.end[i]!, text: text.slice(t.start[i]!, t.end[i]!), pos: t.tags[t.pos[i]!]! };
  return out;
}

/** A read-only Token[] over the table (pipeline/lazy-list.ts): each token is made on access, its text sliced from the article. */
export function tokenList(text: string, t: TokenTable): Token[] {
  t.trim();
  const { start, end, pos, tags } = t;
  return lazyList(t.length, (i) => ({ start: start[i]!, end: end[i]!, text: text.slice(start[i]!, end[i]!), pos: tags[pos[i]!]! }));
}
