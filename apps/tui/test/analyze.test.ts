import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Analysis, checkSpans } from '@lede/core';
import { describe, expect, it } from 'vitest';
import { runAnalyze, type AnalyzeCommandOptions } from '../src/commands/analyze.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const seed = path.join(root, 'seeds/china-two-sessions-tech.txt');

async function run(paths: string[], opts: AnalyzeCommandOptions = {}, stdin?: string) {
  let out = '';
  let err = '';
  const io = {
    stdout: (s: string) => void (out += s),
    stderr: (s: string) => void (err += s),
    stdin: stdin === undefined ? undefined : (async function* () { yield new TextEncoder().encode(stdin); })(),
  };
  const code = await runAnalyze(paths, opts, io);
  return { code, out, err, errors: err.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l)) };
}

describe('lede analyze (command function)', () => {
  it('analyses the seed to a schema-valid result whose spans all match the text', async () => {
    const { code, out, err } = await run([seed], { format: 'json' });
    expect(err).toBe('');
    expect(code).toBe(0);
    const parsed = Analysis.safeParse(JSON.parse(out));
    expect(parsed.success).toBe(true);
    const analysis = parsed.data!;
    expect(Object.keys(analysis)).toEqual(['id', 'article', 'sentences', 'quotes', 'entities', 'themes', 'tone', 'keyphrases', 'summary', 'readability']);
    expect(analysis.article.text).toBe(fs.readFileSync(seed, 'utf8')); // offsets stay valid against the file
    expect(analysis.sentences.length).toBeGreaterThan(10);
    expect(checkSpans(analysis)).toEqual([]);
  });

  it('--format jsonl prints one line per input record with its id, errors on stderr, exit 1', async () => {
    const stdin = ['{"id":"w-1","text":"The port reopened on Monday."}', '{"id":"w-2","text":', '{"id":"w-3","text":"Ferries resumed at dawn."}'].join('\n');
    const { code, out, errors } = await run(['-'], { format: 'jsonl', stages: ['segment'] }, stdin);
    expect(code).toBe(1);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['w-1', 'w-3']);
    expect(lines[1].article.text).toBe('Ferries resumed at dawn.');
    expect(errors).toEqual([{ record: 'stdin:2', code: 'INVALID_JSON', field: null, message: expect.stringContaining('line 2') }]);
  });

  it('--format json prints an array when there are several articles', async () => {
    const stdin = '[{"id":"x1","text":"One."},{"id":"x2","text":"Two."}]';
    const { code, out } = await run(['-'], { format: 'json', stages: ['segment'] }, stdin);
    expect(code).toBe(0);
    expect(JSON.parse(out).map((a: Analysis) => a.id)).toEqual(['x1', 'x2']);
  });

  it('only runs the chosen stages; other layers stay empty', async () => {
    const { out } = await run([seed], { stages: ['segment'] });
    const a = JSON.parse(out) as Analysis;
    expect(a.sentences.length).toBeGreaterThan(0);
    expect(a.quotes).toEqual([]);
    expect(a.tone).toBeNull();
  });

  it('usage errors exit 2 without output', async () => {
    for (const opts of [{ stages: ['sentiment-magic'] }, { format: 'xml' as never }, { inputFormat: 'pdf' as never }, { maxBytes: -3 }]) {
      const r = await run([seed], opts);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/^lede analyze: /);
    }
  });

  it('a missing file is reported and the other inputs are still analysed', async () => {
    const { code, out, errors } = await run(['/nonexistent/article.txt', seed], { stages: ['segment'] });
    expect(code).toBe(1);
    expect(errors[0]).toMatchObject({ record: '/nonexistent/article.txt', code: 'NOT_FOUND' });
    expect((JSON.parse(out) as Analysis).article.text.startsWith('China embarks')).toBe(true);
  });

  it('md and text reports show the layers that hold something', async () => {
    const page = '<!doctype html><html><head><title>Budget vote</title><meta name="author" content="Kim Lee"></head><body><article>'
      + '<p>The council passed the budget on Tuesday after a long debate that ran past midnight, with several amendments rejected.</p>'
      + '<p>"This is a budget for growth," said the treasurer, Ruth Adeyemi, adding that reserves would be rebuilt by next year.</p>'
      + '<p>Opposition members said the plan relied on optimistic forecasts for property tax receipts and tourism income.</p>'
      + '</article></body></html>';
    const md = await run(['-'], { format: 'md' }, page);
    expect(md.code).toBe(0);
    expect(md.out).toMatch(/^# Budget vote\n/);
    expect(md.out).toContain('- **By:** Kim Lee');
    expect(md.out).toContain('## Readability');
    const text = await run(['-'], { format: 'text', stages: ['segment'] }, page);
    expect(text.out).toMatch(/^Budget vote\n=+\n/);
    expect(text.out).not.toContain('READABILITY'); // the stage did not run
  });
  it('--themes adds the user\'s themes (replace mode keeps only them); a bad file is a usage error naming the field', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-themes-'));
    try {
      const themes = path.join(dir, 'themes.json');
      fs.writeFileSync(themes, JSON.stringify({ themes: [{ id: 'my:shipping', label: 'shipping', topLevel: 'medtop:04000000', terms: ['container ship', 'freight rates', 'port congestion'] }] }));
      const stdin = '{"id":"s-1","text":"Freight rates doubled as port congestion worsened and another container ship waited offshore."}';
      const added = await run(['-'], { format: 'jsonl', stages: ['themes'], themes }, stdin);
      expect(added.err).toBe('');
      const ids = (JSON.parse(added.out) as Analysis).themes.map((t) => t.id);
      expect(ids).toContain('my:shipping');
      expect(ids.some((id) => id.startsWith('medtop:'))).toBe(true);
      const replaced = await run(['-'], { format: 'jsonl', stages: ['themes'], themes, themesMode: 'replace' }, stdin);
      expect((JSON.parse(replaced.out) as Analysis).themes.map((t) => t.id)).toEqual(['my:shipping']);

      fs.writeFileSync(themes, JSON.stringify({ themes: [{ id: 'x', label: 'X', topLevel: 'x', terms: [{ text: 'x', weight: 'heavy' }] }] }));
      const bad = await run(['-'], { format: 'jsonl', themes }, stdin);
      expect(bad.code).toBe(2);
      expect(bad.out).toBe('');
      expect(bad.err).toMatch(/--themes: .*themes\[0\]\.terms\[0\]\.weight/);
      const missing = await run(['-'], { format: 'jsonl', themes: path.join(dir, 'nope.json') }, stdin);
      expect(missing.code).toBe(2);
      expect(missing.err).toContain('nope.json');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
