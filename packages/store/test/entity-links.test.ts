import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze, EntityType } from '@lede/core';
import { openStore, type LedeStore } from '../src/index.js';
import { freshSchema as freshSchemaOf, pgUrl } from './pg-schema.js';

// Corpus linking on real text through the whole pipeline: the same person named "Tony Blair" in
// one article and only "Blair"/"Mr Blair" in others is one corpus entity in every facet.
const articles = [
  {
    id: 'schools-speech',
    publishedAt: '2005-02-03',
    title: 'Prime minister sets out school plans',
    text:
      'Mr Blair told teachers in Birmingham that every secondary school should become a specialist school. ' +
      '"We have to raise standards for every child, not just some," Mr Blair said.\n\n' +
      'The National Union of Teachers said the plans would divide schools.',
  },
  {
    id: 'election-date',
    publishedAt: '2005-03-10',
    title: 'Election date speculation grows',
    text:
      'Tony Blair is expected to call a general election for May, according to senior Labour figures. ' +
      'Michael Howard said the Conservatives were ready.\n\n' +
      '"The public will decide," Blair said on Thursday, refusing to name a date. Howard accused him of dithering.',
  },
  {
    id: 'health-visit',
    publishedAt: '2005-03-22',
    title: 'Hospital visit',
    text:
      'Tony Blair visited a hospital in Leeds on Tuesday. Blair praised the nurses and said waiting lists had fallen.\n\n' +
      'Opposition leader Michael Howard said the figures hid a crisis.',
  },
];

const analysed = () => articles.map((a) => analyze(a));

function linkingContract(name: string, open: () => Promise<LedeStore>) {
  describe(`${name}: corpus entity linking`, () => {
    let store: LedeStore;
    beforeEach(async () => {
      store = await open();
      // The surname-only article comes first: linking must fold it once the evidence arrives.
      for (const a of analysed()) await store.add(a);
    });
    afterEach(async () => store.close());

    it('counts "Mr Blair" and "Tony Blair" as one person in entities, tone and co-occurrence', async () => {
      const people = await store.topEntities({ type: 'PERSON' });
      expect(people.find((p) => p.name === 'Tony Blair')).toMatchObject({ articles: 3 });
      expect(people.map((p) => p.name)).not.toContain('Blair');
      // A folded surname is not a corpus entity of its own in the counts either.
      const all = await store.topEntities({ types: EntityType.options, limit: 1000 });
      expect((await store.stats()).entities).toBe(all.length);
      const tone = await store.entityTone('Blair', { by: 'month' });
      expect(tone.map((t) => t.period)).toEqual(['2005-02', '2005-03']);
      expect((await store.list({ entity: 'Blair' })).total).toBe(3);
      const around = await store.cooccurrence({ entity: 'Tony Blair' });
      expect(around.find((e) => e.b === 'Michael Howard')).toMatchObject({ a: 'Tony Blair', articles: 2 });
    });

    it('lists named types unless dates or amounts are asked for', async () => {
      const all = await store.topEntities({ limit: 100 });
      expect(all.map((e) => e.type)).toContain('PERSON');
      expect(all.filter((e) => e.type === 'DATE')).toEqual([]);
      const dates = await store.topEntities({ types: ['DATE'], limit: 100 });
      expect(dates.map((e) => e.name)).toEqual(expect.arrayContaining(['Thursday', 'Tuesday']));
      expect((await store.topEntities({ type: 'DATE' })).length).toBe(dates.length);
    });

    it('counts his quotes under one speaker', async () => {
      const speakers = await store.topSpeakers();
      const blair = speakers.filter((s) => /blair/i.test(s.name));
      expect(blair).toHaveLength(1);
      // What the analyses attribute to him under either name, summed over articles.
      // (statements: a quote split by "he said" counts once)
      const quoted = analysed().map((a) => new Set(a.quotes.filter((q) => /Blair/.test(q.speaker?.name ?? '')).map((q) => q.statement ?? q.id)).size);
      expect(quoted[0]).toBeGreaterThan(0);
      expect(blair[0]).toEqual({ name: 'Tony Blair', entityId: 'PERSON:tony blair', quotes: quoted.reduce((x, y) => x + y, 0), articles: quoted.filter(Boolean).length });
      // Either name finds all of them.
      for (const speaker of ['Tony Blair', 'Blair']) expect((await store.quotes({ speaker })).total).toBe(blair[0]!.quotes);
    });

    it('keeps the rollups equal to exact aggregates after folding', async () => {
      const exact = { from: '1900-01-01' };
      expect(await store.topEntities({ limit: 100 })).toEqual(await store.topEntities({ limit: 100, ...exact }));
      expect(await store.topSpeakers()).toEqual(await store.topSpeakers(exact));
      const all = await store.cooccurrence({ limit: 500 });
      expect(all.filter((e) => e.a === 'Blair' || e.b === 'Blair')).toEqual([]);
      expect(all.find((e) => [e.a, e.b].includes('Tony Blair') && [e.a, e.b].includes('Michael Howard'))?.articles).toBe(2);
    });

    it('explains the merge: the names folded in, with their articles, and the evidence', async () => {
      const e = await store.entity('Blair');
      expect(e).toMatchObject({ name: 'Tony Blair', type: 'PERSON', articles: 3 });
      expect(e!.mergedNames).toEqual([{ name: 'Blair', key: 'PERSON:blair', articles: ['schools-speech'] }]);
      expect(e!.surnames).toEqual([{ surname: 'blair', articles: ['election-date', 'health-visit'] }]);
      expect(await store.entity('Nobody Atall')).toBeUndefined();
    });

    it('keeps the evidence of a copy that becomes the original when the original is removed', async () => {
      const budget = {
        title: 'Budget day',
        text: 'Gordon Brown delivered his budget on Wednesday. Brown said the economy was strong.\n\n"Stability comes first," Brown told MPs.',
      };
      await store.add(analyze({ id: 'budget', ...budget }));
      await store.add(analyze({ id: 'budget-copy', ...budget }));
      await store.remove(['budget']);
      await store.add(analyze({ id: 'pensions', title: 'Pensions', text: 'Mr Brown promised to protect pensions. "No one will lose out," Mr Brown said.' }));
      const people = await store.topEntities({ type: 'PERSON' });
      expect(people.find((p) => p.name === 'Gordon Brown')).toMatchObject({ articles: 2 });
      expect(people.map((p) => p.name)).not.toContain('Brown');
    });

    it('keeps a surname apart when two full names share it with equal evidence', async () => {
      await store.add(analyze({ id: 'jones-a', text: 'Gareth Jones scored twice for Swansea on Saturday. Jones said the team had worked hard all week.' }));
      await store.add(analyze({ id: 'jones-b', text: 'Ryan Jones will captain Wales in Rome next month. Jones has recovered from a shoulder injury.' }));
      await store.add(analyze({ id: 'jones-c', text: 'Jones was booked in the second half at Cardiff on Sunday.' }));
      const names = (await store.topEntities({ type: 'PERSON', limit: 50 })).map((p) => p.name);
      expect(names).toEqual(expect.arrayContaining(['Gareth Jones', 'Ryan Jones', 'Jones']));
    });
  });
}

linkingContract('sqlite', () => openStore({ db: ':memory:' }));

const url = pgUrl;
const schema = 'lede_test_links'; // apart from postgres.test.ts's schema, so the two files can run at once

const freshSchema = (): Promise<string> => freshSchemaOf(schema);

describe.skipIf(!url)('postgres', () => {
  linkingContract('postgres', async () => openStore({ db: await freshSchema() }));
});
