// Entity identity over the BBC corpus (no gold: counts that should be near zero). Corpus entities
// are keyed as the store keys them (Wikidata id when linked, else TYPE:lower-cased name).
// - same-article surname splits: one-word PERSON corpus entities that appear, in some article, beside
//   the one PERSON of that article whose full name ends in that word (within-article merging missed
//   them); beside two or more such people (Barack and Michelle Obama) the surname alone may be
//   either, and merging leaves it apart when the text does not tell: counted as ambiguous, no bar;
// - surname-only PERSON entities: one-word PERSON corpus entities that are the surname of a multi-word
//   PERSON corpus entity seen with that surname in one article (what corpus linking should fold),
//   counted once over the analyses alone and once in a store the corpus was added to (after linking).
import { analyze, type Analysis, type Entity } from '@lede/core';
import { openStore, prepareArticle } from '@lede/store';
import type { EvalArea } from '../area.js';

interface Gold { id: string; text: string; title?: string }
interface Pred { id: string; people: Array<{ key: string; name: string }> }

const norm = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
const keyOf = (e: Entity): string => (e.links?.wikidata ? `wikidata:${e.links.wikidata}` : `${e.type}:${norm(e.name)}`);
// The analyses of this run, for the store pass in score() (predictions keep only the people).
const analyses: Analysis[] = [];

export const area: EvalArea<Gold, Pred> = {
  name: 'ner-linking',
  dataset: 'corpus/bbc.jsonl',
  predict(g) {
    const a = analyze({ id: g.id, text: g.text, ...(g.title ? { title: g.title } : {}) }, { stages: ['entities'] });
    analyses.push(a);
    return { id: g.id, people: a.entities.filter((e) => e.type === 'PERSON').map((e) => ({ key: keyOf(e), name: e.name })) };
  },
  async score(_gold, preds) {
    const people = new Set<string>();
    const sameArticle = new Set<string>();
    const ambiguous = new Set<string>();
    const evidence = new Set<string>(); // surname keys seen beside a full name ending in it
    for (const p of preds) {
      const full = p.people.filter((x) => /\s/.test(x.name));
      for (const x of p.people) {
        people.add(x.key);
        if (/\s/.test(x.name)) continue;
        const w = norm(x.name);
        const owners = new Set(full.filter((f) => norm(f.name).endsWith(` ${w}`)).map((f) => f.key)).size;
        if (owners === 1) sameArticle.add(x.key);
        else if (owners > 1) ambiguous.add(x.key);
      }
      for (const f of full) evidence.add(`PERSON:${norm(f.name).split(' ').pop()}`);
    }
    const surnameEntities = [...people].filter((k) => evidence.has(k)).length;

    const store = await openStore({ db: ':memory:' });
    try {
      const prepared = analyses.splice(0).map(prepareArticle);
      for (let i = 0; i < prepared.length; i += 256) await store.addMany(prepared.slice(i, i + 256));
      const stored = await store.topEntities({ type: 'PERSON', limit: 10_000 });
      const storeSurnames = stored.filter((e) => !/\s/.test(e.name) && evidence.has(`PERSON:${norm(e.name)}`)).length;
      return { personEntities: people.size, sameArticleSplits: sameArticle.size, ambiguousSurnames: ambiguous.size, corpusSurnameEntities: surnameEntities, storePersonEntities: stored.length, storeSurnameEntities: storeSurnames };
    } finally {
      await store.close();
    }
  },
  metrics: (r) => ({
    'PERSON corpus entities': r.personEntities,
    'same-article surname splits': r.sameArticleSplits,
    'same-article ambiguous surnames': r.ambiguousSurnames,
    'surname-only PERSON entities': r.corpusSurnameEntities,
    'store: PERSON entities': r.storePersonEntities,
    'store: surname-only PERSON': r.storeSurnameEntities,
  }),
  bars: [{ metric: 'same-article surname splits', max: 10 }],
};
