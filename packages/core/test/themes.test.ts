import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeDoc, checkSpans, computeThemes, isLedeError, loadThemeDefinitions, primaryTopic, IPTC_TOP_LEVEL, THEME_THRESHOLD, themeTrainingRow, type ThemeDefinition } from '../src/index.js';

const seedDir = path.resolve(import.meta.dirname, '../../../seeds');
const text = fs.readFileSync(path.join(seedDir, 'china-two-sessions-tech.txt'), 'utf8');
const gold = JSON.parse(fs.readFileSync(path.join(seedDir, 'china-two-sessions-tech.gold.json'), 'utf8')) as { themes: string[] };
const norm = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, ' ').trim();

describe('themes on the seed article', () => {
  const a = analyze({ id: 'seed', text }, { stages: ['themes'] });

  it('finds every gold theme, with evidence spans that slice the text', () => {
    for (const label of gold.themes) {
      const t = a.themes.find((x) => norm(x.label) === norm(label) || norm(x.id) === norm(label));
      expect(t, label).toBeDefined();
      expect(t!.evidence.length, label).toBeGreaterThan(0);
      for (const e of t!.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
    expect(checkSpans(a)).toEqual([]);
  });

  it('sorts by score in 0..1 and names IPTC top levels', () => {
    const scores = a.themes.map((t) => t.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
    for (const t of a.themes) {
      expect(t.score).toBeGreaterThan(0);
      expect(t.score).toBeLessThanOrEqual(1);
      expect(t.topLevel).toMatch(/^medtop:\d{8}$/);
    }
    expect(['medtop:04000000', 'medtop:11000000', 'medtop:13000000']).toContain(primaryTopic(a.themes)?.id);
  });
});

describe('bundled taxonomy', () => {
  it('has the 17 IPTC top-level Media Topics with their official ids', () => {
    expect(IPTC_TOP_LEVEL).toHaveLength(17);
    expect(IPTC_TOP_LEVEL.find((t) => t.id === 'medtop:15000000')?.label).toBe('sport');
    expect(IPTC_TOP_LEVEL.every((t) => t.topLevel === t.id)).toBe(true);
  });

  it('puts clear news briefs under the right top level', () => {
    const top = (t: string) => primaryTopic(analyze({ id: 'x', text: t }, { stages: ['themes'] }).themes)?.id;
    expect(top('The striker scored twice before half-time as Chelsea beat Arsenal 3-1 to go top of the Premier League.')).toBe('medtop:15000000');
    expect(top('MPs voted on the bill in the Commons as the prime minister faced a rebellion from backbenchers before the election.')).toBe('medtop:11000000');
    expect(top('Shares fell after the company reported lower quarterly profits and investors worried about interest rates.')).toBe('medtop:04000000');
    expect(top('The actress won an Oscar for best film at the ceremony in Hollywood, and the album topped the charts.')).toBe('medtop:01000000');
  });

  it('gives a sentencing bill a politics theme and files a murder trial under crime', () => {
    const top = (title: string, t: string) => primaryTopic(analyze({ id: 'x', title, text: t }, { stages: ['themes'] }).themes)?.id;
    const ids = (title: string, t: string) => analyze({ id: 'x', title, text: t }, { stages: ['themes'] }).themes.map((x) => x.id);
    expect(
      ids(
        'MPs back tougher sentencing bill',
        'MPs have voted for a government bill that gives judges longer sentences for knife crime, despite opposition from Labour backbenchers.\n\n' +
          'The home secretary told the Commons the law would be reviewed after two years. Critics said prisons were already full.',
      ),
    ).toContain('medtop:11000000');
    expect(
      top(
        'Man jailed for life for murder',
        'A man has been jailed for life after a jury at the crown court convicted him of murdering his neighbour.\n\n' +
          'Detectives said the victim was stabbed at his home in March. The judge said he must serve at least 20 years in prison.',
      ),
    ).toBe('medtop:02000000');
  });

  it('reads American sports briefs', () => {
    const top = (t: string) => primaryTopic(analyze({ id: 'x', text: t }, { stages: ['themes'] }).themes)?.id;
    expect(top('The quarterback threw two touchdowns and the cornerback made a late interception as the Giants reached the playoffs.')).toBe('medtop:15000000');
    expect(top('The pitcher struck out nine and the shortstop hit a home run in the ninth inning of the doubleheader.')).toBe('medtop:15000000');
  });

  it('matches acronyms case-sensitively and folds plurals', () => {
    const a = analyze({ id: 'x', text: 'Tariffs on chips and trade deals rose. Who knows where AI and machine learning go next?' }, { stages: ['themes'] });
    const ai = a.themes.find((t) => t.id === 'lede:artificial-intelligence');
    expect(ai?.evidence.map((e) => e.text)).toEqual(['AI', 'machine learning']);
    // One common word alone makes no theme: "ai" in lower case is not matched, and AI alone lacks support.
    const lone = analyze({ id: 'x', text: 'Who knows where AI goes next?' }, { stages: ['themes'] });
    expect(lone.themes.find((t) => t.id === 'lede:artificial-intelligence')).toBeUndefined();
    expect(a.themes.find((t) => t.id === 'medtop:07000000')).toBeUndefined(); // "Who" is not the WHO
    expect(a.themes.find((t) => t.id === 'lede:trade-and-tariffs')?.evidence.map((e) => e.text)).toContain('Tariffs');
  });
});

describe('specific evidence', () => {
  it('does not tag sport from "goal" and "try" in a trade story, nor count words inside names', () => {
    const a = analyze(
      { id: 'x', text: 'The goal is to try to keep rivals behind on chip exports, the commerce secretary told reporters.' },
      { stages: ['entities', 'themes'] },
    );
    expect(a.themes.filter((t) => t.id === 'medtop:15000000' && t.score >= THEME_THRESHOLD)).toEqual([]);
    const b = analyze({ id: 'x', text: 'James Bond returned to cinemas on Friday, and the actor praised the director.' }, { stages: ['entities', 'themes'] });
    for (const t of b.themes) for (const e of t.evidence) expect(e.text).not.toBe('Bond');
  });

  it('scores words inside a person\'s name as name features ("n:blair"), not as the plain word', () => {
    const text = 'Tony Blair met union leaders in London on Tuesday to talk about pensions and the cost of living.';
    const doc = analyzeDoc({ id: 'x', text }, { stages: ['entities'] });
    expect(doc.entities.some((e) => e.type === 'PERSON' && e.mentions.some((m) => m.text === 'Tony Blair'))).toBe(true);
    const features = [...themeTrainingRow(doc).features.keys()];
    expect(features).toEqual(expect.arrayContaining(['n:tony', 'n:blair']));
    expect(features).not.toContain('w:blair');
    // The model weighs "Blair" in a name far more for politics than the bare word: with the entities
    // stage (name words masked) the politics score rises; without it the same words count as plain words.
    const politics = (stages: Array<'entities' | 'themes'>) => analyze({ id: 'x', text }, { stages }).themes.find((t) => t.id === 'medtop:11000000')!.score;
    expect(politics(['entities', 'themes'])).toBeGreaterThan(1.5 * politics(['themes']));
  });

  it('gives the same themes from the token objects when a doc has no token table', () => {
    const doc = analyzeDoc({ id: 'x', title: 'Chip makers face new export rules', text }, { stages: ['entities'] });
    const fromTable = computeThemes(doc);
    delete doc.tokenTable;
    expect(computeThemes(doc)).toEqual(fromTable);
    expect(fromTable.length).toBeGreaterThan(0);
  });

  it('flags exactly one primary top-level topic', () => {
    const a = analyze({ id: 'x', text: 'The striker scored twice before half-time as the champions beat their rivals in the league.' }, { stages: ['themes'] });
    const primaries = a.themes.filter((t) => t.primary);
    expect(primaries).toHaveLength(1);
    expect(primaries[0]!.id).toBe('medtop:15000000');
    expect(primaries[0]!.score).toBeGreaterThanOrEqual(THEME_THRESHOLD);
  });
});

describe('user theme definitions', () => {
  const defs: ThemeDefinition[] = [
    { id: 'my:shipping', label: 'shipping', topLevel: 'medtop:04000000', terms: ['container ship', { text: 'freight rates', weight: 2 }, 'port ~ congestion'] },
  ];
  const snippet = 'Freight rates doubled as port congestion worsened and another container ship waited offshore.';

  it('adds user themes to the bundled ones', () => {
    const a = analyze({ id: 'x', text: snippet }, { stages: ['themes'], stageOptions: { themes: { definitions: defs } } });
    const t = a.themes.find((x) => x.id === 'my:shipping');
    expect(t?.evidence.map((e) => e.text)).toEqual(['Freight rates', 'port congestion', 'container ship']);
    expect(a.themes.some((x) => x.id === 'medtop:04000000')).toBe(true);
  });

  it('weighs the lead above later paragraphs, and a prior ranks without creating', () => {
    const two: ThemeDefinition[] = [
      { id: 'my:harbour', label: 'harbour', topLevel: 'my:harbour', terms: ['harbour', 'quay'] },
      { id: 'my:orchard', label: 'orchard', topLevel: 'my:orchard', terms: ['orchard', 'apple trees'] },
    ];
    const story =
      'The harbour reopened on Monday after repairs to the quay.\n\nTraders said the work took longer than planned.\n\n' +
      'Visitors can also walk to the old orchard on the hill, past its apple trees.';
    const scores = (defs: ThemeDefinition[], text = story) =>
      Object.fromEntries(analyze({ id: 'x', text }, { stages: ['themes'], stageOptions: { themes: { definitions: defs, mode: 'replace' } } }).themes.map((t) => [t.id, t.score]));
    const plain = scores(two);
    expect(plain['my:harbour']).toBeGreaterThan(plain['my:orchard']!);
    const favoured = scores([two[0]!, { ...two[1]!, prior: 3 }]);
    expect(favoured['my:orchard']).toBeGreaterThan(favoured['my:harbour']!);
    // Below minEvidence a theme is not reported, whatever its prior.
    expect(scores([two[0]!, { ...two[1]!, prior: 10, minEvidence: 5 }])['my:orchard']).toBeUndefined();
    // A single term is no evidence on its own (the support rule).
    expect(scores([{ ...two[0]!, terms: ['harbour'] }])['my:harbour']).toBeUndefined();
  });

  it('replaces the bundled themes in replace mode', () => {
    const a = analyze({ id: 'x', text: snippet }, { stages: ['themes'], stageOptions: { themes: { definitions: defs, mode: 'replace' } } });
    expect(a.themes.map((x) => x.id)).toEqual(['my:shipping']);
  });

  it('rejects an invalid file with a LedeError naming the field', () => {
    const bad = JSON.stringify({ themes: [{ id: 'a', label: 'A', topLevel: 'a', terms: [{ text: 'x', weight: 'heavy' }] }] });
    try {
      loadThemeDefinitions(bad);
      expect.unreachable();
    } catch (e) {
      expect(isLedeError(e)).toBe(true);
      expect((e as { field: string }).field).toBe('themes[0].terms[0].weight');
    }
    expect(() => loadThemeDefinitions('{not json')).toThrow(/JSON/);
    expect(() => loadThemeDefinitions([{ id: 'a', label: 'A', topLevel: 'a', terms: [] }])).toThrow(/terms/);
    expect(() => loadThemeDefinitions([...defs, ...defs])).toThrow(/duplicate/);
    expect(() => analyze({ id: 'x', text: snippet }, { stages: ['themes'], stageOptions: { themes: { mode: 'merge' } } })).toThrow(/mode/);
  });
});
