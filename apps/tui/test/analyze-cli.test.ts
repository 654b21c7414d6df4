// End to end: the real `lede` binary entry (src/cli.ts run by node through tsx, no build needed).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Analysis, checkSpans } from '@lede/core';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const lede = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', '--conditions=source', 'apps/tui/src/cli.ts', ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });

describe('lede analyze (binary)', () => {
  it('exit 0: the seed as JSON validates against the schema and every span slices the text', () => {
    const r = lede(['analyze', 'seeds/china-two-sessions-tech.txt', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const analysis = Analysis.parse(JSON.parse(r.stdout));
    expect(checkSpans(analysis)).toEqual([]);
  });

  it('exit 1: a bad JSONL line is reported as a JSON line on stderr, the good ones printed', () => {
    const input = '{"id":"a","text":"Good one."}\nnot json\n{"id":"b","text":"Good two."}\n';
    const r = lede(['analyze', '-', '--format', 'jsonl', '--stages', 'segment'], input);
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'b']);
    expect(JSON.parse(r.stderr.trim())).toMatchObject({ record: 'stdin:2', code: 'INVALID_JSON' });
  });

  it('exit 2: usage errors', () => {
    expect(lede(['analyze', 'seeds', '--format', 'yaml']).status).toBe(2);
    expect(lede(['analyze', 'seeds', '--stages', 'nope']).status).toBe(2);
    expect(lede(['nosuch']).status).toBe(2);
  });

  it('--help lists every command once and exits 0 (themes and its timeline alias share a module)', () => {
    const r = lede(['--help']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const c of ['analyze', 'add', 'browse', 'search', 'quotes', 'serve', 'schema']) expect(r.stdout).toMatch(new RegExp(`^  ${c}\\b`, 'm'));
    expect(r.stdout).toContain('themes|timeline');
  });
});
