// Two writers on one SQLite file (issue #15 item 7): the second waits for the first's write lock
// (BEGIN IMMEDIATE + busy_timeout) and commits, instead of dying with "database is locked".
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyze } from '@lede/core';
import { expect, it } from 'vitest';
import { openStore } from '../src/index.js';

// The other writer: holds the write lock, writes, then commits 800 ms later.
const otherWriter = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
const db = new Database(workerData.file);
db.exec('BEGIN IMMEDIATE');
db.exec('CREATE TABLE IF NOT EXISTS other_writer (x)');
db.prepare('INSERT INTO other_writer VALUES (1)').run();
parentPort.postMessage('locked');
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 800);
db.exec('COMMIT');
db.close();
`;

it('a second writer waits for the lock and commits', async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lede-writers-')), 'w.db');
  const store = await openStore({ db: file });
  try {
    const sqlite = createRequire(import.meta.url).resolve('better-sqlite3');
    const worker = new Worker(otherWriter, { eval: true, workerData: { file, sqlite } });
    await new Promise<void>((resolve, reject) => worker.once('message', () => resolve()).once('error', reject));
    const result = await store.add(analyze({ id: 'rain-1', text: 'Rain fell on Leeds. "It will pass," said Ann Holt.' }));
    expect(result.status).toBe('added');
    await new Promise((r) => worker.once('exit', r));
    expect((await store.list({})).total).toBe(1);
  } finally {
    await store.close();
  }
}, 30_000);
