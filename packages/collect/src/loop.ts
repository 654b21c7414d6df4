import { collectRound, nextDue, type RoundOptions, type RoundReport } from './round.js';

export interface CollectorOptions extends Omit<RoundOptions, 'all'> {
  /** One round over every feed, then return (cron). */
  once?: boolean;
  onRound?: (report: RoundReport, round: number) => void;
  /** Bounds the number of rounds (tests); default: until `signal` aborts. */
  maxRounds?: number;
}

/**
 * Poll until stopped: a round, then sleep until the next feed is due (at most `intervalMs`), and
 * again. Aborting `signal` stops fetching at once; the articles already fetched are still
 * analysed and stored before this resolves, so nothing fetched is lost and the next run resumes.
 */
export async function runCollector(o: CollectorOptions): Promise<RoundReport[]> {
  const reports: RoundReport[] = [];
  const limit = o.once ? 1 : (o.maxRounds ?? Infinity);
  for (let round = 1; round <= limit && !o.signal?.aborted; round++) {
    const report = await collectRound({ ...o, all: round === 1 || !!o.once });
    reports.push(report);
    o.onRound?.(report, round);
    if (round < limit) await sleep(await untilNextDue(o), o.signal);
  }
  return reports;
}

/** Until the first feed is due again (feeds polled late in a round are not left for a whole extra interval). */
async function untilNextDue(o: CollectorOptions): Promise<number> {
  const sources = await o.store.sources.list();
  const now = (o.now ?? Date.now)();
  const first = Math.min(...sources.map((s) => nextDue(s, o.intervalMs)));
  return Math.max(Math.min(o.intervalMs, 1000), Math.min(o.intervalMs, first - now));
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const t = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
