/** One benchmark suite; suites live in ./suites/<name>.ts and are run by run.ts. */
export interface BenchSuite {
  name: string;
  run(ctx: { shared: string; quick: boolean }): Promise<BenchRow[]>;
}

export interface BenchRow {
  metric: string;
  value: number;
  unit: string;
  /** The bar, if any: value >= min (or <= max). */
  min?: number;
  max?: number;
  /** A regression check: when the row misses its bar, `pnpm bench` exits 1 (other bars only print FAIL). */
  assert?: boolean;
}
