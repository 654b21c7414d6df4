/**
 * Who holds a SQLite store's write lock (issue #15 item 7). SQLite itself cannot say, so the
 * process that has just taken the lock (BEGIN IMMEDIATE succeeded) records its pid, command and
 * the time in `<db>-writer` beside the -wal and -shm files, and removes it after commit or
 * rollback. Only the lock holder writes the file, so writers never race on it; a record left by a
 * killed process names a pid that is gone and is ignored.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface WriterInfo {
  pid: number;
  /** The holder's command line, e.g. `lede add corpus.jsonl` (shortened). */
  command: string;
  /** When it took the lock (ISO 8601). */
  since: string;
}

export const writerFile = (db: string): string => `${db}-writer`;

/** This process's command as a user typed it: `lede add …` for the CLI. */
function commandLine(): string {
  const [, script, ...args] = process.argv;
  const name = script ? (/\bcli\.[cm]?[jt]s$/.test(script) ? 'lede' : path.basename(script)) : 'node';
  const line = [name, ...args].join(' ');
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}

/** Record this process as the writer; call only while holding the write lock. Best effort. */
export function recordWriter(db: string): void {
  const info: WriterInfo = { pid: process.pid, command: commandLine(), since: new Date().toISOString() };
  try {
    fs.writeFileSync(writerFile(db), JSON.stringify(info) + '\n');
  } catch {
    // A read-only directory or a full disk must not fail the write itself: the record is a courtesy.
  }
}

/** Remove the record if it is this process's (after commit or rollback). */
export function clearWriter(db: string): void {
  try {
    const info = JSON.parse(fs.readFileSync(writerFile(db), 'utf8')) as WriterInfo;
    if (info.pid === process.pid) fs.unlinkSync(writerFile(db));
  } catch {
    // No record, or another process's: nothing of ours to remove.
  }
}

/** The live process holding the lock, if it recorded itself. */
export function currentWriter(db: string): WriterInfo | undefined {
  let info: WriterInfo;
  try {
    info = JSON.parse(fs.readFileSync(writerFile(db), 'utf8')) as WriterInfo;
  } catch {
    return undefined;
  }
  if (!Number.isInteger(info.pid) || info.pid === process.pid) return undefined;
  try {
    process.kill(info.pid, 0); // signal 0: only asks whether the process exists
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') return undefined;
  }
  return info;
}

/** "pid 4242 (lede add corpus.jsonl, since 2025-03-01 09:12:05)", or a plain phrase when unknown. */
export function describeWriter(info: WriterInfo | undefined): string {
  if (!info) return 'another connection (it left no writer record: not lede, or an older version)';
  const since = info.since.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  return `pid ${info.pid} (${info.command}, since ${since})`;
}
