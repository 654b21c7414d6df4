#!/usr/bin/env node
// The `lede` command line. Each command lives in ./commands/<name>.ts and registers itself here.
import { Command, CommanderError } from 'commander';
import { registerSchema } from './commands/schema.js';
import { registerStages } from './commands/stages.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerBrowse } from './commands/browse.js';
import { registerServe } from './commands/serve.js';
import { registerAdd } from './commands/add.js';
import { registerSearch } from './commands/search.js';
import { registerQuotes } from './commands/quotes.js';
import { registerSpeakers } from './commands/speakers.js';
import { registerEntities } from './commands/entities.js';
import { registerCooccur } from './commands/cooccur.js';
import { registerThemes } from './commands/themes.js';
import { registerTone } from './commands/tone.js';
import { registerStats } from './commands/stats.js';

const program = new Command('lede')
  .description('Lede: news articles in, quotes, speakers, entities, themes, tone and more out.')
  .showHelpAfterError()
  // Usage errors exit 2 (the documented contract); commands set 0/1 themselves.
  .exitOverride((err: CommanderError) => {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') process.exit(0);
    process.exit(2);
  });

registerSchema(program);
registerStages(program);
registerAnalyze(program);
registerBrowse(program);
registerServe(program);
registerAdd(program);
registerSearch(program);
registerQuotes(program);
registerSpeakers(program);
registerEntities(program);
registerCooccur(program);
registerThemes(program);
registerTone(program);
registerStats(program);

// Bare `lede` opens the browser on the default store.
await program.parseAsync(process.argv.length > 2 ? process.argv : [...process.argv, 'browse']);
