import type { LedeStore, SourceRow, FetchState } from '@lede/store';
import { buildCollected } from './article.js';
import { createChannel } from './channel.js';
import type { Client } from './client.js';
import { isTransient, type FetchError } from './errors.js';
import { decodeFeed, readFeed, type FeedEntry } from './feed.js';
import type { CollectedItem, IngestSink, SinkOutcome } from './sink.js';

export interface RoundOptions {
  store: LedeStore;
  client: Client;
  sink: IngestSink;
  /** Poll spacing; also the base of a failing feed's backoff (interval · 2^(errors-1), at most a day). */
  intervalMs: number;
  /** true: poll every feed not backing off (`--once`, cron); false: only feeds whose interval has passed. */
  all: boolean;
  signal?: AbortSignal;
  /** Fetched pages waiting for analysis at most (memory bound). */
  buffer?: number;
  onEvent?: (e: RoundEvent) => void;
  now?: () => number;
}

export type RoundEvent =
  | { kind: 'feed'; url: string; status: FeedStatus; newItems: number; error?: FetchError }
  | { kind: 'page'; url: string; source: string; ok: boolean; error?: FetchError | string; outcome?: string };

export type FeedStatus = 'ok' | 'not-modified' | 'failed' | 'backing-off' | 'not-due' | 'stopped';

export interface RoundReport {
  feeds: Array<{ url: string; status: FeedStatus; newItems: number; error?: FetchError }>;
  pages: { fetched: number; failed: number; added: number; updated: number; unchanged: number; duplicate: number; queued: number };
  errors: FetchError[];
  stopped: boolean;
}

const MAX_ATTEMPTS = 3;
const DAY = 86_400_000;
const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

/** Whether an item's page should be fetched (again): never collected, or only failed transiently, a few times. */
export function shouldFetch(state: FetchState | undefined): boolean {
  if (!state) return true;
  if (state.articleId) return false;
  if (state.attempts >= MAX_ATTEMPTS) return false;
  const code = state.error?.split(':')[0] ?? '';
  return isTransient({ code: code as FetchError['code'], message: '', url: state.url, ...(state.httpStatus !== undefined && { status: state.httpStatus }) });
}

/**
 * When a feed is next due: an interval after its last poll, or its backoff while failing. A tenth of
 * the wait is slack, so a cron job every 15 minutes is not skipped for firing a few seconds early.
 */
export function nextDue(s: SourceRow, intervalMs: number): number {
  if (!s.lastPoll) return 0;
  const wait = s.status === 'failing' ? Math.min(intervalMs * 2 ** Math.max(0, s.errorCount - 1), DAY) : intervalMs;
  return Date.parse(s.lastPoll) + wait * 0.9;
}

/**
 * One polling round: every due feed is fetched (conditional GET), each new item's page is fetched
 * and built into an article, and the articles stream into the sink while other feeds are still
 * being fetched. A feed's own failure (timeout, HTTP error, invalid XML, redirect loop, size cap)
 * is recorded on that feed and never stops the others. A feed's poll (its new validators) is
 * stored only after all its items are settled, so a stopped round never marks a feed read whose
 * articles were not stored.
 */
