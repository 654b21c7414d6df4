/**
 * `lede export TABLE`: stream a table of the corpus (or of the articles a filter selects) as CSV,
 * JSONL or Parquet, with the stable columns of export/columns.ts (documented in the README).
 */
import { Argument, Option, type Command } from 'commander';
import { exportTableNames, exportTables, type ExportTable } from '../export/columns.js';
import { encodeHeader, encodeLine } from '../export/encode.js';
import { exportRows } from '../export/rows.js';
import { writeOut } from './output.js';
import { withStore, type StoreCliOptions } from './store-cli.js';
import { themeFilterOptions, themeQuery, type ThemeCliOptions } from './theme-options.js';

export const exportFormats = ['csv', 'jsonl', 'parquet'] as const;
type Opts = StoreCliOptions & ThemeCliOptions & { entity?: string; speaker?: string; outlet?: string; from?: string; to?: string; format: (typeof exportFormats)[number]; output?: string };

export function registerExport(program: Command): void {
  themeFilterOptions(
      program
        .command('export')
        .description('export articles, quotes, entities, mentions or themes as CSV, JSONL or Parquet (streams; filters as in `lede list`)')
        .addArgument(new Argument('<table>', 'what to export').choices(exportTableNames))
        .addOption(new Option('--format <format>', 'output format').choices([...exportFormats]).default('csv'))
        .option('-o, --output <file>', 'write to this file (required for parquet; default stdout)')
        .option('--entity <name>', 'only articles mentioning this entity')
        .option('--speaker <name>', 'only articles quoting this speaker (quotes: only their quotes)')
        .option('--outlet <name>', 'only articles from this outlet (any case)')
        .option('--from <date>', 'first day (YYYY-MM-DD)')
        .option('--to <date>', 'last day (YYYY-MM-DD)')
        .option('--db <db>', 'SQLite file, :memory: or postgres:// URL (default .lede/lede.db)'),
  ).action(async (table: ExportTable, opts: Opts) => {
    if (opts.format === 'parquet' && !opts.output) {
      process.stderr.write('lede: INVALID_OPTION (output): --format parquet writes a file: give --output FILE\n');
      process.exitCode = 2;
      return;
    }
    process.exitCode = await withStore(opts, async (store) => {
      const columns = exportTables[table];
      const { entity, speaker, outlet, from, to } = opts;
      const rows = exportRows(store, table, { ...themeQuery(opts), entity, speaker, ...(outlet !== undefined && { source: outlet }), from, to });
      if (opts.format === 'parquet') {
        const { writeParquet } = await import('../export/parquet.js');
        const n = await writeParquet(opts.output!, columns, rows);
        process.stderr.write(`exported ${n} ${table} to ${opts.output}\n`);
        return;
      }
      const out = await writeOut(opts.output);
      const format = opts.format;
      let buf = encodeHeader(format, columns);
      for await (const row of rows) {
        buf += encodeLine(format, columns, row);
        if (buf.length > 65536) {
          await out.write(buf);
          buf = '';
        }
      }
      if (buf) await out.write(buf);
      await out.close();
    });
  });
}
