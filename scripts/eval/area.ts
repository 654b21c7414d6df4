/**
 * One evaluation area: how to predict a gold record and how to score the predictions.
 * Areas live in ./areas/<name>.ts and are picked up by run.ts.
 */
export interface EvalArea<G = any, P = unknown> {
  name: string;
  /** Gold file, relative to the shared directory, e.g. "eval/quotes/dev.jsonl". */
  dataset: string;
  /** Build the prediction record for one gold record. */
  predict(record: G): P | Promise<P>;
  /** Score with the dataset's own scorer (a script relative to shared/) ... */
  scorer?: { script: string; args(gold: string, pred: string): string[] };
  /** ... or in-process, for areas without a scorer script. */
  score?(gold: G[], preds: P[]): Record<string, number> | Promise<Record<string, number>>;
  /** Pull the headline metrics out of the scorer's JSON result. */
  metrics(result: any): Record<string, number>;
  /** The bars: metric >= min (or <= max). */
  bars: Array<{ metric: string; min?: number; max?: number }>;
}
