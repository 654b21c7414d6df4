/**
 * The test corpus: the 300-article BBC subset from ../shared when present (its exact-duplicate
 * pairs included), else a generated one: a few hundred short, dated reports with named speakers,
 * organisations and places, plus syndicated copies (exact, and near: one sentence added), placed
 * far from their originals so they land in other batches. Bad lines end it either way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '@lede/core';

const shared = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/corpus');

const people = ['Amara Okafor', 'Tomasz Nowak', 'Helen Fairweather', 'Rafael Quintero', 'Mei Lin Zhou', 'Oliver Banerjee', 'Grace Mwangi', 'Lars Eriksen', 'Fatima Haddad', 'Daniel Whitcombe', 'Sofia Marchetti', 'Kwame Asante'];
const roles = ['chief executive', 'spokesperson', 'finance director', 'union leader', 'minister', 'professor of economics', 'chair'];
const orgs = ['Northbridge Energy', 'Harbour Union', 'Caledon Bank', 'Meridian Rail', 'Westfield Council', 'Albion Health Trust', 'Solent Ports', 'Pennine Water'];
const places = ['Leeds', 'Glasgow', 'Cardiff', 'Bristol', 'Belfast', 'Norwich', 'Aberdeen', 'Plymouth'];
const topics = [
  { noun: 'pay deal', verb: 'agreed a new pay deal for staff', line: 'Workers had asked for a rise in line with inflation' },
  { noun: 'rail timetable', verb: 'announced a new rail timetable', line: 'Passengers have complained about cancelled trains for months' },
  { noun: 'hospital budget', verb: 'cut the hospital budget', line: 'Waiting lists for operations have grown since the spring' },
  { noun: 'interest rates', verb: 'warned that interest rates would stay high', line: 'Mortgage costs have risen for a second year' },
  { noun: 'football stadium', verb: 'approved plans for a new football stadium', line: 'The club has played at its old ground for a century' },
  { noun: 'broadband rollout', verb: 'delayed the broadband rollout', line: 'Rural villages still have slow connections' },
];
const sayings = [
  'We have listened carefully and this is the right decision',
  'Nobody should pretend this will be easy',
  'The figures speak for themselves',
  'We will keep talking until there is an agreement',
  'This is a good day for the city',
  'People deserve better than this',
];

/** mulberry32: a small seeded generator, so the corpus is the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rec = { id: string; title: string; text: string; publishedAt?: string; source?: string };

const ENDINGS = ['More details to follow.', 'Ends.', 'Updated.', 'Filed earlier.', 'More to come.'];
const themesOf = (title: string, text: string) =>
  analyze({ id: 'probe', title, text }, { stages: ['themes'] }).themes.map((t) => `${t.label}:${t.primary ? 1 : 0}`).sort().join('|');

export function generatedCorpus(n = 240): Rec[] {
  const rnd = random(20);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const out: Rec[] = [];
  for (let i = 0; i < n; i++) {
    const [org, place, topic] = [pick(orgs), pick(places), pick(topics)];
    const a = pick(people);
    const b = pick(people.filter((p) => p !== a));
    const day = `2024-${String(1 + (i % 6)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    const text =
      `${org} ${topic.verb} in ${place} on ${['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'][i % 5]}, report number ${i + 1} of the season.\n\n` +
      `"${pick(sayings)}," said ${a}, ${pick(roles)} of ${org}. ${topic.line}.\n\n` +
      `${b}, who lives in ${place}, said the ${topic.noun} would affect ${100 + Math.floor(rnd() * 900)} families. "${pick(sayings)}," she added.`;
    out.push({ id: `gen-${String(i + 1).padStart(3, '0')}`, title: `${org}: ${topic.noun} in ${place} (${i + 1})`, text, publishedAt: day, source: 'Lede Wire' });
  }
  // Syndicated copies at the end, far from the originals: every 12th exact (another id and
  // source), every 9th near (a closing sentence added). With several workers either side of a near
  // pair may be stored first and become the original, so the added sentence must change no layer
  // the comparison counts (no quote, entity or date, and the same themes, which any word can
  // shift): the first closing line that leaves the themes as they are is taken, so both directions
  // answer alike.
  const copies: Rec[] = [];
  out.forEach((r, i) => {
    if (i % 12 === 3) copies.push({ ...r, id: `${r.id}-copy`, source: 'Regional Press' });
    if (i % 9 === 5) {
      const same = themesOf(r.title, r.text);
      const end = ENDINGS.find((e) => themesOf(r.title, `${r.text}\n\n${e}`) === same) ?? ENDINGS[0]!;
      copies.push({ ...r, id: `${r.id}-syndicated`, text: `${r.text}\n\n${end}` });
    }
  });
  return [...out, ...copies];
}

/** The 300-article BBC subset: every exact-duplicate pair among the first 100 groups, then the file's order. */
function bbcSubset(): Rec[] | undefined {
  const file = path.join(shared, 'bbc.jsonl');
  // LEDE_QUEUE_TEST_CORPUS=generated runs the generated corpus even with ../shared present.
  if (!fs.existsSync(file) || process.env.LEDE_QUEUE_TEST_CORPUS === 'generated') return undefined;
  const all = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Rec & { label?: string });
  const groups = (JSON.parse(fs.readFileSync(path.join(shared, 'bbc_duplicates.json'), 'utf8')) as { exact_duplicate_groups: string[][] }).exact_duplicate_groups;
  const want = new Set(groups.slice(0, 40).flat());
  for (const a of all) {
    if (want.size >= 300) break;
    want.add(a.id);
  }
  return all.filter((a) => want.has(a.id)).map(({ label: _label, ...a }) => a);
}

export const corpusSource = () => (bbcSubset() ? 'BBC 300-article subset (../shared)' : 'generated');

/** Bad lines: a truncated JSON line, a record without text, a text PostgreSQL cannot store (NUL). */
export const BAD_LINES = ['{"id": "cut-off", "text": "The line ends', JSON.stringify({ id: 'no-text', title: 'A headline only' }), JSON.stringify({ id: 'nul', text: 'Rain fell on Leeds.\u0000' })];

/** The corpus as JSONL lines: articles, then the bad lines. */
export function corpusLines(): string[] {
  const articles = bbcSubset() ?? generatedCorpus();
  return [...articles.map((a) => JSON.stringify(a)), ...BAD_LINES];
}
