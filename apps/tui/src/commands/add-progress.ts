/**
 * The `lede add` progress line on stderr (only when stderr is a terminal): a bar when the total
 * is known (JSONL line counts), else a running count, plus rate and outcome counts.
 */
import fs from 'node:fs';
import type { IngestSummary } from '@lede/store';

export interface ProgressLine { update(p: IngestSummary & { done: number }): void; done(): void }

export function progressLine(total: number | null, stream: NodeJS.WriteStream = process.stderr): ProgressLine {
  if (!stream.isTTY) return { update() {}, done() {} };
  let last = 0;
  const render = (p: IngestSummary & { done: number }) => {
    const rate = p.seconds > 0 ? Math.round(p.done / p.seconds) : 0;
    const counts = `added ${p.added + p.updated}  dup ${p.duplicate}  unchanged ${p.unchanged}${p.failed ? `  failed ${p.failed}` : ''}`;
    let head = `${p.done} articles`;
    if (total) {
      const frac = Math.min(1, p.done / total);
      const w = 24;
      head = `[${'█'.repeat(Math.round(frac * w)).padEnd(w, '░')}] ${p.done}/${total}`;
    }
    stream.write(`\r\x1b[2K${head}  ${rate}/s  ${counts}`);
  };
  return {
    update(p) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      render(p);
    },
    done() {
      stream.write('\r\x1b[2K');
    },
  };
}

/** Records to expect when every path is a JSONL file (newline count); null when unknown. */
export function countRecords(paths: string[]): number | null {
  let n = 0;
  for (const p of paths) {
    if (!/\.jsonl$/i.test(p)) return null;
    try {
      const fd = fs.openSync(p, 'r');
      const buf = Buffer.allocUnsafe(1 << 20);
      let read: number;
      let lastByte = 10;
      while ((read = fs.readSync(fd, buf, 0, buf.length, null)) > 0) {
        for (let i = 0; i < read; i++) if (buf[i] === 10) n++;
        lastByte = buf[read - 1]!;
      }
      if (lastByte !== 10) n++;
      fs.closeSync(fd);
    } catch {
      return null;
    }
  }
  return n;
}
