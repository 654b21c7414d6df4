import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { Analysis, analysisJsonSchema, analyze, checkSpans } from '../src/index.js';

const seedText = readFileSync(new URL('../../../seeds/china-two-sessions-tech.txt', import.meta.url), 'utf8');

describe('analysis contract', () => {
  const analysis = analyze({ id: 'seed', text: seedText });

  it('has exactly the stable top-level keys', () => {
    expect(Object.keys(analysis).sort()).toEqual(
      ['article', 'entities', 'id', 'keyphrases', 'quotes', 'readability', 'sentences', 'summary', 'themes', 'tone'].sort(),
    );
  });

  it('validates against the zod schema and the exported JSON Schema', () => {
    expect(Analysis.safeParse(analysis).success).toBe(true);
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(analysisJsonSchema());
    const json = JSON.parse(JSON.stringify(analysis));
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('rejects a result that breaks the schema', () => {
    const validate = new Ajv2020({ strict: false }).compile(analysisJsonSchema());
    expect(validate({ ...JSON.parse(JSON.stringify(analysis)), quotes: [{ start: -1 }] })).toBe(false);
  });

  it('keeps every span equal to its slice of the article text', () => {
    expect(checkSpans(analysis)).toEqual([]);
    const broken = { ...analysis, sentences: [{ ...analysis.sentences[0]!, text: 'nope' }] };
    expect(checkSpans(broken)).toHaveLength(1);
  });
});
