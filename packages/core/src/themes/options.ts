import { z } from 'zod';
import { LedeError } from '../model/errors.js';
import { loadThemeDefinitions, type ThemeDefinition } from './definition.js';
import { mergeThemes } from './taxonomy.js';

/** `options.stageOptions.themes`. */
export const ThemesStageOptions = z.object({
  definitions: z.unknown().optional().describe('User theme definitions (see ThemeDefinition), or a JSON string of them.'),
  mode: z.enum(['add', 'replace']).default('add'),
  minScore: z.number().min(0).max(1).default(0),
  evidence: z.number().int().min(0).max(50).default(5),
});

export interface ResolvedThemesOptions {
  /** undefined = the bundled taxonomy. */
  themes: readonly ThemeDefinition[] | undefined;
  minScore: number;
  evidence: number;
}

const cache = new WeakMap<object, ResolvedThemesOptions>();

/** Validate the stage options once per options object (typed errors naming the field). */
export function resolveThemesOptions(raw: unknown): ResolvedThemesOptions {
  if (raw === undefined || raw === null) return { themes: undefined, minScore: 0, evidence: 5 };
  if (typeof raw === 'object' && cache.has(raw)) return cache.get(raw)!;
  const parsed = ThemesStageOptions.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = ['stageOptions', 'themes', ...issue.path].join('.');
    throw new LedeError('INVALID_OPTION', `${field}: ${issue.message}`, { field });
  }
  const { definitions, mode, minScore, evidence } = parsed.data;
  if (mode === 'replace' && definitions === undefined) {
    throw new LedeError('INVALID_OPTION', 'stageOptions.themes.mode "replace" needs definitions', { field: 'stageOptions.themes.definitions' });
  }
  const user = definitions === undefined ? undefined : loadThemeDefinitions(definitions);
  const resolved = { themes: user ? mergeThemes(user, mode) : undefined, minScore, evidence };
  if (typeof raw === 'object') cache.set(raw, resolved);
  return resolved;
}
