// The browser driven by keystrokes over a real in-memory store, asserting on rendered frames.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import chalk from 'chalk';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { cleanup } from 'ink-testing-library';
import type { CorpusStore } from '@lede/store';
import { exportTables } from '../src/export/columns.js';
import { App } from '../src/ui/App.js';
import { applyNoColor } from '../src/ui/run.js';
import { analysisOf, corpusStore } from './ui-fixtures.js';
import { keys, mount } from './ui-helpers.js';

let store: CorpusStore;
const level = chalk.level;
beforeAll(async () => {
  store = await corpusStore(40);
  chalk.level = 1; // colours on, so highlighting is observable in frames
});
afterEach(() => cleanup());
afterAll(async () => {
  chalk.level = level;
  await store.close();
});

const app = (columns = 110, rows = 24) => mount(<App store={store} size={{ columns, rows }} />);
const ready = (ui: ReturnType<typeof app>) => ui.until((f) => f.includes('China bets on chips'), 'the corpus list');

describe('corpus list', () => {
  test('shows title, source, date, themes, quote count and tone, newest first', async () => {
    const ui = app();
    const f = await ready(ui);
    expect(f).toContain('Articles 1–');
    expect(f).toContain('of 43');
    const rows = f.split('\n');
    const chips = rows.findIndex((r) => r.includes('China bets on chips'));
    const farm = rows.findIndex((r) => r.includes('Farm subsidies'));
    expect(chips).toBeLessThan(farm); // 2025-03-04 before 2025-02-11
    expect(rows[chips]).toMatch(/Example Wire\s+2025-03-04\s+Science and technology.*\s1\s+\+0\.18/);
    expect(rows[farm]).toContain('-0.32');
  });

  test('j moves the selection and s re-sorts by title', async () => {
    const ui = app();
    await ready(ui);
    await ui.press('j');
    let f = await ui.until((x) => /› Farm subsidies/.test(x), 'selection on the 2nd row');
    expect(f).not.toMatch(/› China bets/);
    await ui.press('s');
    f = await ui.until((x) => x.includes('sort title'), 'sort by title');
    f = await ui.until((x) => /› Central bank/.test(x), 'A→Z: Central bank first');
    const rows = f.split('\n');
    const at = (t: string) => rows.findIndex((r) => r.includes(t));
    expect(at('Central bank')).toBeLessThan(at('China bets'));
    expect(at('China bets')).toBeLessThan(at('Council meeting 0000'));
    expect(f).toContain('sort title ↑');
  });

  test('renders only the visible rows of a long corpus and pages with G', async () => {
    const ui = app(110, 20);
    const f = await ready(ui);
    const rows = f.split('\n').filter((r) => /Council meeting|China bets|Farm|Central bank/.test(r));
    expect(rows.length).toBeLessThan(20);
    await ui.press('G');
    const end = await ui.until((x) => /Articles \d+–43 of 43/.test(x), 'the last page');
    expect(end).toMatch(/› Council meeting/);
    expect(end).not.toContain('China bets on chips');
  });

  test('incremental search: typing shows matches, Enter keeps them, Enter opens', async () => {
    const ui = app();
    await ready(ui);
    await ui.press('/', 'chi');
    await ui.until((f) => f.includes('Search “chi”'), 'partial query');
    await ui.press('ps');
    const f = await ui.until((x) => x.includes('Search “chips”: 1 article'), 'search results');
    expect(f).toContain('China bets on chips');
    expect(f).not.toContain('Farm subsidies');
    await ui.press(keys.enter, keys.enter);
    const art = await ui.until((x) => x.includes('Liu Dongshu, who studies'), 'the article');
    expect(art).toContain('Example Wire · 2025-03-04 · https://news.example/chips');
    // Back keeps the search.
    await ui.press(keys.esc);
    await ui.until((x) => x.includes('Search “chips”: 1 article'), 'search kept after Esc');
    await ui.press(keys.esc);
    await ui.until((x) => x.includes('of 43'), 'search cleared');
  });

  test('search and filter combine (AND) in the list and in the count', async () => {
    const ui = app();
    await ready(ui);
    await ui.press('/', 'China', keys.enter);
    let f = await ui.until((x) => x.includes('Search “China”: 2 articles'), 'search results');
    expect(f).toContain('Central bank holds rates steady');
    await ui.press('f', 'entity:Huawei', keys.enter);
    f = await ui.until((x) => x.includes('Search “China”: 1 article') && x.includes('filter entity:Huawei'), 'search + filter');
    expect(f).toContain('China bets on chips');
    expect(f).not.toContain('Central bank holds rates steady');
    await ui.press(keys.enter);
    await ui.until((x) => x.includes('Liu Dongshu, who studies'), 'the filtered hit opens');
  });

  test('a search past the hit cap says so instead of giving a false total', async () => {
    // As on a big corpus: the store answers the full 500 hits the list asks for.
    const many = new Proxy(store, {
      get(target, prop) {
        if (prop === 'search') return async () => Array.from({ length: 500 }, (_, i) => ({ kind: 'article' as const, articleId: `a${i}`, title: `Story ${i}`, snippet: '[budget]', rank: 1 }));
        const v = Reflect.get(target, prop) as unknown;
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const ui = mount(<App store={many} size={{ columns: 110, rows: 24 }} />);
    await ready(ui);
    await ui.press('/', 'budget', keys.enter);
    await ui.until((x) => x.includes('Search “budget”: 500+ articles (the best; narrow with f)'), 'the capped count');
  });

  test('f filters by outlet, and the outlet combines with a search', async () => {
    const ui = app();
    await ready(ui);
    await ui.press('f', 'outlet:"example wire"', keys.enter);
    let f = await ui.until((x) => x.includes('of 2 ·') && x.includes('filter outlet:"example wire"'), 'outlet filter');
    expect(f).toContain('China bets on chips');
    expect(f).toContain('Central bank holds rates steady');
    expect(f).not.toContain('Farm subsidies');
    await ui.press('/', 'China', keys.enter);
    f = await ui.until((x) => x.includes('Search “China”: 2 articles'), 'search within the outlet');
    await ui.press('f', '\u0015', 'outlet:"Valley Herald"', keys.enter);
    await ui.until((x) => x.includes('Search “China”: 0 articles') || x.includes('No article matches'), 'no China story from that outlet');
  });

  test('f filters by theme, Esc clears the filter', async () => {
    const ui = app();
    await ready(ui);
    await ui.press('f', 'theme:Agriculture', keys.enter);
    const f = await ui.until((x) => x.includes('of 1 ·'), 'filtered list');
    expect(f).toContain('filter theme:Agriculture');
    expect(f).toContain('Farm subsidies');
    expect(f).not.toContain('China bets');
    await ui.press(keys.esc);
    await ui.until((x) => x.includes('of 43'), 'filter cleared');
  });
});

describe('article view', () => {
  const open = async () => {
    const ui = app();
    await ready(ui);
    await ui.press(keys.enter);
    await ui.until((f) => f.includes('Liu Dongshu, who studies'), 'the article');
    return ui;
  };

  test('highlights quote, speaker and entity mentions in distinct colours', async () => {
    const ui = await open();
    const raw = ui.lastFrame()!;
    const green = '\u001B[32m';
    expect(raw).toContain(`${green} needs to find a new engine for its economic development,`); // quote around a mention
    expect(raw).toMatch(/\u001B\[33m\u001B\[1mLiu Dongshu|\u001B\[1m\u001B\[33mLiu Dongshu/); // speaker: yellow bold
    expect(raw).toContain('\u001B[35mHuawei'); // ORG: magenta
    expect(raw).toContain('\u001B[34mChina'); // GPE: blue
  });

  test('side panel lists tone, themes with bars, entities, key phrases and summary', async () => {
    const ui = await open();
    const f = ui.frame();
    expect(f).toMatch(/Tone\s*\n.*\+0\.18/);
    expect(f).toMatch(/Science and tec.*█.*0\.82/);
    expect(f).toMatch(/Huawei\s+ORG\s+×1/);
    expect(f).toContain('· high-end chips');
    expect(f).toContain('Beijing wants its own chips.');
  });

  test('n jumps to the quote and names its speaker and role', async () => {
    const ui = await open();
    await ui.press('n');
    const f = await ui.until((x) => x.includes('Quote 1/1'), 'quote jump');
    expect(f).toContain('Liu Dongshu (City University of Hong Kong)');
    expect(ui.lastFrame()).toContain('\u001B[7m'); // the current quote is shown inverse
  });

  test('p toggles the side panel and Backspace goes back to the list', async () => {
    const ui = await open();
    await ui.press('p');
    const f = await ui.until((x) => !x.includes('Key phrases'), 'panel hidden');
    expect(f).toContain('China needs to find a new engine');
    await ui.press(keys.backspace);
    await ui.until((x) => x.includes('of 43'), 'back to the list');
  });
});

describe('quotes, entities and themes', () => {
  test('quotes view groups quotes by speaker with role and article; Enter opens at the quote', async () => {
    const ui = app();
    await ready(ui);
    await ui.press('2');
    let f = await ui.until((x) => x.includes('Speakers (2)') && x.includes('“China needs'), 'speakers and quotes');
    expect(f).toMatch(/Liu Dongshu\s+1q 1a/);
    expect(f).toContain('— direct · City University of Hong Kong · China bets on chips to drive');
    await ui.press('j');
    f = await ui.until((x) => x.includes('Quotes by Maria Lopez') && x.includes('“We cannot'), 'second speaker');
    expect(f).not.toContain('“China needs');
    expect(f).toContain('“We cannot ask growers');
    expect(f).toContain('agriculture minister · Farm subsidies split the assembly');
    await ui.press(keys.right, keys.enter);
    f = await ui.until((x) => x.includes('Quote 1/1'), 'article at the quote');
    expect(f).toContain('Maria Lopez (agriculture minister)');
    expect(f).toContain('Farm subsidies split the assembly');
  });

  test('entities view shows counts and co-occurring entities; Enter filters the list', async () => {
    const ui = app();
    await ready(ui);
    await ui.press('3');
    const f = await ui.until((x) => x.includes('With China') && x.includes('Huawei') && /Liu Dongshu\s+█/.test(x), 'entities');
    expect(f).toMatch(/› China\s+GPE\s+3m\s+2a/);
    await ui.press('t');
    await ui.until((x) => x.includes('type PERSON') && !/› China/.test(x), 'person filter');
    await ui.press(keys.enter);
    const list = await ui.until((x) => x.includes('filter entity:') && x.includes('of 1 ·'), 'list filtered by entity');
    expect(list).toMatch(/filter entity:"(Liu Dongshu|Maria Lopez)"/);
  });

  test('themes view draws a timeline per theme and bars per period; b changes the period', async () => {
    const ui = app();
    await ready(ui);
    await ui.press('4');
    let f = await ui.until((x) => x.includes('Themes by month (4)'), 'timeline');
    expect(f).toMatch(/› Politics\s+40 [▁▂▃▄▅▆▇█ ]+/);
    expect(f).toContain('Politics: articles per month');
    expect(f).toMatch(/^ +2024-01 .*2025-03$/m); // the time axis under the sparklines
    await ui.press('j', 'j');
    f = await ui.until((x) => x.includes('Agriculture: articles per month · '), 'selected theme');
    expect(f).toMatch(/Agriculture: articles per month · 1 with it as primary topic/);
    expect(f).toMatch(/2025-02\s+█+ 1/);
    await ui.press('b');
    await ui.until((x) => x.includes('Themes by week'), 'weekly timeline');
    await ui.press(keys.enter);
    await ui.until((x) => x.includes('filter theme:'), 'list filtered by theme');
  });

  test('? shows the key help and any key closes it', async () => {
    const ui = app();
    await ready(ui);
    await ui.press('?');
    const f = await ui.until((x) => x.includes('Lede browser: keys'), 'help');
    expect(f).toContain('next / previous quote');
    await ui.press('x');
    await ui.until((x) => !x.includes('Lede browser: keys') && x.includes('of 43'), 'help closed');
  });
});

describe('terminal', () => {
  test('narrow terminals drop columns and the side panel', async () => {
    const ui = app(64, 20);
    const f = await ready(ui);
    expect(f).not.toContain('Themes   '); // no themes column header
    expect(f.split('\n').every((l) => l.length <= 64)).toBe(true);
    await ui.press(keys.enter);
    const art = await ui.until((x) => x.includes('Liu Dongshu'), 'article');
    expect(art).not.toContain('Key phrases');
  });

  test('NO_COLOR: frames carry no colour codes, selection is still visible', async () => {
    applyNoColor({ NO_COLOR: '1' });
    try {
      const ui = app();
      await ready(ui);
      await ui.press(keys.enter);
      await ui.until((f) => f.includes('Liu Dongshu, who studies'), 'article');
      expect(ui.lastFrame()).not.toMatch(/\u001B\[/);
      await ui.press(keys.esc);
      expect(await ui.until((f) => f.includes('› China bets'), 'list')).toContain('›');
    } finally {
      chalk.level = 1;
    }
  });
});

test('q quits the app', async () => {
  const { render } = await import('ink');
  const { EventEmitter } = await import('node:events');
  const stdout = Object.assign(new EventEmitter(), { columns: 100, rows: 24, write: () => true });
  let pending: string | null = null;
  const stdin = Object.assign(new EventEmitter(), {
    isTTY: true,
    setEncoding() {},
    setRawMode() {},
    ref() {},
    unref() {},
    resume() {},
    pause() {},
    read: () => {
      const d = pending;
      pending = null;
      return d;
    },
  });
  const inst = render(<App store={store} />, { stdout: stdout as never, stdin: stdin as never, patchConsole: false, exitOnCtrlC: false });
  await new Promise((r) => setTimeout(r, 100));
  pending = 'q';
  stdin.emit('readable');
  await expect(inst.waitUntilExit()).resolves.toBeUndefined();
});

describe('search in every tab and jumps between views', () => {
  test('/ narrows speakers, entities and themes by name', async () => {
    const ui = app();
    await ready(ui);
    await ui.press('2', '/', 'mar');
    let f = await ui.until((x) => x.includes('Speakers (1) “mar”'), 'speaker search');
    expect(f).toContain('Maria Lopez');
    expect(f).not.toMatch(/Liu Dongshu\s+1q/);
    await ui.press(keys.enter, '3', '/', 'hua');
    f = await ui.until((x) => x.includes('Entities (1) matching “hua”'), 'entity search');
    expect(f).toMatch(/› Huawei/);
    await ui.press(keys.esc, keys.esc);
    await ui.until((x) => /Entities \(\d+\) · type all/.test(x) && !x.includes('matching'), 'entity search cleared');
    await ui.press('4', '/', 'agri');
    f = await ui.until((x) => x.includes('Themes by month (1) matching “agri”'), 'theme search');
    expect(f).toContain('› Agriculture');
  });

  test('typing in a tab search does not switch tabs or quit', async () => {
    const ui = app();
    await ready(ui);
    await ui.press('3', '/', 'q1');
    const f = await ui.until((x) => x.includes('/q1'), 'the digits and q go to the prompt');
    expect(f).toContain('Entities (0) matching “q1”');
  });

  test('from the article: e selects an entity, m steps through its mentions, Enter opens it, Esc comes back', async () => {
    const ui = app();
    await ready(ui);
    await ui.press(keys.enter);
    await ui.until((x) => x.includes('Liu Dongshu, who studies'), 'the article');
    await ui.press('e');
    let f = await ui.until((x) => /Mention 1\/\d+ \S/.test(x), 'first entity selected');
    const name = /Mention 1\/\d+ (.+?) \(/.exec(f)![1]!;
    await ui.press(keys.enter);
    f = await ui.until((x) => x.includes('Esc back to the article') && x.includes(`› ${name}`) && x.includes('Coverage: articles per month'), 'the entity view on that entity');
    expect(f).toMatch(/Tone by month \(mean [+-]\d\.\d\d\)/);
    expect(f).toMatch(/2025-0\d\s+[─█]+┼/); // a tone gauge with its period label
    expect(f).toMatch(/ -1 +0 +\+1/); // and its scale
    await ui.press(keys.esc);
    await ui.until((x) => x.includes('Liu Dongshu, who studies'), 'back in the article');
  });

  // As in a corpus of many thousand entities: the top entities loaded leave Huawei out.
  const withoutHuawei = () =>
    new Proxy(store, {
      get(target, prop) {
        if (prop === 'topEntities') return async (q: Parameters<CorpusStore['topEntities']>[0]) => (await target.topEntities(q)).filter((e) => e.name !== 'Huawei');
        const v = Reflect.get(target, prop) as unknown;
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });

  test('/ in the entities finds an entity by its name beyond the top ones loaded', async () => {
    const ui = mount(<App store={withoutHuawei()} size={{ columns: 110, rows: 24 }} />);
    await ready(ui);
    await ui.press('3');
    await ui.until((x) => x.includes('Entities (3)'), 'the top entities, without Huawei');
    await ui.press('/', 'huawei');
    const f = await ui.until((x) => x.includes('Entities (1) matching “huawei”') && x.includes('› Huawei'), 'found in the store');
    expect(f).toMatch(/› Huawei\s+ORG\s+1m\s+1a/);
    await ui.press(keys.enter, keys.enter);
    await ui.until((x) => x.includes('filter entity:Huawei') && x.includes('of 1 ·'), 'its articles');
  });

  test('a jump reaches an entity that is not among the top entities loaded', async () => {
    const ui = mount(<App store={withoutHuawei()} size={{ columns: 110, rows: 24 }} />);
    await ready(ui);
    await ui.press('3');
    // (Huawei may show among China's co-occurring entities, not as a row of the list.)
    expect(await ui.until((x) => x.includes('Entities (3)'), 'entities')).not.toMatch(/Huawei\s+ORG/);
    await ui.press('1');
    await ui.until((x) => x.includes('[1 Articles]') && x.includes('› China bets'), 'back on the list');
    await ui.press(keys.enter);
    await ui.until((x) => x.includes('Liu Dongshu, who studies'), 'the article');
    await ui.press('e', 'e');
    await ui.until((x) => /Mention 1\/1 Huawei/.test(x), 'Huawei selected');
    await ui.press(keys.enter);
    const f = await ui.until((x) => x.includes('› Huawei') && x.includes('Esc back to the article'), 'the entity view on Huawei');
    expect(f).toMatch(/› Huawei\s+ORG\s+1m\s+1a/);
  });

  test('from a quote: Enter opens the speaker with their quotes, Esc comes back', async () => {
    const ui = app();
    await ready(ui);
    await ui.press(keys.enter);
    await ui.until((x) => x.includes('Liu Dongshu, who studies'), 'the article');
    await ui.press('n', keys.enter);
    const f = await ui.until((x) => x.includes('Quotes by Liu Dongshu') && x.includes('Esc back to the article'), 'speaker view');
    expect(f).toMatch(/› Liu Dongshu/);
    await ui.press(keys.esc);
    await ui.until((x) => x.includes('Liu Dongshu, who studies'), 'back in the article');
  });

  test('an article opened from a search marks the term; h steps through the hits', async () => {
    const ui = app();
    await ready(ui);
    await ui.press('/', 'chips', keys.enter);
    await ui.until((x) => x.includes('Search “chips”: 1 article'), 'search');
    await ui.press(keys.enter);
    let f = await ui.until((x) => x.includes('2 search hits: h'), 'article with hits');
    expect(ui.lastFrame()).toMatch(/\u001B\[43m[^\u001B]*chips/); // yellow background on the term
    await ui.press('h');
    f = await ui.until((x) => x.includes('Hit 1/2'), 'first hit');
    await ui.press('h');
    f = await ui.until((x) => x.includes('Hit 2/2'), 'second hit');
    expect(f).toContain('of “chips”');
  });
});

describe('export and layout', () => {
  const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'lede-tui-'));

  test('e exports the filtered list as CSV and a speaker’s quotes as JSONL; the path is shown', async () => {
    const dir = tmp();
    const ui = app();
    await ready(ui);
    await ui.press('f', 'entity:China', keys.enter);
    await ui.until((x) => x.includes('of 2 ·'), 'filtered list');
    const csv = path.join(dir, 'list.csv');
    await ui.press('e', '\u0015', csv, keys.enter);
    await ui.until((x) => x.includes(`Exported 2 rows (CSV) to ${csv}`), 'export notice');
    const lines = fs.readFileSync(csv, 'utf8').trim().split('\r\n');
    // `lede export articles` columns, rows in the list's order (date, newest first).
    expect(lines[0]).toBe(exportTables.articles.map((c) => c.name).join(','));
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['chips-1', 'bank-1']);
    const jsonl = path.join(dir, 'quotes.jsonl');
    await ui.press('2');
    await ui.until((x) => x.includes('Quotes by Liu Dongshu'), 'quotes view');
    await ui.press('e', '\u0015', jsonl, keys.enter);
    await ui.until((x) => x.includes(`Exported 1 quote by Liu Dongshu (JSONL) to ${jsonl}`), 'quote export notice');
    const row = JSON.parse(fs.readFileSync(jsonl, 'utf8').trim());
    expect(Object.keys(row)).toEqual(exportTables.quotes.map((c) => c.name));
    expect(row).toMatchObject({ article_id: 'chips-1', speaker: 'Liu Dongshu', form: 'direct', statement: 'q0' });
    expect(row.text).toContain('China needs to find a new engine');
    // An existing file is never overwritten.
    await ui.press('e', '\u0015', jsonl, keys.enter);
    await ui.until((x) => x.includes('Export failed') && x.includes('EEXIST'), 'refuses to overwrite');
  });

  test('e during a search exports the hits that pass the filter too', async () => {
    const file = path.join(tmp(), 'hits.jsonl');
    const ui = app();
    await ready(ui);
    await ui.press('/', 'China', keys.enter, 'f', 'entity:Huawei', keys.enter);
    await ui.until((x) => x.includes('Search “China”: 1 article'), 'search + filter');
    await ui.press('e', '\u0015', file, keys.enter);
    await ui.until((x) => x.includes(`Exported 1 row (JSONL) to ${file}`), 'export notice');
    const rows = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toEqual([expect.objectContaining({ article_id: 'chips-1', title: 'China bets on chips to drive growth' })]);
    expect(rows[0].snippet).toContain('[China]');
  });

  test('undated articles come last in both date orders', async () => {
    const s = await corpusStore(0);
    await s.add(analysisOf({ id: 'undated-1', title: 'An undated dispatch', text: 'No date was given for this dispatch.' }));
    const ui = mount(<App store={s} size={{ columns: 110, rows: 24 }} />);
    let f = await ui.until((x) => x.includes('An undated dispatch') && x.includes('China bets'), 'list');
    const order = (fr: string): [number, number, number] => { const [a, b, c] = ['China bets', 'Central bank', 'An undated'].map((t) => fr.indexOf(t)); return [a!, b!, c!]; };
    let [newest, oldest, undated] = order(f);
    expect(newest).toBeLessThan(oldest);
    expect(oldest).toBeLessThan(undated);
    await ui.press('r');
    f = await ui.until((x) => x.includes('sort date ↑') && x.includes('An undated') && x.includes('China bets'), 'ascending');
    [newest, oldest, undated] = order(f);
    expect(oldest).toBeLessThan(newest);
    expect(newest).toBeLessThan(undated);
    await s.close();
  });

  test('columns follow the content: short titles give the themes column room', async () => {
    const ui = app(160, 24);
    const f = await ready(ui);
    const row = f.split('\n').find((r) => r.includes('China bets on chips'))!;
    expect(row).toContain('Science and technology, Economy'); // 31 characters, not cut at 23
    const help = f.split('\n').at(-2)!;
    expect(help).toContain('? help');
  });
});
