import { LedeError } from '../model/errors.js';
import type { Stage } from './stage.js';

/**
 * Order the chosen stages and their requirements so every stage runs after what it needs,
 * keeping registry order otherwise. Unknown names are a usage error, not silently skipped.
 */
export function resolveStages(registry: readonly Stage[], chosen?: readonly string[]): Stage[] {
  const byName = new Map(registry.map((s) => [s.name, s]));
  const wanted = new Set<string>();
  const visit = (name: string, from?: string): void => {
    const stage = byName.get(name);
    if (!stage) {
      const known = registry.map((s) => s.name).join(', ');
      throw new LedeError('UNKNOWN_STAGE', `unknown stage "${name}"${from ? ` (required by ${from})` : ''}; known: ${known}`, {
        field: 'stages',
      });
    }
    if (wanted.has(name)) return;
    wanted.add(name);
    for (const r of stage.requires) visit(r, name);
  };
  for (const name of chosen ?? registry.map((s) => s.name)) visit(name);

  const ordered: Stage[] = [];
  const done = new Set<string>();
  const place = (stage: Stage, path: string[]): void => {
    if (done.has(stage.name)) return;
    if (path.includes(stage.name)) throw new LedeError('UNKNOWN_STAGE', `stage cycle: ${[...path, stage.name].join(' -> ')}`);
    for (const r of stage.requires) place(byName.get(r)!, [...path, stage.name]);
    done.add(stage.name);
    ordered.push(stage);
  };
  for (const s of registry) if (wanted.has(s.name)) place(s, []);
  return ordered;
}
