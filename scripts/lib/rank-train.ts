// Averaged perceptron ranking, as the attribution linker and source ranker train it: each problem
// offers options with hashed feature ids, one of them gold; a wrong pick moves the weights toward
// the gold option and away from the pick. Weights are averaged over every step and quantised to
// int16 for shipping. Deterministic for a given shuffle generator.

export interface RankSpec<P> {
  /** Options of a problem in scoring order: the first is the pick unless another scores strictly higher. */
  options(p: P): readonly number[];
  /** Feature ids of option k. */
  features(p: P, k: number): ArrayLike<number>;
  gold(p: P): number;
  /** Whether picking k counts as right (the gold one, or one the data leaves neutral). */
  right(p: P, k: number): boolean;
}

export function score<P>(spec: RankSpec<P>, wt: ArrayLike<number>, p: P, k: number): number {
  const f = spec.features(p, k);
  let s = 0;
  for (let t = 0; t < f.length; t++) s += wt[f[t]!]!;
  return s;
}

export function pick<P>(spec: RankSpec<P>, wt: ArrayLike<number>, p: P): number {
  const opts = spec.options(p);
  let arg = opts[0]!;
  let top = score(spec, wt, p, arg);
  for (let i = 1; i < opts.length; i++) {
    const s = score(spec, wt, p, opts[i]!);
    if (s > top) { top = s; arg = opts[i]!; }
  }
  return arg;
}

/** Train for `epochs` shuffled passes; returns the averaged weights. `what` names the error in the log. */
export function trainRanker<P>(spec: RankSpec<P>, train: readonly P[], size: number, epochs: number, rand: () => number, what: string): Float32Array {
  const w = new Float32Array(size), u = new Float32Array(size);
  let c = 1;
  const update = (p: P, k: number, d: number) => {
    const f = spec.features(p, k);
    for (let t = 0; t < f.length; t++) { w[f[t]!]! += d; u[f[t]!]! += d * c; }
  };
  for (let ep = 0; ep < epochs; ep++) {
    const order = train.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
    let errs = 0;
    for (const i of order) {
      const p = train[i]!;
      const k = pick(spec, w, p);
      if (!spec.right(p, k)) { errs++; update(p, spec.gold(p), 1); update(p, k, -1); }
      c++;
    }
    console.error(`epoch ${ep + 1}: ${what} ${(100 * errs / train.length).toFixed(2)} %`);
  }
  for (let i = 0; i < size; i++) w[i] = w[i]! - u[i]! / c;
  return w;
}

/** Scale the weights so the largest is ±32767 and round: what ships. */
export function quantise16(w: Float32Array): Int16Array {
  let max = 0;
  for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]!));
  const scale = 32767 / max;
  const q = new Int16Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.round(w[i]! * scale);
  return q;
}
