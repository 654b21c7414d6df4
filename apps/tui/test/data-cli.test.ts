import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runAnalyze } from '../src/commands/analyze.js';

const records = fileURLToPath(new URL('../../../packages/ingest/test/fixtures/faithful/records.jsonl', import.meta.url));

describe('lede analyze on records as users write them', () => {
  it('reads aliased fields, keeps unknown ones as article.extra and warns about them once', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runAnalyze([records], { format: 'jsonl', stages: ['segment'] }, { stdout: (s) => void out.push(s), stderr: (s) => void err.push(s) });
    expect(code).toBe(0);
    const results = out.join('').trim().split('\n').map((l) => JSON.parse(l));
    expect(results[0].article).toMatchObject({ source: 'Daily Example', publishedAt: '2025-03', datePrecision: 'month', extra: { section: 'politics' } });
    expect(results[0].article.text).toBe('The vote was delayed  again.\r\n\r\n"We need more time," said Ann Lee.\n');
    const warnings = err.join('').split('\n').filter((l) => l.includes('article.extra'));
    expect(warnings).toEqual(['lede analyze: warning: fields not read by Lede, kept as article.extra: "section", "wordcount"']);
  });
});
