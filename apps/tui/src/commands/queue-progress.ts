/** The `lede add --queue` progress line on stderr (a terminal only), in the look of the local one. */
import type { EnqueueSummary } from '@lede/queue';

export function queueProgress(total: number | null, stream: NodeJS.WriteStream = process.stderr) {
  if (!stream.isTTY) return { update(_p: EnqueueSummary & { done: number }) {}, done() {} };
  let last = 0;
  return {
    update(p: EnqueueSummary & { done: number }) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const rate = p.seconds > 0 ? Math.round(p.done / p.seconds) : 0;
      const counts = `queued ${p.queued}  already ${p.alreadyQueued + p.alreadyStored}${p.failed ? `  failed ${p.failed}` : ''}`;
      const w = 24;
      const head = total ? `[${'█'.repeat(Math.round(Math.min(1, p.done / total) * w)).padEnd(w, '░')}] ${p.done}/${total}` : `${p.done} records`;
      stream.write(`\r\x1b[2K${head}  ${rate}/s  ${counts}`);
    },
    done() {
      stream.write('\r\x1b[2K');
    },
  };
}
