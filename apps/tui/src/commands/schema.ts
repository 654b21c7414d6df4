import { analysisJsonSchema } from '@lede/core';
import type { Command } from 'commander';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema (draft 2020-12) of an analysis result')
    .action(() => {
      process.stdout.write(JSON.stringify(analysisJsonSchema(), null, 2) + '\n');
    });
}
