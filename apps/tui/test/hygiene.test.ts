// Command-line hygiene (#14): version, missing stores, usage errors naming the flag, URLs, EPIPE, formats, no internal keys.
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const cli = path.join(repo, 'apps/tui/src/cli.ts');
const tsx = pathToFileURL(path.join(repo, 'node_modules/tsx/dist/loader.mjs')).href;
const run = promisify(execFile);
const records = path.join(repo, 'packages/ingest/test/fixtures/faithful/records.jsonl');
const args = (...a: string[]) => ['--import', tsx, '--conditions=source', cli, ...a];

async function lede(cwd: string, ...a: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, args(...a), { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-hygiene-'));
  expect((await lede(dir, 'add', records, '--threads', '1')).code).toBe(0);
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('command-line hygiene', () => {
  it('reads a store without writing to it (no migration, no journal-mode switch), and rm still writes', async () => {
    const db = path.join(dir, 'rollback.db');
    fs.copyFileSync(path.join(dir, '.lede/lede.db'), db);
    // A copy in rollback-journal mode: opening it read-write would switch it to WAL (file header byte 18 becomes 2).
    // better-sqlite3 is the store package's dependency, not this app's.
    const Database = createRequire(path.join(repo, 'packages/store/package.json'))('better-sqlite3');
    const raw = new Database(db);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = fs.readFileSync(db);
    expect(before[18]).toBe(1);
    const r = await lede(dir, 'list', '--db', db, '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total).toBeGreaterThan(0);
    expect(fs.readFileSync(db).equals(before)).toBe(true);
    expect(fs.existsSync(`${db}-wal`)).toBe(false);
    const id = JSON.parse(r.stdout).items[0].id as string;
    expect((await lede(dir, 'rm', id, '--db', db)).code).toBe(0);
    expect(fs.readFileSync(db).equals(before)).toBe(false);
  });

  it('prints its version', async () => {
    const r = await lede(dir, '--version');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('refuses a --db that does not exist for read commands, without creating it', async () => {
    const r = await lede(dir, 'list', '--db', 'missing.db');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('NOT_FOUND (db)');
    expect(fs.existsSync(path.join(dir, 'missing.db'))).toBe(false);
  });

  it('exits 2 naming the flag for a bad --sort, --order or date', async () => {
    for (const [flag, value] of [['--sort', 'bogus'], ['--order', 'sideways'], ['--from', '2024-02-30']] as const) {
      const r = await lede(dir, 'list', flag, value);
      expect(r.code, flag).toBe(2);
      expect(r.stderr).toContain(`(${flag})`);
    }
  });

  it('says URLs are not fetched', async () => {
    const r = await lede(dir, 'analyze', 'https://example.com/story');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('URLs are not fetched');
  });

  it('prints CSV and JSON lines for query commands, with --offset, and never an internal entity key', async () => {
    const csv = await lede(dir, 'list', '--format', 'csv', '--sort', 'title', '--order', 'asc', '--offset', '1');
    const lines = csv.stdout.trim().split('\r\n');
    expect(lines[0]).toBe('id,date,quotes,tone,themes,title');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['r2', 'r3']);
    const jsonl = await lede(dir, 'speakers', '--format', 'jsonl');
    for (const line of jsonl.stdout.trim().split('\n').filter(Boolean)) expect(JSON.parse(line).entityId ?? '').not.toMatch(/^[A-Z]+:/);
    const table = await lede(dir, 'speakers');
    expect(table.stdout).not.toMatch(/PERSON:|name:/);
    expect(table.stdout).not.toContain('\u001b[');
  });

  it('shows one entity without its internal key, in every format', async () => {
    const table = await lede(dir, 'entity', 'Ann Lee');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^Ann Lee {2}PERSON\n/);
    for (const format of ['json', 'jsonl']) {
      const out = await lede(dir, 'entity', 'Ann Lee', '--format', format);
      expect(JSON.parse(out.stdout)).toMatchObject({ name: 'Ann Lee', type: 'PERSON' });
      expect(out.stdout).not.toMatch(/PERSON:|"key"/);
    }
  });

  it('puts table headers in bold on a terminal, never with NO_COLOR or when piped', async () => {
    // util-linux `script` gives the command a pseudo-terminal, as a user's shell would.
    const onTty = (env: Record<string, string>) =>
      run('script', ['-qfec', `${process.execPath} ${args('list').map((a) => JSON.stringify(a)).join(' ')}`, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { ...process.env, TERM: 'xterm-256color', NO_COLOR: '', ...env } });
    const bold = '\u001b[1m';
    const tty = await onTty({});
    expect(tty.stdout).toContain(`${bold}id`);
    expect(tty.stdout).toContain('r2');
    const plain = await onTty({ NO_COLOR: '1' });
    expect(plain.stdout).toContain('r2');
    expect(plain.stdout).not.toContain(bold);
    const piped = await run(process.execPath, args('list'), { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });
    expect(piped.stdout).not.toContain('\u001b[');
  });

  it('ends quietly when the reader closes the pipe (EPIPE)', async () => {
    const child = spawn(process.execPath, args('export', 'mentions', '--format', 'jsonl'), { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
