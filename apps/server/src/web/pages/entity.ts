/**
 * `/entities/:name`: one corpus entity: the names merged into it (and the articles behind each
 * merge), the articles mentioning it, the entities it appears with, tone and coverage over time.
 */
import { LedeError } from '@lede/core';
import type { ArticleSummary } from '@lede/store';
import { signed } from '../article-view.js';
import { oneOf, pageParam, param, type PageHandler } from '../filters.js';
import { html, qs, seg } from '../html.js';
import { page } from '../layout.js';
import { csvLink, renderTable, sendTableCsv, type Table } from '../table.js';
import { periodForm, periods, personCharts, personData } from './person-parts.js';

const PAGE = 25;

export const entityPage: PageHandler = async (req, res, deps) => {
  const name = String(req.params.name);
  const by = oneOf(param(req, 'by'), periods, 'month');
  const pageNo = pageParam(req);
  const entity = await deps.store.entity(name);
  if (!entity) throw new LedeError('NOT_FOUND', `No entity named "${name}" in the corpus.`, { field: 'name' });
  const [articles, data, quotes] = await Promise.all([
    deps.store.list({ entity: entity.key, sort: 'date', order: 'desc', limit: PAGE, offset: (pageNo - 1) * PAGE }),
    personData(deps.store, entity.key, by),
    deps.store.quotes({ speaker: entity.name, limit: 1 }),
  ]);
  data.tone.caption = `Tone toward ${entity.name} and coverage, per ${by}`;
  data.cooccurrence.caption = `Entities appearing with ${entity.name}`;
  const view = { by: by === 'month' ? undefined : by };
  const path = `/entities/${seg(name)}`;
  const articleTable: Table<ArticleSummary> = {
    id: 'articles',
    caption: `Articles mentioning ${entity.name}`,
    rows: articles.items,
    columns: [
      { key: 'published_at', label: 'Date', value: (a) => a.publishedAt?.slice(0, 10) ?? null },
      { key: 'title', label: 'Title', value: (a) => a.title ?? a.opening ?? a.id, cell: (a) => html`<a href="/articles/${seg(a.id)}${qs({ q: entity.name })}">${a.title ?? a.opening ?? a.id}</a>` },
      { key: 'source', label: 'Outlet', value: (a) => a.source ?? null },
      { key: 'quotes', label: 'Quotes', value: (a) => a.quoteCount, numeric: true },
      { key: 'tone', label: 'Tone', value: (a) => a.tone, cell: (a) => (a.tone === null ? '' : signed(a.tone)), numeric: true },
    ],
  };
  const merged = {
    id: 'names',
    caption: 'Names merged into this entity',
    rows: entity.mergedNames,
    columns: [
      { key: 'name', label: 'Name', value: (r: (typeof entity.mergedNames)[number]) => r.name },
      { key: 'key', label: 'Key', value: (r: (typeof entity.mergedNames)[number]) => r.key },
      { key: 'articles', label: 'Articles using only this name', value: (r: (typeof entity.mergedNames)[number]) => r.articles.length, numeric: true },
    ],
  };
  if (param(req, 'format') === 'csv') {
    const t = { tone: data.tone, cooccurrence: data.cooccurrence, names: merged }[param(req, 'table') ?? ''];
    if (t) return sendTableCsv(res, t as Table<unknown>, `${entity.name}-${t.id}.csv`);
  }
  const filter = qs({ entity: entity.key });
  const more = pageNo * PAGE < articles.total;
  const body = html`<main id="main">
<h1>${entity.name}</h1>
<p class="meta">${entity.type} · ${entity.articles} article${entity.articles === 1 ? '' : 's'} · ${entity.mentions} mention${entity.mentions === 1 ? '' : 's'} · key <code>${entity.key}</code>${quotes.total ? html` · <a href="/speakers/${seg(entity.name)}">${quotes.total} quote${quotes.total === 1 ? '' : 's'} by ${entity.name}</a>` : ''} · <a href="/${filter}">filter the corpus</a></p>
<h2>Articles</h2>
${renderTable(articleTable, `/export/articles.csv${filter}`)}
${pageNo > 1 || more ? html`<nav class="pager" aria-label="Pages">${pageNo > 1 ? html`<a rel="prev" href="${path}${qs({ ...view, page: pageNo > 2 ? pageNo - 1 : undefined })}">← Newer</a>` : ''}<span>Page ${pageNo}</span>${more ? html`<a rel="next" href="${path}${qs({ ...view, page: pageNo + 1 })}">Older →</a>` : ''}</nav>` : ''}
<p>Download for these articles: <a href="/export/articles.csv${filter}" download>articles.csv</a>, <a href="/export/mentions.csv${filter}" download>mentions.csv</a>, <a href="/export/quotes.csv${filter}" download>quotes.csv</a></p>
<h2>Over time</h2>
${periodForm(path, by)}
${personCharts(entity.name, data.tone.rows, by)}
${renderTable(data.tone, csvLink(view, path, 'tone'))}
<h2>Appears with</h2>
${renderTable(data.cooccurrence, csvLink(view, path, 'cooccurrence'))}
${entity.mergedNames.length ? html`<h2>Names</h2>${renderTable(merged, csvLink(view, path, 'names'))}` : ''}
</main>`;
  return page({ title: entity.name, section: 'corpus', body });
};
