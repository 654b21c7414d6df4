#!/usr/bin/env node
// The `lede` command line. Each command lives in ./commands/<name>.ts and registers itself here.
import { Command, CommanderError } from 'commander';
import { registerSchema } from './commands/schema.js';
import { registerStages } from './commands/stages.js';

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

await program.parseAsync(process.argv);
