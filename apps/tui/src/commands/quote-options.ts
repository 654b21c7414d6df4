import type { Command } from 'commander';

/** The attribution filters `lede quotes` takes; a bad value is a usage error (exit 2) naming the flag. */
export interface QuoteFilterCliOptions { form?: 'direct' | 'mixed' | 'indirect'; minConfidence?: number; named?: boolean }

const FORMS = ['direct', 'mixed', 'indirect'] as const;

function usage(flag: string, message: string): never {
  process.stderr.write(`lede: INVALID_OPTION (${flag}): ${message}\n`);
  process.exit(2);
}

export function formArg(value: string): QuoteFilterCliOptions['form'] {
  if (!(FORMS as readonly string[]).includes(value)) usage('form', `expected direct, mixed or indirect, got "${value.slice(0, 20)}"`);
  return value as QuoteFilterCliOptions['form'];
}

export function confidenceArg(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) usage('min-confidence', `expected a number between 0 and 1, got "${value.slice(0, 20)}"`);
  return n;
}

export function quoteFilterOptions(cmd: Command): Command {
  return cmd
    .option('--form <form>', 'direct, mixed (quoted words in reported speech) or indirect (paraphrase)', formArg)
    .option('--min-confidence <x>', 'only quotes the analyser is at least this sure of (0-1)', confidenceArg)
    .option('--named', 'only quotes whose speaker is named, or resolved to a named person or organisation');
}

/** The store query for the parsed options (absent flags stay absent). */
export function quoteFilterQuery(opts: QuoteFilterCliOptions): QuoteFilterCliOptions {
  return {
    ...(opts.form !== undefined && { form: opts.form }),
    ...(opts.minConfidence !== undefined && { minConfidence: opts.minConfidence }),
    ...(opts.named && { named: true }),
  };
}
