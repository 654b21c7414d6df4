import { themeFilterOptions, themeQuery, type ThemeCliOptions } from './theme-options.js';
import { ENTITY_TYPES, LedeError } from '@lede/core/base';
import type { EntityType } from '@lede/core/model';
import type { Command } from 'commander';
import { intArg, printError, printRows, storeOptions, withStore, type StoreCliOptions } from './store-cli.js';

const isEntityType = (t: string): t is EntityType => (ENTITY_TYPES as readonly string[]).includes(t);

type Opts = StoreCliOptions & ThemeCliOptions & { type?: string; types?: string; from?: string; to?: string; limit: number; offset: number };

/** `lede entities`: the most covered named entities (optionally per theme, type and date range). */
export function registerEntities(program: Command): void {
  storeOptions(
    themeFilterOptions(program
      .command('entities')
      .description('top entities by articles mentioning them, optionally per theme, type and date range')
      .option('--type <type>', `entity type: ${ENTITY_TYPES.join(', ')}`)
      .option('--types <list>', 'comma-separated types, or "all" (default: named types; DATE, MONEY, PERCENT, QUANTITY only when asked)')
      .option('--from <date>', 'first day (YYYY-MM-DD)')
      .option('--to <date>', 'last day (YYYY-MM-DD)')
      .option('--limit <n>', 'how many', intArg('limit'), 20)
      .option('--offset <n>', 'skip this many', intArg('offset'), 0)),
  ).action(async (opts: Opts) => {
    const type = opts.type?.toUpperCase();
    if (type !== undefined && !isEntityType(type)) {
      printError(new LedeError('INVALID_OPTION', `--type must be one of ${ENTITY_TYPES.join(', ')}`, { field: 'type' }));
      process.exitCode = 2;
      return;
    }
    const types = opts.types?.toLowerCase() === 'all' ? [...ENTITY_TYPES] : opts.types?.split(',').map((t) => t.trim().toUpperCase()).filter(Boolean);
    const bad = types?.find((t) => !isEntityType(t));
    if (bad !== undefined) {
      printError(new LedeError('INVALID_OPTION', `--types: "${bad}" is not one of ${ENTITY_TYPES.join(', ')}`, { field: 'types' }));
      process.exitCode = 2;
      return;
    }
    process.exitCode = await withStore(opts, async (store) => {
      const rows = (await store.topEntities({
        ...themeQuery(opts), from: opts.from, to: opts.to, limit: opts.limit + opts.offset,
        ...(type && { type: type as EntityType }), ...(types?.length && { types: types as EntityType[] }),
      })).slice(opts.offset);
      printRows(rows, [['entity', (r) => r.name], ['type', (r) => r.type], ['articles', (r) => r.articles], ['mentions', (r) => r.mentions]], opts);
    });
  });
}
