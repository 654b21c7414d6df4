import { LedeError } from '@lede/core';
import { exportTableNames, type ExportTable } from '@lede/store';
import { readFilters, storeFilter, type PageHandler } from '../filters.js';
import { sendExportCsv } from '../table.js';

/**
 * `/export/quotes.csv?speaker=…` (articles, quotes, entities, mentions, themes): the table
 * `lede export` writes, with the same filters and columns, streamed.
 */
export const exportCsv: PageHandler = async (req, res, deps) => {
  const table = String(req.params.table);
  if (!(exportTableNames as string[]).includes(table)) throw new LedeError('NOT_FOUND', `No table "${table}"; tables: ${exportTableNames.join(', ')}.`, { field: 'table' });
  const filters = readFilters(req);
  // Validate the filters before the first byte: an error after it could not change the status.
  await deps.store.list({ ...storeFilter(filters), limit: 1 });
  const name = ['lede', table, ...Object.values(filters)].join('-');
  await sendExportCsv(res, deps.store, table as ExportTable, storeFilter(filters), `${name}.csv`);
};
