#!/usr/bin/env node
// The `lede` command line. Each command lives in ./commands/<name>.ts and registers itself here.
// Command modules load lazily: `lede browse` must reach its first frame fast, so it must not pay for
// the HTTP server, the ingesters or the analyzers it does not use.
import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';

type Register = (program: Command) => void;
const commands: Record<string, () => Promise<Register>> = {
  analyze: async () => (await import('./commands/analyze.js')).registerAnalyze,
  add: async () => (await import('./commands/add.js')).registerAdd,
  rm: async () => (await import('./commands/rm.js')).registerRm,
  show: async () => (await import('./commands/show.js')).registerShow,
  export: async () => (await import('./commands/export.js')).registerExport,
  browse: async () => (await import('./commands/browse.js')).registerBrowse,
  list: async () => (await import('./commands/list.js')).registerList,
  search: async () => (await import('./commands/search.js')).registerSearch,
  quotes: async () => (await import('./commands/quotes.js')).registerQuotes,
  speakers: async () => (await import('./commands/speakers.js')).registerSpeakers,
  entities: async () => (await import('./commands/entities.js')).registerEntities,
  entity: async () => (await import('./commands/entity.js')).registerEntity,
  cooccur: async () => (await import('./commands/cooccur.js')).registerCooccur,
  themes: async () => (await import('./commands/themes.js')).registerThemes,
  timeline: async () => (await import('./commands/themes.js')).registerThemes, // alias of themes
  tone: async () => (await import('./commands/tone.js')).registerTone,
  stats: async () => (await import('./commands/stats.js')).registerStats,
  serve: async () => (await import('./commands/serve.js')).registerServe,
  worker: async () => (await import('./commands/worker.js')).registerWorker,
  queue: async () => (await import('./commands/queue.js')).registerQueue,
  schema: async () => (await import('./commands/schema.js')).registerSchema,
  stages: async () => (await import('./commands/stages.js')).registerStages,
  sources: async () => (await import('./commands/sources.js')).registerSources,
  collect: async () => (await import('./commands/collect.js')).registerCollect,
};

// Output piped into `head` ends quietly: a closed pipe is the reader saying "enough", not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}

const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
// The version needs no command module (loading them all for the listing takes seconds).
if (process.argv.length === 3 && (process.argv[2] === '--version' || process.argv[2] === '-V')) {
  process.stdout.write(`${version}\n`);
  process.exit(0);
}

const program = new Command('lede')
  .description('Lede: news articles in, quotes, speakers, entities, themes, tone and more out.')
  .version(version, '-V, --version')
  .showHelpAfterError()
  // Usage errors exit 2 (the documented contract); commands set 0/1 themselves.
  .exitOverride((err: CommanderError) => {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') process.exit(0);
    process.exit(2);
  });

// Bare `lede` opens the browser on the default store.
const argv = process.argv.length > 2 ? process.argv : [...process.argv, 'browse'];
const named = argv[2] !== undefined ? commands[argv[2]] : undefined;
// A known command loads alone; help, unknown commands and options load them all (for the listing).
// `timeline` and `themes` share one module: register each module once.
const registered = new Set<Register>();
for (const load of named ? [named] : Object.values(commands)) {
  const register = await load();
  if (!registered.has(register)) register(program);
  registered.add(register);
}

await program.parseAsync(argv);
