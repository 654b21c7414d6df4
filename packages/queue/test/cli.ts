import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built `lede` command (what users run; `pnpm test` builds first). Tests that spawn it skip without it. */
export const cliPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../apps/tui/dist/cli.js');
export const cliBuilt = fs.existsSync(cliPath);

export interface Run { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/** A running `lede` process whose output is collected as it comes. */
export function spawnLede(args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): { child: ChildProcess; out: { stdout: string; stderr: string }; exited: Promise<Run> } {
  const child = spawn(process.execPath, [cliPath, ...args], { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = { stdout: '', stderr: '' };
  child.stdout!.on('data', (d: Buffer) => (out.stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out.stderr += d.toString()));
  const exited = new Promise<Run>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, ...out })));
  return { child, out, exited };
}

export const lede = (args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }) => spawnLede(args, opts).exited;

/** Poll until `test` holds (or throw after `ms`): waiting on other processes, not timing them. */
export async function until(test: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The `lede: RECORD: CODE (field): message` lines of a run, sorted. */
export const errorLines = (stderr: string) => stderr.split('\n').filter((l) => /^lede: \S+: [A-Z_]+/.test(l)).sort();
