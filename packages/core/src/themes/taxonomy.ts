import type { ThemeDefinition } from './definition.js';
import { FINE_THEMES } from './fine-themes.js';
import { IPTC_TOP_LEVEL } from './iptc-topics.js';
import { compileTaxonomy, type CompiledTaxonomy } from './matcher.js';

/** The bundled taxonomy: the 17 IPTC top-level Media Topics plus our finer themes. */
export const BUNDLED_THEMES: readonly ThemeDefinition[] = [...IPTC_TOP_LEVEL, ...FINE_THEMES];

/** Bundled plus user themes ('add': a user theme with a bundled id replaces it) or user themes only. */
export function mergeThemes(user: readonly ThemeDefinition[], mode: 'add' | 'replace'): ThemeDefinition[] {
  if (mode === 'replace') return [...user];
  const ids = new Set(user.map((t) => t.id));
  return [...BUNDLED_THEMES.filter((t) => !ids.has(t.id)), ...user];
}

let bundled: CompiledTaxonomy | undefined;
const compiled = new WeakMap<object, CompiledTaxonomy>();

/** Compile once per definitions object: the bundled set on first use, user sets on first sight. */
export function compiledTaxonomy(themes: readonly ThemeDefinition[] | undefined): CompiledTaxonomy {
  if (!themes) return (bundled ??= compileTaxonomy(BUNDLED_THEMES));
  let c = compiled.get(themes);
  if (!c) compiled.set(themes, (c = compileTaxonomy(themes)));
  return c;
}
