/**
 * `/speakers/:name`: everything a person (or organisation) said across the corpus, newest first
 * with date and article; the entities they appear with; tone toward them and coverage over time.
 */
import type { QuoteRow } from '@lede/store';
import { oneOf, pageParam, param, type PageHandler } from '../filters.js';
import { html, qs, seg } from '../html.js';
import { page } from '../layout.js';
import { csvLink, renderTable, sendTableCsv, type Table } from '../table.js';
import { periodForm, periods, personCharts, personData } from './person-parts.js';

const PAGE = 50;
const formLabel = (form: string) => (form === 'indirect' ? 'reported' : form === 'partial' ? 'partly quoted' : 'quoted');

export const speakerPage: PageHandler = async (req, res, deps) => {
  const name = String(req.params.name);
  const by = oneOf(param(req, 'by'), periods, 'month');
  const pageNo = pageParam(req);
  const [quotes, entity, data] = await Promise.all([
    deps.store.quotes({ speaker: name, limit: PAGE, offset: (pageNo - 1) * PAGE }),
    deps.store.entity(name),
    personData(deps.store, name, by),
  ]);
  const view = { by: by === 'month' ? undefined : by };
  const path = `/speakers/${seg(name)}`;
  const quoteTable: Table<QuoteRow> = {
    id: 'quotes',
    caption: `Quotes by ${name}`,
    rows: quotes.items,
    columns: [
      { key: 'published_at', label: 'Date', value: (q) => q.publishedAt?.slice(0, 10) ?? null },
      { key: 'article', label: 'Article', value: (q) => q.articleTitle ?? q.articleId, cell: (q) => html`<a href="/articles/${seg(q.articleId)}#q-${q.quoteId}">${q.articleTitle ?? q.articleId}</a>` },
      { key: 'form', label: 'Form', value: (q) => formLabel(q.form) },
      { key: 'text', label: 'Quote', value: (q) => q.text, cell: (q) => (q.form === 'indirect' ? html`<i>${q.text}</i>` : `“${q.text}”`) },
    ],
  };
  if (param(req, 'format') === 'csv') {
    const t = { tone: data.tone, cooccurrence: data.cooccurrence }[param(req, 'table') ?? ''];
    if (t) return sendTableCsv(res, t as Table<unknown>, `${name}-${t.id}.csv`);
  }
  const more = pageNo * PAGE < quotes.total;
  const body = html`<main id="main">
<h1>${name}</h1>
<p class="meta">${quotes.total} quote${quotes.total === 1 ? '' : 's'}${entity ? html` · ${entity.type} in ${entity.articles} article${entity.articles === 1 ? '' : 's'} · <a href="/entities/${seg(entity.name)}">entity page</a>` : ''} · <a href="/${qs({ speaker: name })}">articles quoting ${name}</a></p>
<h2>What ${name} said</h2>
<p><a href="/export/quotes.csv${qs({ speaker: name })}" download>Download all quotes (quotes.csv)</a></p>
${renderTable(quoteTable, `/export/quotes.csv${qs({ speaker: name })}`)}
${pageNo > 1 || more ? html`<nav class="pager" aria-label="Pages">${pageNo > 1 ? html`<a rel="prev" href="${path}${qs({ ...view, page: pageNo > 2 ? pageNo - 1 : undefined })}">← Newer</a>` : ''}<span>Page ${pageNo}</span>${more ? html`<a rel="next" href="${path}${qs({ ...view, page: pageNo + 1 })}">Older →</a>` : ''}</nav>` : ''}
<h2>Over time</h2>
${periodForm(path, by)}
${personCharts(name, data.tone.rows, by)}
${renderTable(data.tone, csvLink(view, path, 'tone'))}
<h2>Appears with</h2>
${renderTable(data.cooccurrence, csvLink(view, path, 'cooccurrence'))}
</main>`;
  return page({ title: name, section: 'corpus', body });
};