export async function collectRound(o: RoundOptions): Promise<RoundReport> {
  const now = o.now ?? Date.now;
  const report: RoundReport = { feeds: [], pages: { fetched: 0, failed: 0, added: 0, updated: 0, unchanged: 0, duplicate: 0, queued: 0 }, errors: [], stopped: false };
  const stopped = () => o.signal?.aborted ?? false;
  const sources = await o.store.sources.list();
  const channel = createChannel<CollectedItem>(o.buffer ?? 32);
  const pendingFeeds = new Map<string, { pending: number; aborted: boolean; newItems: number; done?: () => Promise<void> }>();
  const writes: Promise<unknown>[] = [];
  const claimed = new Set<string>();
  const at = () => new Date(now()).toISOString();

  /** Store a feed's poll once its fetches are over and all its items settled (at most once). */
  const feedDone = async (url: string): Promise<void> => {
    const f = pendingFeeds.get(url);
    if (f && f.pending === 0 && f.done) {
      const done = f.done;
      f.done = undefined;
      await done();
    }
  };
  const settled = (item: CollectedItem, outcome: SinkOutcome) => {
    const f = pendingFeeds.get(item.source);
    if (outcome.ok) {
      report.pages[outcome.status]++;
      if (f) f.newItems++;
    } else {
      report.pages.failed++;
      report.errors.push({ code: 'EMPTY_PAGE', message: outcome.error, url: item.url });
    }
    const record = { url: item.url, source: item.source, fetchedAt: item.fetchedAt, httpStatus: item.httpStatus, ...(outcome.ok ? { articleId: outcome.id } : { error: outcome.error }) };
    const write = o.store.sources.recordFetch(record);
    writes.push(write);
    o.onEvent?.({ kind: 'page', url: item.url, source: item.source, ok: outcome.ok, ...(outcome.ok ? { outcome: outcome.status } : { error: outcome.error }) });
    if (f) {
      f.pending--;
      // The feed's validators are written after its items' fetch rows.
      if (f.pending === 0) writes.push(write.then(() => feedDone(item.source)));
    }
  };
  const sinkDone = o.sink.ingest(channel, settled);
  // A sink that fails stops taking items: release fetchers blocked on a full channel.
  sinkDone.catch(() => channel.close());

  const pageFailed = (entry: FeedEntry, source: SourceRow, error: FetchError) => {
    report.pages.failed++;
    report.errors.push(error);
    o.onEvent?.({ kind: 'page', url: entry.url, source: source.url, ok: false, error });
    writes.push(
      o.store.sources.recordFetch({ url: entry.url, source: source.url, fetchedAt: at(), error: `${error.code}: ${error.message}`, ...(error.status !== undefined && { httpStatus: error.status }) }),
    );
  };

  const pollFeed = async (source: SourceRow): Promise<void> => {
    const res = await o.client.get(source.url, { accept: FEED_ACCEPT, ...(source.etag && { etag: source.etag }), ...(source.lastModified && { lastModified: source.lastModified }) });
    const finish = (status: FeedStatus, newItems: number, error?: FetchError) => {
      report.feeds.push({ url: source.url, status, newItems, ...(error && { error }) });
      if (error && status === 'failed') report.errors.push(error);
      o.onEvent?.({ kind: 'feed', url: source.url, status, newItems, ...(error && { error }) });
    };
    if (!res.ok) {
      if (res.error.code === 'ABORTED') return finish('stopped', 0);
      finish('failed', 0, res.error);
      await o.store.sources.recordPoll({ url: source.url, at: at(), ok: false, error: `${res.error.code}: ${res.error.message}` });
      return;
    }
    if (res.notModified) {
      finish('not-modified', 0);
      await o.store.sources.recordPoll({ url: source.url, at: at(), ok: true, newItems: 0, notModified: true });
      return;
    }
    const feed = readFeed(decodeFeed(res.body, res.contentType), res.url);
    if ('code' in feed) {
      finish('failed', 0, feed);
      await o.store.sources.recordPoll({ url: source.url, at: at(), ok: false, error: `${feed.code}: ${feed.message}` });
      return;
    }
    const states = await o.store.sources.fetchStates(feed.entries.map((e) => e.url));
    // An item linked from two feeds is fetched once per round (by the first feed that lists it).
    const fresh = feed.entries.filter((e) => shouldFetch(states.get(e.url)) && !claimed.has(e.url));
    for (const e of fresh) claimed.add(e.url);
    const state = { pending: fresh.length, aborted: false, newItems: 0, done: undefined as undefined | (() => Promise<void>) };
    pendingFeeds.set(source.url, state);
    const info = { url: source.url, ...(source.name && { name: source.name }), ...(feed.title && { feedTitle: feed.title }) };
    await Promise.all(
      fresh.map(async (entry) => {
        const page = await o.client.get(entry.url, { accept: PAGE_ACCEPT });
        if (!page.ok && page.error.code === 'ABORTED') {
          state.aborted = true;
          state.pending--;
          return;
        }
        const built = page.ok && !page.notModified ? buildCollected({ url: page.url, body: page.body }, entry, info) : page.ok ? undefined : page.error;
        if (!built || 'code' in built) {
          state.pending--;
          pageFailed(entry, source, built ?? { code: 'HTTP_STATUS', message: 'unexpected 304', url: entry.url, status: 304 });
          return;
        }
        report.pages.fetched++;
        await channel.push({ url: entry.url, source: source.url, article: built.article, httpStatus: page.ok ? page.status : 0, fetchedAt: at() });
      }),
    );
    const poll = { url: source.url, ok: true as const, newItems: 0, ...(res.etag && { etag: res.etag }), ...(res.lastModified && { lastModified: res.lastModified }) };
    state.done = async () => {
      finish(state.aborted ? 'stopped' : 'ok', state.newItems);
      // Stopped half way: keep the old validators, so the next run reads the feed again and resumes.
      if (!state.aborted) await o.store.sources.recordPoll({ ...poll, newItems: state.newItems, at: at() });
    };
    await feedDone(source.url);
  };

  try {
    const polls: Promise<void>[] = [];
    for (const s of sources) {
      const due = nextDue(s, o.intervalMs);
      if (s.status === 'failing' ? due > now() : !o.all && due > now()) {
        report.feeds.push({ url: s.url, status: s.status === 'failing' ? 'backing-off' : 'not-due', newItems: 0 });
        continue;
      }
      if (stopped()) break;
      polls.push(
        pollFeed(s).catch((e: unknown) => {
          const error = { code: 'NETWORK' as const, message: `unexpected: ${(e as Error).message}`, url: s.url };
          report.feeds.push({ url: s.url, status: 'failed', newItems: 0, error });
          report.errors.push(error);
        }),
      );
    }
    await Promise.all(polls);
  } finally {
    channel.close();
  }
  await sinkDone;
  // Feeds whose items the sink never settled (its own failure) are finished here, validators untouched.
  for (const [url, f] of pendingFeeds) {
    if (f.done && f.pending > 0) {
      f.aborted = true;
      f.pending = 0;
      writes.push(feedDone(url));
    }
  }
  while (writes.length) await Promise.all(writes.splice(0));
  report.stopped = stopped();
  return report;
}
