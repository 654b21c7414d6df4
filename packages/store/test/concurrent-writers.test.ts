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

// The other writer: holds the write lock, writes, then commits 1.5 s later.
const otherWriter = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
const db = new Database(workerData.file);
db.exec('BEGIN IMMEDIATE');
db.exec('CREATE TABLE IF NOT EXISTS other_writer (x)');
db.prepare('INSERT INTO other_writer VALUES (1)').run();
parentPort.postMessage('locked');
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1500);
db.exec('COMMIT');
db.close();
`;

it('a second writer waits for the lock and commits', async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lede-writers-')), 'w.db');
  const waits: string[] = [];
  const store = await openStore({ db: file, onLockWait: (holder) => waits.push(holder) });
  // Analysed before the other writer starts: on a loaded machine analysis could outlast its lock.
  const analysis = analyze({ id: 'rain-1', text: 'Rain fell on Leeds. "It will pass," said Ann Holt.' });
  try {
    const sqlite = createRequire(import.meta.url).resolve('better-sqlite3');
    const worker = new Worker(otherWriter, { eval: true, workerData: { file, sqlite } });
    const exited = new Promise((r) => worker.once('exit', r)); // the write waits on a timer: the worker may end first
    await new Promise<void>((resolve, reject) => worker.once('message', () => resolve()).once('error', reject));
    const result = await store.add(analysis);
    expect(result.status).toBe('added');
    // The holder is no lede store, so it left no writer record; a dead pid's record reads the same.
    expect(waits).toEqual([expect.stringMatching(/^another connection/)]);
    await exited;
    expect((await store.list({})).total).toBe(1);
  } finally {
    await store.close();
  }
}, 30_000);

it('gives up after lockTimeout, naming the process in the writer record', async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lede-writers-')), 'w.db');
  const store = await openStore({ db: file, lockTimeout: 100 });
  const analysis = analyze({ id: 'rain-2', text: 'Rain fell on York. "It will pass," said Ann Holt.' });
  try {
    const sqlite = createRequire(import.meta.url).resolve('better-sqlite3');
    const worker = new Worker(otherWriter, { eval: true, workerData: { file, sqlite } });
    const exited = new Promise((r) => worker.once('exit', r)); // the write waits on a timer: the worker may end first
    await new Promise<void>((resolve, reject) => worker.once('message', () => resolve()).once('error', reject));
    // A live process's record (this test runner's parent stands in for another lede).
    fs.writeFileSync(`${file}-writer`, JSON.stringify({ pid: process.ppid, command: 'lede add big.jsonl', since: '2025-03-01T09:12:05.000Z' }));
    await expect(store.add(analysis)).rejects.toThrow(
      `add: the store is locked by pid ${process.ppid} (lede add big.jsonl, since 2025-03-01 09:12:05 UTC); gave up after 0.1 s`,
    );
    await exited;
    expect((await store.list({})).total).toBe(0);
  } finally {
    await store.close();
  }
}, 30_000);
