/**
 * Start the full-screen browser on a store. Loaded lazily by `lede browse` so other commands do
 * not pay for React and Ink.
 */
import chalk from 'chalk';
import { render } from 'ink';
import type { CorpusStore } from '@lede/store';
import { App } from './App.js';
import type { LoadProgress } from './data/progress.js';

export interface RunOptions {
  store: CorpusStore;
  progress?: LoadProgress;
  label?: string;
  stdout?: NodeJS.WriteStream;
  stdin?: NodeJS.ReadStream;
}

/** NO_COLOR (https://no-color.org): chalk 5, which Ink renders with, does not read it itself. */
export function applyNoColor(env: NodeJS.ProcessEnv = process.env): boolean {
  const off = Boolean(env.NO_COLOR);
  if (off) chalk.level = 0;
  return off;
}

export async function runBrowser({ store, progress, label, stdout = process.stdout, stdin = process.stdin }: RunOptions): Promise<void> {
  applyNoColor();
  // The alternate screen keeps the reader's scrollback intact and gives the app the whole window.
  stdout.write('\u001B[?1049h\u001B[H');
  try {
    const app = render(<App store={store} progress={progress} label={label} />, { stdout, stdin, exitOnCtrlC: true, patchConsole: true });
    await app.waitUntilExit();
  } finally {
    stdout.write('\u001B[?1049l');
  }
}
