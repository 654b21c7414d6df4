import { z } from 'zod';
import { LedeError } from '../model/errors.js';

/** A phrase that signals a theme, with how strongly (default 1). */
export const ThemeTerm = z.union([
  z.string().min(1).max(200),
  z.object({
    text: z.string().min(1).max(200).describe('A word or phrase; matched on word boundaries, case-insensitively, plurals folded.'),
    weight: z.number().min(0).max(10).default(1),
  }),
]);
export type ThemeTerm = z.infer<typeof ThemeTerm>;

/**
 * One theme of a taxonomy. A top-level theme has `topLevel === id`; finer themes name their top level
 * (and optionally a parent). A term written in capitals of at most five letters ("AI", "EV", "GDP") is
 * matched case-sensitively, so acronyms do not fire on ordinary words.
 */
export const ThemeDefinition = z.object({
  id: z.string().min(1).max(200).describe('Stable id, e.g. "medtop:04000000" or "lede:semiconductors".'),
  label: z.string().min(1).max(200),
  topLevel: z.string().min(1).max(200).describe('Id of the top-level theme this one belongs to (its own id for a top level).'),
  parent: z.string().min(1).max(200).optional(),
  description: z.string().max(2000).optional(),
  terms: z.array(ThemeTerm).min(1).max(20_000),
  minEvidence: z.number().min(0).max(100).optional().describe('Summed term weight needed to report the theme (default 1).'),
  prior: z
    .number()
    .min(0.1)
    .max(10)
    .optional()
    .describe('Multiplier on the evidence once the theme is reported (default 1): how readily it leads a story over other themes.'),
});
export type ThemeDefinition = z.input<typeof ThemeDefinition>;

/** A definitions file: a list of themes, or `{ themes: [...] }`. */
export const ThemeDefinitionsFile = z.union([z.array(ThemeDefinition), z.object({ themes: z.array(ThemeDefinition) })]);

/**
 * Validate user theme definitions (parsed JSON or a JSON string). Throws a LedeError whose `field`
 * names the offending place, e.g. `themes[2].terms[0].weight`; ids must be unique.
 */
export function loadThemeDefinitions(json: unknown, record?: string): ThemeDefinition[] {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (e) {
      throw new LedeError('INVALID_JSON', `theme definitions are not valid JSON: ${(e as Error).message}`, { record, cause: e });
    }
  }
  const parsed = ThemeDefinitionsFile.safeParse(value);
  if (!parsed.success) {
    // Report the issue from the branch that got furthest (the list form, or the { themes } form).
    const issues = collectIssues(parsed.error.issues);
    const issue = issues.sort((a, b) => b.path.length - a.path.length)[0]!;
    const field = formatPath(Array.isArray(value) || issue.path[0] !== 'themes' ? ['themes', ...issue.path] : issue.path);
    throw new LedeError('INVALID_OPTION', `invalid theme definition at ${field}: ${issue.message}`, { field, record });
  }
  const themes = (Array.isArray(parsed.data) ? parsed.data : parsed.data.themes) as ThemeDefinition[];
  const seen = new Set<string>();
  themes.forEach((t, i) => {
    if (seen.has(t.id)) throw new LedeError('INVALID_OPTION', `duplicate theme id "${t.id}"`, { field: `themes[${i}].id`, record });
    seen.add(t.id);
  });
  return themes;
}

type Issue = { path: PropertyKey[]; message: string; errors?: Issue[][] };

/** Flatten union issues so the deepest concrete problem is reported, not "invalid input". */
function collectIssues(issues: readonly Issue[], prefix: PropertyKey[] = []): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.errors && issue.errors.length > 0) for (const branch of issue.errors) out.push(...collectIssues(branch, path));
    else out.push({ path, message: issue.message });
  }
  return out;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}
