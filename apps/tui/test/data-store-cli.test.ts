// #14 on the command line: a record updated, re-analysed and deleted, run as a user would.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lede, repo } from './run-cli.js';

const record = (published: string, outlet: string) =>
  JSON.stringify({
    id: 'port-strike',
    headline: 'Dock workers walk out over pay',
    published,
    outlet,
    body: 'Dock workers at the port of Felixstowe began an eight-day strike on Wednesday.\r\n\r\n"We have been left with no choice," said Sharon Graham, general secretary of Unite.\r\n',
  }) + '\n';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-data-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('lede add / rm: updates and deletes', () => {
  it('reports a corrected date and outlet as updated, re-analyses with --reanalyze, and removes with rm', async () => {
    const file = path.join(dir, 'a.jsonl');
    fs.writeFileSync(file, record('2024-08', 'Example Wire'));
    expect((await lede(dir, 'add', file, '--threads', '1')).stdout).toMatch(/^added 1, updated 0, unchanged 0/);
    expect((await lede(dir, 'add', file, '--threads', '1')).stdout).toMatch(/^added 0, updated 0, unchanged 1/);
    fs.writeFileSync(file, record('2024-08-21', 'Example Post'));
    expect((await lede(dir, 'add', file, '--threads', '1')).stdout).toMatch(/^added 0, updated 1, unchanged 0/);
    expect((await lede(dir, 'add', file, '--threads', '1', '--reanalyze')).stdout).toMatch(/^added 0, updated 1, unchanged 0/);
    const listed = JSON.parse((await lede(dir, 'list', '--json')).stdout);
    expect(listed.total).toBe(1);
    expect(listed.items[0]).toMatchObject({ id: 'port-strike', source: 'Example Post', publishedAt: '2024-08-21' });
    // --outlet follows the corrected source: the old outlet no longer finds it.
    expect(JSON.parse((await lede(dir, 'list', '--outlet', 'example post', '--json')).stdout).total).toBe(1);
    expect(JSON.parse((await lede(dir, 'list', '--outlet', 'Example Wire', '--json')).stdout).total).toBe(0);
    expect(JSON.parse((await lede(dir, 'quotes', '--outlet', 'Example Wire', '--json')).stdout).total).toBe(0);
    const rm = await lede(dir, 'rm', 'port-strike', 'nope');
    expect(rm.code).toBe(1);
    expect(rm.stdout).toBe('removed 1\n');
    expect(rm.stderr).toContain('no article with id "nope"');
    expect(JSON.parse((await lede(dir, 'quotes', '--json')).stdout)).toEqual({ items: [], total: 0 });
  }, 60_000);
});
