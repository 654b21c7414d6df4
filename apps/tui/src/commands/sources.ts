/**
 * `lede sources add|import|list|rm`: the feeds `lede collect` polls (RSS, Atom, RDF, JSON Feed),
 * kept in the corpus store with their collection and health.
 */
import fs from 'node:fs';
import type { Command } from 'commander';
import { LedeError } from '@lede/core/base';
import type { SourceRow } from '@lede/store';
import { printRows, storeOptions, withStore, type StoreCliOptions } from './store-cli.js';

type Opts = StoreCliOptions & { name?: string; collection?: string };

const dbOption = (cmd: Command) => cmd.option('--db <db>', 'SQLite file, :memory: or postgres:// URL (default .lede/lede.db)');

export function registerSources(program: Command): void {
  const sources = program.command('sources').description('the feeds `lede collect` polls: add, import (OPML), list with health, rm');
  dbOption(
    sources
      .command('add')
      .description('add feeds (RSS, Atom, RDF or JSON Feed URLs)')
      .argument('<urls...>', 'feed URLs')
      .option('--name <name>', 'outlet name (used as the article source when the page names none)')
      .option('--collection <name>', 'collection to file the feeds under'),
  )
    .option('--json', 'print {added, existing} as JSON')
    .action(async (urls: string[], opts: Opts) => {
      process.exitCode = await addFeeds(urls.map((url) => ({ url, ...(opts.name && { name: opts.name }), ...(opts.collection && { collection: opts.collection }) })), opts);
    });
  dbOption(
    sources
      .command('import')
      .description('add every feed of an OPML subscription list (folders become collections)')
      .argument('<file>', 'OPML file')
      .option('--collection <name>', 'collection for feeds outside any folder'),
  )
    .option('--json', 'print {added, existing} as JSON')
    .action(async (file: string, opts: Opts) => {
      const { readOpml } = await import('@lede/collect');
      let feeds;
      try {
        feeds = readOpml(fs.readFileSync(file, 'utf8'));
      } catch (e) {
        process.stderr.write(`lede: INVALID_RECORD (${file}): not a readable OPML file: ${(e as Error).message}\n`);
        process.exitCode = 1;
        return;
      }
      if (!feeds.length) {
        process.stderr.write(`lede: EMPTY_INPUT (${file}): no feeds (outlines with xmlUrl) in the OPML file\n`);
        process.exitCode = 1;
        return;
      }
      process.exitCode = await addFeeds(feeds.map((f) => ({ ...f, ...(!f.collection && opts.collection && { collection: opts.collection }) })), opts);
    });
  storeOptions(sources.command('list').description('feeds with their health: ok, failing since, items per day').option('--collection <name>', 'only this collection')).action(
    async (opts: Opts) => {
      process.exitCode = await withStore(opts, async (store) => {
        const rows = await store.sources.list(opts.collection === undefined ? {} : { collection: opts.collection });
        printRows(rows, [
          ['health', health],
          ['items/day', (r) => Math.round(r.itemsPerDay * 10) / 10],
          ['seen', (r) => r.itemsSeen],
          ['last poll', (r) => r.lastPoll?.slice(0, 16).replace('T', ' ')],
          ['collection', (r) => r.collection],
          ['name', (r) => r.name],
          ['last error', (r) => (r.status === 'failing' ? r.lastError : undefined)],
          ['url', (r) => r.url],
        ], opts);
      });
    },
  );
  dbOption(sources.command('rm').description('stop polling feeds (articles already collected stay)').argument('<urls...>', 'feed URLs'))
    .option('--json', 'print {removed, missing} as JSON')
    .action(async (urls: string[], opts: Opts) => {
      const { normalizeUrl } = await import('@lede/collect');
      let missing: string[] = [];
      const code = await withStore({ ...opts, write: true }, async (store) => {
        const wanted = urls.map((u) => normalizeUrl(u) ?? u);
        const removed = await store.sources.remove(wanted);
        missing = urls.filter((_, i) => !removed.includes(wanted[i]!));
        if (opts.json) process.stdout.write(JSON.stringify({ removed, missing }, null, 2) + '\n');
        else process.stdout.write(`removed ${removed.length}\n`);
        for (const u of missing) process.stderr.write(`lede: NOT_FOUND (url): no source "${u}"\n`);
      });
      process.exitCode = code || (missing.length ? 1 : 0);
    });
}

/** `ok`, `new` (never polled) or `failing since <time> (<n> errors)`. */
export function health(r: SourceRow): string {
  if (r.status !== 'failing') return r.status;
  return `failing since ${r.failingSince?.slice(0, 16).replace('T', ' ')} (${r.errorCount} ${r.errorCount === 1 ? 'error' : 'errors'})`;
}

async function addFeeds(list: Array<{ url: string; name?: string; collection?: string }>, opts: Opts): Promise<number> {
  const { normalizeUrl } = await import('@lede/collect');
  const bad = list.filter((s) => !normalizeUrl(s.url));
  if (bad.length) {
    const e = new LedeError('INVALID_OPTION', `not an http(s) URL: ${bad.map((s) => JSON.stringify(s.url)).join(', ')}`, { field: 'url' });
    process.stderr.write(`lede: ${e.code} (${e.field}): ${e.message}\n`);
    return 2;
  }
  return withStore({ ...opts, create: true }, async (store) => {
    const r = await store.sources.add(list.map((s) => ({ ...s, url: normalizeUrl(s.url)! })));
    if (opts.json) process.stdout.write(JSON.stringify(r, null, 2) + '\n');
    else process.stdout.write(`added ${r.added.length} feed${r.added.length === 1 ? '' : 's'}${r.existing.length ? `, ${r.existing.length} already there` : ''}\nstore: ${store.location}\n`);
  });
}
