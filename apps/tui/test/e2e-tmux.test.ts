// End to end in a real terminal: tmux runs `lede browse --db` on a store holding the seed article,
// we search "chips", narrow it with a speaker filter, clear the search (the list stays filtered), open the article, jump to Liu Dongshu's quote and check it is highlighted.
// The screen (with its escape codes) is kept under test/artifacts/. Skips when tmux is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '@lede/core';
import { readInputs } from '@lede/ingest';
import { openStore } from '@lede/store';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux) console.warn('e2e-tmux: tmux is not installed (apt-get install -y tmux); skipping the terminal end-to-end test');

const session = `lede-e2e-${process.pid}`;
// A private tmux server (-L) so the test never touches the user's sessions.
const socket = `lede-e2e-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
const capture = (escapes = false) => tmux('capture-pane', '-p', '-t', session, ...(escapes ? ['-e'] : []));

async function waitFor(pred: (screen: string) => boolean, what: string, ms = 60_000): Promise<string> {
  const until = Date.now() + ms;
  let screen = '';
  while (Date.now() < until) {
    screen = capture();
    if (pred(screen)) return screen;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}; screen:\n${screen}`);
}

/** SGR parameters in force at `index` of an escaped line (since the last full reset). */
function sgrAt(line: string, index: number): string[] {
  const params: string[] = [];
  for (const m of line.slice(0, index).matchAll(/\u001B\[([0-9;]*)m/g)) {
    const ps = (m[1] || '0').split(';');
    if (ps.includes('0')) params.length = 0;
    params.push(...ps.filter((p) => p !== '0'));
  }
  return params;
}

describe.skipIf(!hasTmux)('lede browse in tmux', () => {
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-e2e-'));
    const store = await openStore({ db: path.join(dir, 'lede.db') });
    for await (const r of readInputs([path.join(repo, 'seeds/china-two-sessions-tech.txt')])) {
      if (!r.ok) throw r.error;
      await store.add(analyze(r.article));
    }
    // A second story about chips, without Liu Dongshu: the filter must remove it from the search.
    await store.add(analyze({
      id: 'console-chips',
      title: 'Console maker books more chips',
      text: 'A Japanese console maker has booked more chips for its next machine, the company said on Friday. "Demand for chips is strong," said Aiko Tanaka, a spokeswoman.',
    }));
    await store.close();
  }, 120_000);
  afterAll(() => {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('search "chips", open the article, Liu Dongshu\'s quote is highlighted', async () => {
    // The built CLI when `pnpm test` has built it (what users run, and it starts fast on a busy CI
    // machine); otherwise from source via tsx, run in apps/tui so its tsconfig (react-jsx) applies.
    const db = path.join(dir, 'lede.db');
    const built = fs.existsSync(path.join(repo, 'apps/tui/dist/cli.js'));
    const cli = built ? `node dist/cli.js browse --db '${db}'` : `node --import tsx --conditions=source src/cli.ts browse --db '${db}'`;
    // If the app dies, keep the pane open with its last output and exit status for the failure message.
    // The pane is a real terminal even when the test runs under CI: with CI set, Ink draws only the
    // final frame (is-in-ci) and chalk drops colour (supports-color), so the app must not see it.
    const shell = `env -u CI -u CONTINUOUS_INTEGRATION ${cli}; echo "[lede exited with status $?]"; sleep 600`;
    tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '40', '-e', 'TERM=xterm-256color', '-e', 'NO_COLOR=', '-c', path.join(repo, 'apps/tui'), shell);
    await waitFor((s) => /Articles 1–2 of 2/.test(s) || s.includes('[lede exited'), 'the corpus list', 90_000);
    expect(capture()).not.toContain('[lede exited');

    tmux('send-keys', '-t', session, '/');
    await waitFor((s) => s.includes('search titles, text and quotes'), 'the search prompt');
    tmux('send-keys', '-t', session, '-l', 'chips');
    await waitFor((s) => s.includes('Search “chips”: 2 articles'), 'search results');
    tmux('send-keys', '-t', session, 'Enter');
    await waitFor((s) => !s.includes('search titles') && s.includes('› '), 'results kept, prompt closed');
    // Search and filter combine: only the seed article is quoting Liu Dongshu.
    tmux('send-keys', '-t', session, 'f');
    await waitFor((s) => s.includes('filter:'), 'the filter prompt');
    tmux('send-keys', '-t', session, '-l', 'speaker:"Liu Dongshu"');
    tmux('send-keys', '-t', session, 'Enter');
    const filtered = await waitFor((s) => s.includes('Search “chips”: 1 article') && s.includes('filter speaker:"Liu Dongshu"'), 'the filtered search');
    expect(filtered).not.toContain('Console maker books more chips');
    // Esc clears the search and keeps the filter: the list itself is filtered, and so is its count.
    tmux('send-keys', '-t', session, 'Escape');
    const list = await waitFor((s) => /Articles 1–1 of 1 /.test(s) && s.includes('filter speaker:"Liu Dongshu"'), 'the filtered list');
    expect(list).not.toContain('Console maker books more chips');
    expect(list).not.toContain('Search “chips”');
    tmux('send-keys', '-t', session, 'Enter');
    await waitFor((s) => s.includes('press n to jump'), 'the article');

    // Jump quote by quote until Liu Dongshu's first quote is current.
    let screen = '';
    for (let i = 0; i < 60 && !/Quote \d+\/\d+ Liu Dongshu/.test(screen); i++) {
      tmux('send-keys', '-t', session, 'n');
      screen = await waitFor((s) => new RegExp(`Quote ${i + 1}/`).test(s), `quote ${i + 1}`);
    }
    expect(screen).toMatch(/Quote \d+\/\d+ Liu Dongshu/);
    expect(screen).toContain('China needs to find a new engine');

    const escaped = capture(true);
    fs.mkdirSync(path.join(here, 'artifacts'), { recursive: true });
    fs.writeFileSync(path.join(here, 'artifacts/e2e-browse-chips.ansi'), escaped);
    fs.writeFileSync(path.join(here, 'artifacts/e2e-browse-chips.txt'), screen);

    // The quote's words carry the quote colour (green) and, being current, inverse video.
    const line = escaped.split('\n').find((l) => l.includes('needs to find a new engine'))!;
    expect(line).toBeDefined();
    const sgr = sgrAt(line, line.indexOf('needs to find a new engine'));
    expect(sgr).toContain('32');
    expect(sgr).toContain('7');
    // Text outside quotes is not green.
    const plainLine = escaped.split('\n').find((l) => l.includes('the most powerful leader') || l.includes('most powerful leader'));
    if (plainLine) expect(sgrAt(plainLine, plainLine.indexOf('most powerful leader'))).not.toContain('32');

    tmux('send-keys', '-t', session, 'q');
    await waitFor((s) => !s.includes('Lede') && !s.includes('Quote '), 'the app to quit', 10_000).catch(() => undefined);
  }, 180_000);
});
