// Issue 15 items 4 and 5: a record with NUL or a lone surrogate is one failed record naming its line
// and field, on either store, and the records around it are stored (PostgreSQL once died on NUL).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshSchema, pgUrl } from './pg-schema.js';
import { lede } from './run-cli.js';

const good = {
  one: 'Dock workers at Felixstowe began an eight-day strike on Wednesday. "We have been left with no choice," said Sharon Graham.',
  two: 'Birmingham City Council voted to close four libraries. "These are painful decisions," council leader John Cotton said.',
  three: 'The central bank held interest rates at 5%. Its governor said inflation was falling faster than expected.',
};
const lines = [
  JSON.stringify({ id: 'one', text: good.one }),
  JSON.stringify({ id: 'nul', text: 'Rain fell.\u0000 It stopped.' }),
  JSON.stringify({ id: 'two', text: good.two }),
  '{"id": "lone", "text": "Rain \\ud800 fell."}',
  JSON.stringify({ id: 'three', text: good.three }),
];

describe('lede add: invalid text in one record of a batch', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-badtext-'));
    fs.writeFileSync(path.join(dir, 'mixed.jsonl'), lines.join('\n') + '\n');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const targets: Array<[string, () => Promise<string>]> = [['sqlite', async () => path.join(dir, 'mixed.db')]];
  if (pgUrl) targets.push(['postgres', () => freshSchema('lede_test_badtext')]);
  for (const [name, db] of targets) {
    it(`${name}: names both records and stores the other three`, async () => {
      const target = await db();
      const r = await lede(dir, 'add', 'mixed.jsonl', '--db', target, '--threads', '1', '--json');
      expect(r.code).toBe(1);
      const out = JSON.parse(r.stdout);
      expect(out).toMatchObject({ added: 3, failed: 2 });
      expect(out.errors).toMatchObject([
        { record: 'mixed.jsonl:2', error: { code: 'INVALID_RECORD', field: 'text', message: expect.stringMatching(/NUL/) } },
        { record: 'mixed.jsonl:4', error: { code: 'INVALID_RECORD', field: 'text', message: expect.stringMatching(/surrogate/) } },
      ]);
      const list = JSON.parse((await lede(dir, 'list', '--db', target, '--json')).stdout) as { total: number; items: Array<{ id: string }> };
      expect(list.items.map((a) => a.id).sort()).toEqual(['one', 'three', 'two']);
    }, 180_000);
  }
});
