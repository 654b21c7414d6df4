import { analyze, defaultStages, isLedeError, LedeError, resolveStages, type Analysis } from '@lede/core';
import { inputFormats, readInputs, type InputFormat } from '@lede/ingest';
import { Option, type Command } from 'commander';
import { renderMarkdown } from '../report/markdown.js';
import { renderText } from '../report/text.js';
import { extraFieldTracker } from './extra-fields.js';
import { HUGE_RECORD, tightHeap } from './gc-budget.js';
import { writeJson } from './json-stream.js';
import { addThemesOptions, themesStageOptions, type ThemesMode } from './themes-option.js';

export const outputFormats = ['json', 'jsonl', 'md', 'text'] as const;
export type OutputFormat = (typeof outputFormats)[number];

export interface AnalyzeCommandOptions {
  format?: OutputFormat;
  inputFormat?: InputFormat;
  /** Stage names; their requirements are added. Default: all. */
  stages?: string[];
  maxBytes?: number;
  /** A theme definitions file (JSON) and whether it adds to or replaces the bundled taxonomy. */
  themes?: string;
  themesMode?: ThemesMode;
}

/** Where the command writes; the real process streams by default, tests pass collectors. */
export interface AnalyzeIO {
  stdout: (s: string) => void | Promise<void>;
  stderr: (s: string) => void | Promise<void>;
  stdin?: AsyncIterable<Uint8Array>;
}

const processIO: AnalyzeIO = {
  stdout: (s) => write(process.stdout, s),
  stderr: (s) => write(process.stderr, s),
};

function write(stream: NodeJS.WriteStream, s: string): Promise<void> | void {
  // Respect back-pressure so a large batch piped to `head` or a file does not pile up in memory.
  if (!stream.write(s)) return new Promise((resolve) => stream.once('drain', () => resolve()));
}

/**
 * `lede analyze`: ingest every input, analyse each article, print results. Returns the exit
 * code: 0 all records analysed, 1 some failed (one JSON error line each on stderr), 2 usage error.
 */
export async function runAnalyze(paths: string[], opts: AnalyzeCommandOptions = {}, io: AnalyzeIO = processIO): Promise<number> {
  const format = opts.format ?? 'json';
  const usage = async (message: string): Promise<number> => {
    await io.stderr(`lede analyze: ${message}\n`);
    return 2;
  };
  if (!outputFormats.includes(format)) return usage(`unknown --format "${format}"; use ${outputFormats.join(', ')}`);
  if (opts.inputFormat && !inputFormats.includes(opts.inputFormat)) return usage(`unknown --input-format "${opts.inputFormat}"; use ${inputFormats.join(', ')}`);
  if (opts.maxBytes !== undefined && !(Number.isInteger(opts.maxBytes) && opts.maxBytes > 0)) return usage('--max-bytes must be a positive integer');
  try {
    resolveStages(defaultStages, opts.stages);
  } catch (e) {
    return usage((e as Error).message);
  }
  let stageOptions: Record<string, unknown> | undefined;
  try {
    stageOptions = await themesStageOptions(opts.themes, opts.themesMode);
  } catch (e) {
    return usage(`--themes: ${(e as Error).message}`);
  }
  // One options object for every record: the stages validate their options once per object.
  const analyzeOptions = { stages: opts.stages, ...(stageOptions && { stageOptions }) };
  const url = paths.find((p) => /^[a-z][a-z0-9+.-]*:\/\//i.test(p));
  if (url) return usage(`URLs are not fetched (${url.slice(0, 80)}); save the page and pass the file, or pipe it: curl -s URL | lede analyze - --input-format html`);
  if (paths.length === 0) {
    if (!io.stdin && process.stdin.isTTY) return usage('no input: give FILE, DIR or - (stdin)');
    paths = ['-'];
  }

  let failed = 0;
  let emitted = 0;
  let pendingJson: Analysis | null = null; // json: one result prints as an object, several as an array
  const reportError = (record: string, e: unknown): Promise<void> | void => {
    failed++;
    const err = isLedeError(e) ? e : new LedeError('INVALID_RECORD', (e as Error)?.message ?? String(e), { record });
    return io.stderr(JSON.stringify({ record, code: err.code, field: err.field ?? null, message: err.message }) + '\n');
  };
  const emit = async (a: Analysis): Promise<void> => {
    emitted++;
    if (format === 'jsonl') return writeJson(a, '', io.stdout).then(() => io.stdout('\n'));
    if (format === 'md' || format === 'text') {
      const rendered = format === 'md' ? renderMarkdown(a) : renderText(a);
      return io.stdout((emitted > 1 ? (format === 'md' ? '\n---\n\n' : '\n\n') : '') + rendered);
    }
    if (emitted === 1) pendingJson = a;
    else {
      if (emitted === 2) {
        await io.stdout('[\n');
        await writeJson(pendingJson, '  ', io.stdout);
        pendingJson = null;
      }
      await io.stdout(',\n');
      await writeJson(a, '  ', io.stdout);
    }
  };

  const extras = extraFieldTracker();
  let tight = false;
  try {
    return await analyzeAll();
  } finally {
    if (tight) tightHeap(false);
  }

  async function analyzeAll(): Promise<number> {
    for await (const result of readInputs(paths, { format: opts.inputFormat, maxBytes: opts.maxBytes, stdin: io.stdin })) {
      if (!result.ok) {
        await reportError(result.record, result.error);
        continue;
      }
      extras.note(result.article);
      // From the first huge record to the end (its JSON may only be written after the loop).
      if (!tight && result.article.text.length >= HUGE_RECORD) tightHeap((tight = true));
      let analysis: Analysis;
      try {
        analysis = analyze(result.article, analyzeOptions);
      } catch (e) {
        await reportError(result.record, e);
        continue;
      }
      await emit(analysis);
    }
    if (format === 'json') {
      if (emitted === 1) {
        await writeJson(pendingJson, '  ', io.stdout);
        await io.stdout('\n');
      }
      else if (emitted > 1) await io.stdout('\n]\n');
    }
    const warning = extras.warning('analyze');
    if (warning) await io.stderr(warning);
    return failed > 0 ? 1 : 0;
  }
}

export function registerAnalyze(program: Command): void {
  const command = program
    .command('analyze')
    .description('analyse articles: files, directories or - (stdin); results on stdout, errors as JSON lines on stderr')
    .argument('[inputs...]', 'FILE, DIR (recursive) or - for stdin')
    .addOption(new Option('--format <format>', 'output format').choices([...outputFormats]).default('json'))
    .addOption(new Option('--input-format <format>', 'input format').choices([...inputFormats]).default('auto'))
    .option('--stages <names>', 'comma-separated stages to run (requirements are added); see `lede stages`')
    .option('--max-bytes <n>', 'size limit per record in bytes (default 10 MB)');
  addThemesOptions(command)
    .action(async (inputs: string[], o: { format: OutputFormat; inputFormat: InputFormat; stages?: string; maxBytes?: string; themes?: string; themesMode?: ThemesMode }) => {
      const code = await runAnalyze(inputs, {
        format: o.format,
        inputFormat: o.inputFormat,
        stages: o.stages ? o.stages.split(',').map((s) => s.trim()).filter(Boolean) : undefined,
        maxBytes: o.maxBytes === undefined ? undefined : Number(o.maxBytes),
        themes: o.themes,
        themesMode: o.themesMode,
      });
      process.exitCode = code;
    });
}
