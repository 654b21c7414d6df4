// The quotes view on attributed quotes: form and confidence per statement, paraphrase without
// quotation marks, fragments of one statement as one, and `a` toggling descriptions among speakers.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { cleanup } from 'ink-testing-library';
import type { Analysis } from '@lede/core';
import { openStore, type LedeStore } from '@lede/store';
import { App } from '../src/ui/App.js';
import { keys, mount } from './ui-helpers.js';

// The store's attribution fixtures, loaded at run time (they live outside this package's rootDir).
const fixtures = new URL('../../../packages/store/test/statement-fixtures.ts', import.meta.url).href;
const { ratesAnalysis, seedAnalysis } = (await import(fixtures)) as { ratesAnalysis(): Analysis; seedAnalysis(): Analysis };

let store: LedeStore;
beforeAll(async () => {
  store = await openStore({ db: ':memory:' });
  await store.add(ratesAnalysis());
  await store.add(seedAnalysis());
});
afterAll(() => store.close());
afterEach(() => cleanup());

describe('quotes view: statements, forms, confidence, speaker kinds', () => {
  test('shows one entry per statement with form and confidence; paraphrase has no quotation marks', async () => {
    const ui = mount(<App store={store} size={{ columns: 130, rows: 30 }} />);
    await ui.until((f) => f.includes('Riksbank holds rate'), 'the corpus list');
    await ui.press('2');
    const f = await ui.until((x) => x.includes('Quotes by Erik Thedéen (2)') && x.includes('wage growth'), 'Thedéen’s statements');
    expect(f).toContain('“We are not yet where we need to be,” … “and we will not cut before the summer.”');
    expect(f).toContain('— direct · conf 0.93 · Governor · Riksbank holds rate, signals no cut before summer');
    expect(f).toMatch(/› wage growth remained too strong|  wage growth remained too strong/);
    expect(f).not.toContain('“wage growth');
    expect(f).toContain('— paraphrase · conf 0.64 · Riksbank holds rate');
    expect(f).toContain('Speakers (6)');
    expect(f).not.toContain('Analysts');
  });

  test('a toggles unresolved descriptions and unlinked organisations in the speaker list', async () => {
    const ui = mount(<App store={store} size={{ columns: 130, rows: 30 }} />);
    await ui.until((f) => f.includes('Riksbank holds rate'), 'the corpus list');
    await ui.press('2');
    await ui.until((x) => x.includes('Speakers (6)'), 'named speakers');
    await ui.press('a');
    let f = await ui.until((x) => x.includes('Speakers (8) · all'), 'all speakers');
    expect(f).toContain('Analysts');
    expect(f).toContain('The finance ministry');
    await ui.press('a');
    f = await ui.until((x) => x.includes('Speakers (6)') && !x.includes('· all'), 'named speakers again');
    expect(f).not.toContain('Analysts');
  });

  test('the article view lists each quote with its form and confidence, and names both for the current quote', async () => {
    const ui = mount(<App store={store} size={{ columns: 130, rows: 30 }} />);
    const list = await ui.until((f) => f.includes('Riksbank holds rate'), 'the corpus list');
    // Open the Riksbank article wherever it sits in the list.
    const rows = list.split('\n').filter((r) => /^[› ] \S/.test(r));
    const at = rows.findIndex((r) => r.includes('Riksbank holds rate'));
    await ui.press(...Array<string>(Math.max(0, at)).fill('j'), keys.enter);
    const f = await ui.until((x) => /Quotes \(\d+\)/.test(x) && x.includes('Riksbank holds rate'), 'the article and its panel');
    expect(f).toMatch(/Erik Thedéen\s+direct\s+0\.93/);
    expect(f).toMatch(/paraphrase\s+0\.64/);
    await ui.press('n');
    const q = await ui.until((x) => x.includes('Quote 1/'), 'the first quote');
    expect(q).toMatch(/Quote 1\/\d+ \S.* · (direct|mixed|paraphrase) · confidence 0\.\d\d · /);
  });

  test('Enter on a quote by a description ("Analysts") opens their quotes, though the speaker list leaves descriptions out', async () => {
    const ui = mount(<App store={store} size={{ columns: 130, rows: 30 }} />);
    const list = await ui.until((f) => f.includes('Riksbank holds rate'), 'the corpus list');
    const rows = list.split('\n').filter((r) => /^[› ] \S/.test(r));
    const at = rows.findIndex((r) => r.includes('Riksbank holds rate'));
    await ui.press(...Array<string>(Math.max(0, at)).fill('j'), keys.enter);
    await ui.until((x) => /Quotes \(\d+\)/.test(x), 'the article');
    await ui.press('n', 'n', 'n');
    await ui.until((x) => /Quote 3\/\d+ Analysts/.test(x), 'the analysts’ quote');
    await ui.press(keys.enter);
    const f = await ui.until((x) => x.includes('Quotes by Analysts (1)') && x.includes('widely expected') && x.includes('Esc back to the article'), 'their quotes');
    expect(f).toMatch(/› Analysts\s+1q 1a/);
    expect(f).toContain('the decision had been widely expected');
    await ui.press(keys.esc);
    await ui.until((x) => /Quote 3\/\d+ Analysts/.test(x) || x.includes('Riksbank holds rate'), 'back in the article');
  });
});
