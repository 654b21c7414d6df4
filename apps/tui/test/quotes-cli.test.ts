// `lede quotes` and `lede speakers` over a store holding the seed article and a rate-decision story
// with reported speech, a statement in two fragments and unresolved speakers: run as a user would.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '@lede/store';
import type { Analysis } from '@lede/core';

// The store's attribution fixtures, loaded at run time (they live outside this package's rootDir).
const fixtures = new URL('../../../packages/store/test/statement-fixtures.ts', import.meta.url).href;
const { ratesAnalysis, seedAnalysis } = (await import(fixtures)) as { ratesAnalysis(): Analysis; seedAnalysis(): Analysis };

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const cli = path.join(repo, 'apps/tui/src/cli.ts');
const tsx = pathToFileURL(path.join(repo, 'node_modules/tsx/dist/loader.mjs')).href;
const run = promisify(execFile);

describe('lede quotes and speakers: form, confidence, statements, speaker kinds', () => {
  let dir: string;
  let db: string;
  const lede = async (...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
    try {
      const { stdout, stderr } = await run(process.execPath, ['--import', tsx, '--conditions=source', cli, ...args, '--db', db], { cwd: dir, encoding: 'utf8' });
      return { code: 0, stdout, stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, stdout: err.stdout, stderr: err.stderr };
    }
  };
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-quotes-'));
    db = path.join(dir, 'lede.db');
    const store = await openStore({ db });
    await store.add(ratesAnalysis());
    await store.add(seedAnalysis());
    await store.close();
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('shows form and confidence, one row per statement, paraphrase without quotation marks', async () => {
    const r = await lede('quotes', '--speaker', 'Erik Thedéen');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^date\s+speaker\s+form\s+conf\s+article\s+quote$/);
    expect(lines[1]).toMatch(/Erik Thedéen\s+direct\s+0\.93\s+riksbank-hold\s+“We are not yet where we need to be,” … “and we will not cut before the summer\.”$/);
    expect(lines[2]).toMatch(/Erik Thedéen\s+paraphrase\s+0\.64\s+riksbank-hold\s+wage growth remained too strong$/);
    expect(lines[3]).toBe('3 of 3 quotes (2 statements)');
  }, 60_000);

  it('filters by --form, --min-confidence and --named', async () => {
    const mixed = await lede('quotes', '--form', 'mixed');
    expect(mixed.stdout).toMatch(/Xi Jinping\s+mixed\s+0\.90\s+china-two-sessions\s+“face difficulties head-on and strengthen confidence”/);
    expect(mixed.stdout).toContain('1 of 1 quotes');
    const sure = await lede('quotes', '--form', 'indirect', '--min-confidence', '0.7', '--json');
    expect(JSON.parse(sure.stdout).items.map((q: { speaker: string }) => q.speaker)).toEqual(['Analysts', 'Riksbank']);
    const named = await lede('quotes', '--named', '--form', 'indirect', '--json');
    expect(JSON.parse(named.stdout).items.map((q: { text: string }) => q.text)).toEqual(['wage growth remained too strong']);
  }, 60_000);

  it('ranks named speakers by default and adds descriptions with --all', async () => {
    const top = JSON.parse((await lede('speakers', '--json')).stdout) as Array<{ name: string; quotes: number }>;
    expect(top.map((s) => s.name)).not.toContain('Analysts');
    expect(top[0]).toMatchObject({ name: 'Erik Thedéen', quotes: 2 });
    const all = JSON.parse((await lede('speakers', '--all', '--json')).stdout) as Array<{ name: string }>;
    expect(all.map((s) => s.name)).toEqual(expect.arrayContaining(['Analysts', 'The finance ministry']));
  }, 60_000);

  it('rejects bad filter values with exit 2 naming the flag', async () => {
    const form = await lede('quotes', '--form', 'partial');
    expect(form.code).toBe(2);
    expect(form.stderr).toMatch(/INVALID_OPTION \(form\): expected direct, mixed or indirect/);
    const conf = await lede('quotes', '--min-confidence', 'high');
    expect(conf.code).toBe(2);
    expect(conf.stderr).toMatch(/INVALID_OPTION \(min-confidence\)/);
  }, 60_000);
});
