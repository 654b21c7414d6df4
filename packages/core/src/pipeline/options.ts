import type { Stage } from './stage.js';

export interface AnalyzeOptions {
  /** Stage names to run (their requirements are added); default: every registered stage. */
  stages?: readonly string[];
  /** Replace the registry of stages (e.g. to add a custom one). */
  registry?: readonly Stage[];
  /** Include tokens in each sentence of the result. */
  tokens?: boolean;
  /** Called after each stage with its wall time, for benchmarks. */
  onStage?: (name: string, ms: number) => void;
  /** Options of individual stages, keyed by stage name. */
  stageOptions?: Record<string, unknown>;
}
