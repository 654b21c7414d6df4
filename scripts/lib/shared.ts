import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** `../shared` beside the repo (override with LEDE_SHARED); null when it is not there. */
export function sharedDir(): string | null {
  const dir = process.env.LEDE_SHARED ?? path.resolve(repoRoot, '../shared');
  return fs.existsSync(dir) ? dir : null;
}

/** Stop with a clear message when the shared data a script needs is missing. */
export function requireShared(what: string): string {
  const dir = sharedDir();
  if (!dir) {
    console.error(
      `${what} needs the shared data directory (evaluation sets and corpora), which is not part of the repository.\n` +
        `Looked for: ${process.env.LEDE_SHARED ?? path.resolve(repoRoot, '../shared')}\n` +
        'Put it beside the repository as ../shared, or set LEDE_SHARED=/path/to/shared.',
    );
    process.exit(2);
  }
  return dir;
}

export function readJsonl<T = Record<string, unknown>>(file: string): T[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}
