// The browser at the two terminal sizes users report from (80×24 and 160×45): every tab and the
// article view fit the width, columns show what the rows hold, and the key line is whole words.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { cleanup } from 'ink-testing-library';
import type { CorpusStore } from '@lede/store';
import { App } from '../src/ui/App.js';
import { corpusStore } from './ui-fixtures.js';
import { keys, mount, type Mounted } from './ui-helpers.js';

let store: CorpusStore;
beforeAll(async () => {
  store = await corpusStore(40);
});
afterEach(() => cleanup());
afterAll(() => store.close());

/** The key line: the last non-blank line of the frame. */
const keyLine = (f: string) => f.split('\n').filter((l) => l.trim()).at(-1)!;

function expectFits(f: string, columns: number, rows: number, what: string) {
  const lines = f.split('\n');
  expect(lines.length, `${what}: rows`).toBeLessThanOrEqual(rows);
  for (const l of lines) expect([...l].length, `${what}: "${l}"`).toBeLessThanOrEqual(columns);
  const keysLine = keyLine(f);
  // Whole hints only: it ends with the always-kept hint, and nothing in it was cut with an ellipsis.
  expect(keysLine, what).toMatch(/(\? help|Esc back)$/);
  expect(keysLine, what).not.toContain('…');
}

describe.each([[80, 24], [160, 45]] as const)('at %i×%i', (columns, rows) => {
  const open = async (): Promise<Mounted> => {
    const ui = mount(<App store={store} size={{ columns, rows }} />);
    await ui.until((f) => f.includes('China bets on chips'), 'the list');
    return ui;
  };

  test('every tab fits and shows its whole key line', async () => {
    const ui = await open();
    expectFits(ui.frame(), columns, rows, 'articles');
    // Titles fit their column whole: the column is sized to them, not cut at a fixed width.
    expect(ui.frame()).toContain('Council meeting 0023 reviews the budget');
    await ui.press('2');
    expectFits(await ui.until((f) => f.includes('Quotes by Liu Dongshu'), 'quotes'), columns, rows, 'quotes');
    await ui.press('3');
    expectFits(await ui.until((f) => f.includes('Coverage: articles per month'), 'entities'), columns, rows, 'entities');
    await ui.press('4');
    expectFits(await ui.until((f) => f.includes('Politics: articles per month'), 'themes'), columns, rows, 'themes');
  });

  test('the article view fits, with its date, outlet and whole key line', async () => {
    const ui = await open();
    await ui.press(keys.enter);
    const f = await ui.until((x) => x.includes('Liu Dongshu, who studies') || x.includes('Liu\nDongshu'), 'the article');
    expect(f).toContain('Example Wire · 2025-03-04');
    expectFits(f, columns, rows, 'article');
    await ui.press('n');
    expectFits(await ui.until((x) => x.includes('Quote 1/1'), 'a quote'), columns, rows, 'article at a quote');
  });

  test('? shows every key of every section, whole, within the terminal', async () => {
    const ui = await open();
    await ui.press('?');
    const f = await ui.until((x) => x.includes('Lede browser: keys'), 'help');
    for (const l of f.split('\n')) expect([...l].length, l).toBeLessThanOrEqual(columns);
    expect(f).not.toContain('more keys on a taller terminal');
    for (const t of ['Everywhere', 'Articles', 'Article ', 'Quotes · Entities · Themes', 'next / previous quote', 'next / previous hit', 'entity · its mentions', 'export to CSV/JSONL', 'all speakers (quotes)', 'open / list articles']) {
      expect(f, t).toContain(t);
    }
  });

  test('the list’s themes column is as wide as its content when the terminal has room', async () => {
    const ui = await open();
    const row = ui.frame().split('\n').find((r) => r.includes('China bets on chips'))!;
    if (columns >= 96) expect(row).toContain('Science and technology, Economy');
    else expect(row).toMatch(/China bets on chips to drive growth\s+Example Wire\s+2025-03-04/);
  });
});
