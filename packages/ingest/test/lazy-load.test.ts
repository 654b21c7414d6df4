// A text input must not load the HTML, feed or date parsers; an HTML input loads the DOM it needs.
// Run in a fresh process (the test runner's module cache is shared across files) that records every module it
// loads: ES modules through a loader hook, CommonJS through require.cache.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const heavy = ['linkedom', 'feedsmith', 'chrono-node', '@mozilla/readability', 'marked'];

function loadedAfter(format: string, input: string): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-lazy-'));
  const log = path.join(dir, 'loaded.txt');
  fs.writeFileSync(log, '');
  fs.writeFileSync(path.join(dir, 'hooks.mjs'), `import fs from 'node:fs';
export async function load(url, context, next) { fs.appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); }`);
  fs.writeFileSync(path.join(dir, 'register.mjs'), `import { register } from 'node:module'; register(${JSON.stringify(new URL(`file://${dir}/hooks.mjs`).href)});`);
  const script = `
    import { createRequire } from 'node:module';
    import fs from 'node:fs';
    const { parseInput } = await import('@lede/ingest');
    const r = parseInput(${JSON.stringify(input)}, { format: ${JSON.stringify(format)}, name: 'x' });
    if (!r[0].ok) throw new Error(JSON.stringify(r[0]));
    fs.appendFileSync(${JSON.stringify(log)}, Object.keys(createRequire(import.meta.url).cache).join('\\n'));`;
  try {
    execFileSync(process.execPath, ['--import', path.join(dir, 'register.mjs'), '--import', 'tsx', '--conditions=source', '--input-type=module', '-e', script], {
      cwd: path.join(root, 'packages/ingest'),
      encoding: 'utf8',
    });
    const loaded = fs.readFileSync(log, 'utf8');
    return heavy.filter((m) => loaded.includes(`/node_modules/${m}/`));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('lazy parsers', () => {
  it('a plain-text article loads none of the HTML, Markdown, feed or date parsers', () => {
    expect(loadedAfter('text', 'The council voted on Monday to close the old library. Residents said they would appeal.')).toEqual([]);
  });

  it('an HTML page loads linkedom and Readability, still not the feed parser', () => {
    const html = '<html><head><title>Library</title></head><body><article><p>The council voted on Monday to close the old library.</p><p>Residents said they would appeal.</p></article></body></html>';
    const loaded = loadedAfter('html', html);
    expect(loaded).toContain('linkedom');
    expect(loaded).toContain('@mozilla/readability');
    expect(loaded).not.toContain('feedsmith');
  });

  it('a Markdown file loads marked, not the feed parser', () => {
    const loaded = loadedAfter('md', '# Library\n\nThe council voted on Monday to close the *old* library.');
    expect(loaded).toContain('marked');
    expect(loaded).not.toContain('feedsmith');
  });
});
