// Opening a store to read it never writes (issue #15 item 9): a mistyped path is an error, not a
// new empty store, and a read-only database file can be read.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyze } from '@lede/core';
import { expect, it } from 'vitest';
import { openStore } from '../src/index.js';

it('readOnly: a missing file is an error and is not created; a chmod 444 store reads', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-ro-'));
  const missing = path.join(dir, 'typo.db');
  await expect(openStore({ db: missing, readOnly: true })).rejects.toMatchObject({ code: 'STORE_ERROR', field: 'db' });
  expect(fs.existsSync(missing)).toBe(false);

  const file = path.join(dir, 'corpus.db');
  const w = await openStore({ db: file });
  await w.add(analyze({ id: 'rain-1', text: 'Rain fell on Leeds. "It will pass," said Ann Holt.' }));
  await w.close();
  for (const f of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, f), 0o444);
  const before = fs.readFileSync(file);
  const r = await openStore({ db: file, readOnly: true });
  expect((await r.list({})).total).toBe(1);
  expect((await r.get('rain-1'))?.article.id).toBe('rain-1');
  await r.close();
  // (SQLite may add its -shm index beside a WAL file; the database itself is untouched.)
  expect(fs.readFileSync(file).equals(before)).toBe(true);
});
