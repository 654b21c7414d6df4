/**
 * `--themes FILE [--themes-mode add|replace]`: the user's theme definitions for the themes stage,
 * read and validated once, before any article is analysed, so a bad file is a usage error that
 * names the file and the field, not one failure per record.
 */
import fs from 'node:fs';
import { LedeError } from '@lede/core/model';
import { Option, type Command } from 'commander';

export const themesModes = ['add', 'replace'] as const;
export type ThemesMode = (typeof themesModes)[number];

export function addThemesOptions(command: Command): Command {
  return command
    .option('--themes <file>', 'your theme definitions (JSON; see the README), added to the bundled taxonomy')
    .addOption(new Option('--themes-mode <mode>', 'add to the bundled themes or replace them').choices([...themesModes]).default('add'));
}

/** The `stageOptions` for analyze, or undefined without --themes. Throws LedeError (field, record). */
export async function themesStageOptions(file: string | undefined, mode: ThemesMode = 'add'): Promise<Record<string, unknown> | undefined> {
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new LedeError('NOT_FOUND', `cannot read theme definitions ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { field: 'themes', record: file, cause: e });
  }
  // Validate here (typed errors naming the definition's field); the stage re-reads the same text.
  const { loadThemeDefinitions } = await import('@lede/core');
  loadThemeDefinitions(text, file);
  return { themes: { definitions: text, mode } };
}
