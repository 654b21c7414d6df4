import { LedeError } from '@lede/core';
import { exportTableNames, rowsOf, type ExportTable } from '@lede/store';
import { articleTables, articleView } from '../article-view.js';
import { seg } from '../html.js';
import { page } from '../layout.js';
import { param, type PageHandler } from '../filters.js';
import { sendRowsCsv } from '../table.js';

const tableNames = new Set<string>(articleTables);

/** `/articles/:id?q=…`: the stored analysis, highlighted; `q` marks the search words. */
export const articlePage: PageHandler = async (req, _res, deps) => {
  const id = String(req.params.id);
  const analysis = await deps.store.get(id);
  if (!analysis) throw new LedeError('NOT_FOUND', `No article with id "${id}".`, { field: 'id' });
  const q = param(req, 'q');
  return page({ title: analysis.article.title ?? id, section: 'corpus', body: articleView(analysis, { ...(q && { q }), downloads: `/articles/${seg(id)}` }) });
};

/** `/articles/:id/quotes.csv` (entities, mentions, themes): one article's export table. */
export const articleCsv: PageHandler = async (req, res, deps) => {
  const id = String(req.params.id);
  const table = String(req.params.table);
  if (!tableNames.has(table) || !(exportTableNames as string[]).includes(table)) throw new LedeError('NOT_FOUND', `No table "${table}"; tables: ${articleTables.join(', ')}.`, { field: 'table' });
  const analysis = await deps.store.get(id);
  if (!analysis) throw new LedeError('NOT_FOUND', `No article with id "${id}".`, { field: 'id' });
  sendRowsCsv(res, table as ExportTable, rowsOf(analysis, table as ExportTable, undefined), `${id}-${table}.csv`);
};
