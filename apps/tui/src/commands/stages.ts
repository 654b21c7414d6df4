import { defaultStages } from '@lede/core';
import type { Command } from 'commander';

export function registerStages(program: Command): void {
  program
    .command('stages')
    .description('list the analyzer stages (for --stages)')
    .action(() => {
      for (const s of defaultStages) {
        const needs = s.requires.length ? ` (needs ${s.requires.join(', ')})` : '';
        process.stdout.write(`${s.name.padEnd(12)} ${s.description}${needs}\n`);
      }
    });
}
