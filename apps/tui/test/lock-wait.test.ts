// Two real processes on one SQLite store (issue #15 item 7): a second writer waits for the first's
// write lock and says which process holds it (pid, command, since when); with a short
// LEDE_LOCK_TIMEOUT_MS it gives up naming the holder, and commits nothing half-way.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { lede, repo } from './run-cli.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const tsx = pathToFileURL(path.join(repo, 'node_modules/tsx/dist/loader.mjs')).href;
const source = (file: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawn(process.execPath, ['--import', tsx, '--conditions=source', file, ...args], { cwd: dir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-lock-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Resolves with the stream's text once it matches `re`. */
function until(stream: NodeJS.ReadableStream, re: RegExp): Promise<string> {
  let text = '';
  return new Promise((resolve, reject) => {
    stream.on('data', (d: Buffer) => {
      text += d.toString();
      if (re.test(text)) resolve(text);
    });
    stream.on('end', () => (re.test(text) ? resolve(text) : reject(new Error(`stream ended without ${re}: ${text}`))));
  });
}

/** The exit code, whether the child has already exited or not. */
const exited = (child: ChildProcess) =>
  child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));

async function holder(db: string, release: string): Promise<ChildProcess> {
  const child = source(path.join(here, 'lock-holder-child.ts'), [db, release]);
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  await until(child.stdout!, /locked\n/).catch((e) => Promise.reject(new Error(`${e.message}\n${err}`)));
  return child;
}

it('a second lede add waits for the lock, names the process holding it, then commits', async () => {
  const db = path.join(dir, 'wait.db');
  const release = path.join(dir, 'release-1');
  await lede(dir, 'add', path.join(repo, 'seeds'), '--db', db, '--threads', '1'); // the store exists before the race
  const first = await holder(db, release);
  const record = JSON.parse(fs.readFileSync(`${db}-writer`, 'utf8'));
  expect(record).toMatchObject({ pid: first.pid });
  expect(record.command).toMatch(/lock-holder-child\.ts/);

  const file = path.join(dir, 'tide.jsonl');
  fs.writeFileSync(file, JSON.stringify({ id: 'tide-1', body: 'The tide turned early. "We saw it coming," said Omar Reyes, a fisherman.' }) + '\n');
  const second = source(path.join(repo, 'apps/tui/src/cli.ts'), ['add', file, '--db', db, '--threads', '1']);
  let out = '';
  second.stdout!.on('data', (d) => (out += d));
  const waiting = await until(second.stderr!, /waiting for the store lock/);
  expect(waiting).toContain(`waiting for the store lock held by pid ${first.pid} (`);
  expect(waiting).toMatch(/lock-holder-child\.ts[^\n]*, since \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC\)/);

  fs.writeFileSync(release, '');
  expect(await exited(second)).toBe(0);
  expect(out).toMatch(/^added 1, /);
  expect(await exited(first)).toBe(0);
  expect(fs.existsSync(`${db}-writer`)).toBe(false); // each writer removed its record after commit
  const ids = JSON.parse((await lede(dir, 'list', '--db', db, '--json', '--limit', '100')).stdout).items.map((i: { id: string }) => i.id);
  expect(ids).toEqual(expect.arrayContaining(['harbour-1', 'tide-1']));
}, 60_000);

it('gives up after LEDE_LOCK_TIMEOUT_MS naming the holder, and stores nothing', async () => {
  const db = path.join(dir, 'give-up.db');
  const release = path.join(dir, 'release-2');
  await lede(dir, 'add', path.join(repo, 'seeds'), '--db', db, '--threads', '1');
  const first = await holder(db, release);
  const file = path.join(dir, 'gale.jsonl');
  fs.writeFileSync(file, JSON.stringify({ id: 'gale-1', body: 'A gale closed the bridge. "Stay home," said Lena Park, the council leader.' }) + '\n');
  const second = source(path.join(repo, 'apps/tui/src/cli.ts'), ['add', file, '--db', db, '--threads', '1'], { LEDE_LOCK_TIMEOUT_MS: '300' });
  let err = '';
  second.stderr!.on('data', (d) => (err += d));
  const code = await exited(second);
  fs.writeFileSync(release, '');
  await exited(first);
  expect(code).toBe(1);
  expect(err).toContain(`the store is locked by pid ${first.pid} (`);
  expect(err).toMatch(/gave up after 0\.3 s/);
  const list = JSON.parse((await lede(dir, 'list', '--db', db, '--json', '--limit', '100')).stdout);
  expect(list.items.map((i: { id: string }) => i.id)).not.toContain('gale-1');
}, 60_000);
