import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';

/** A back-pressured text sink: a file, or stdout. */
export async function writeOut(path?: string): Promise<{ write(s: string): Promise<void>; close(): Promise<void> }> {
  const stream: Writable = path ? createWriteStream(path) : process.stdout;
  const write = (s: string) =>
    new Promise<void>((resolve, reject) => {
      if (stream.write(s)) resolve();
      else {
        stream.once('drain', resolve);
        stream.once('error', reject);
      }
    });
  const close = () => (path ? new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve()))) : Promise.resolve());
  return { write, close };
}
