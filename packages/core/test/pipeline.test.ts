import { describe, expect, it } from 'vitest';
import { analyze, defaultStages, LedeError, resolveStages, type Stage } from '../src/index.js';

describe('pipeline', () => {
  it('adds the stages a chosen stage requires, in dependency order', () => {
    const names = resolveStages(defaultStages, ['quotes']).map((s) => s.name);
    expect(names).toEqual(['segment', 'entities', 'quotes']);
  });

  it('rejects an unknown stage with a typed error naming the field', () => {
    try {
      analyze({ id: 'x', text: 'Hello.' }, { stages: ['sentiment-magic'] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(LedeError);
      expect((e as LedeError).code).toBe('UNKNOWN_STAGE');
      expect((e as LedeError).field).toBe('stages');
    }
  });

  it('leaves layers of stages that did not run empty', () => {
    const a = analyze({ id: 'x', text: 'Prices rose. Markets fell.' }, { stages: ['segment'] });
    expect(a.sentences).toHaveLength(2);
    expect(a.quotes).toEqual([]);
    expect(a.tone).toBeNull();
    expect(a.readability).toBeNull();
  });

  it('runs a custom stage plugged into the registry without touching the others', () => {
    const shout: Stage = {
      name: 'shout',
      requires: ['segment'],
      description: 'test stage',
      run(doc) {
        doc.keyphrases = doc.sentences.map((s) => ({ text: s.text.toUpperCase(), score: 1, spans: [{ start: s.start, end: s.end, text: s.text }] }));
      },
    };
    const a = analyze({ id: 'x', text: 'One. Two.' }, { registry: [...defaultStages, shout], stages: ['shout'] });
    expect(a.keyphrases.map((k) => k.text)).toEqual(['ONE.', 'TWO.']);
  });

  it('reports an invalid article with the failing field', () => {
    try {
      analyze({ id: '', text: 'x' });
      expect.unreachable();
    } catch (e) {
      expect((e as LedeError).code).toBe('INVALID_RECORD');
      expect((e as LedeError).field).toBe('id');
    }
  });
});
