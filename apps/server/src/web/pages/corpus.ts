/**
 * `/`: the corpus. Without `q`, the stored articles (filtered, sorted, paged); with `q`, ranked
 * full-text hits with their snippets. Facets (themes, primary topics, outlets, entities, speakers) come
 * from the store's facet queries. The URL holds the whole view.
 */
import type { ArticleSummary, SearchHit, ThemeCount } from '@lede/store';
import { signed } from '../article-view.js';
import { filterKeys, filterLabels, oneOf, pageParam, param, readFilters, storeFilter, type Filters, type PageHandler } from '../filters.js';
import { html, qs, seg, type Html } from '../html.js';
import { page } from '../layout.js';
import { csvLink, renderTable, sendTableCsv, type Table } from '../table.js';

const PAGE = 25;
const MAX_HITS = 1000;
const sorts = ['added', 'date', 'title', 'quotes', 'tone'] as const;
const kinds = ['all', 'articles', 'quotes'] as const;

interface View extends Filters { q?: string; sort?: string; order?: string; kind?: string; page?: string }

export const corpusPage: PageHandler = async (req, res, deps) => {
  const filters = readFilters(req);
  const q = param(req, 'q');
  const sort = oneOf(param(req, 'sort'), sorts, 'added');
  const order = oneOf(param(req, 'order'), ['asc', 'desc'] as const, sort === 'title' ? 'asc' : 'desc');
  const kind = oneOf(param(req, 'kind'), kinds, 'all');
  const csv = param(req, 'format') === 'csv';
  // Search hits are ranked in the store and come at most MAX_HITS at a time, so their pages stop there.
  const pageNo = pageParam(req, q ? MAX_HITS / PAGE : 1000);
  const view: View = { ...filters, q, sort: sort === 'added' ? undefined : sort, order: param(req, 'order') ? order : undefined, kind: kind === 'all' ? undefined : kind };
  const store = deps.store;
  const filter = storeFilter(filters);
  // Faceted search: each facet counts within every active filter and the search, except its own
  // filter (so its other values stay visible to switch to).
  const scope = { ...filter, ...(q && { q, kind }) };
  const without = (key: keyof typeof scope) => ({ ...scope, [key]: undefined });
  const themesQuery = without('theme');
  const primaryQuery = without('primary');
  const sameThemeQuery = !filters.theme && !filters.primary;

  const [themes, primaries, outlets, entities, speakers, results] = await Promise.all([
    store.themeCounts({ ...themesQuery, limit: 60 }),
    sameThemeQuery ? undefined : store.themeCounts({ ...primaryQuery, limit: 60 }),
    store.sourceCounts({ ...without('source'), limit: 50 }),
    store.topEntities({ ...without('entity'), limit: 10 }),
    store.topSpeakers({ ...without('speaker'), limit: 10 }),
    q
      ? Promise.all([
        store.search(q, { ...filter, kind, limit: csv ? MAX_HITS : pageNo * PAGE }),
        store.searchCount(q, { ...filter, kind }),
      ]).then(([hits, count]) => ({ hits, count }))
      : store.list({ ...filter, sort, order, limit: PAGE, offset: (pageNo - 1) * PAGE }).then((list) => ({ list })),
  ]);
  const primaryCounts = primaries ?? themes;

  const hitTable: Table<SearchHit> | undefined = 'hits' in results ? hitsTable(results.hits.slice((pageNo - 1) * PAGE, pageNo * PAGE), q!) : undefined;
  const listTable: Table<ArticleSummary> | undefined = 'list' in results ? articlesTable(results.list.items, view) : undefined;
  const facetTables = {
    themes: facet('themes', 'Themes', themes.filter((t) => t.articles > 0), (t) => t.label, (t) => t.articles, (t) => ({ theme: t.themeId })),
    primary: facet('primary', 'Primary topics', primaryCounts.filter((t) => t.primary > 0), (t) => t.label, (t) => t.primary, (t) => ({ primary: t.themeId })),
    outlets: facet('outlets', 'Outlets', outlets, (o) => o.source, (o) => o.articles, (o) => ({ source: o.source })),
    entities: facet('entities', 'Entities', entities, (e) => e.name, (e) => e.articles, (e) => ({ entity: e.name })),
    speakers: facet('speakers', 'Speakers', speakers, (s) => s.name, (s) => s.quotes, (s) => ({ speaker: s.name })),
  };

  if (csv) {
    const id = param(req, 'table');
    const t = id === 'hits' ? ('hits' in results ? hitsTable(results.hits, q!) : undefined) : facetTables[id as keyof typeof facetTables];
    if (t) return sendTableCsv(res, t as Table<unknown>, `lede-${id}.csv`);
  }

  // Hits: the exact totals from the store's count query; pages of hits while the ranking reaches.
  const total = 'list' in results ? results.list.total : results.count.hits;
  const pages = Math.max(1, Math.ceil(Math.min(total, q ? MAX_HITS : Infinity) / PAGE));
  const more = pageNo < pages;
  const status = 'count' in results
    ? `${plural(results.count.hits, 'hit')} in ${plural(results.count.articles, 'article')} for “${q}”`
    : plural(total, 'article');
  const capped = q && total > MAX_HITS ? html`<p class="hint">The best ${MAX_HITS} hits are shown; add a filter or a word to narrow the rest.</p>` : '';
  const exportQuery = qs({ ...filters });

  const body = html`<main id="main">
<h1 class="visually-hidden">Corpus</h1>
<form class="search" method="get" action="/" data-live role="search">
<label>Search articles and quotes<input type="search" name="q" value="${q ?? ''}" autocomplete="off" placeholder="words, &quot;a phrase&quot;, prefix*"></label>
<div class="filters" id="filters">
${q ? html`<label>Hits in<select name="kind">${kinds.map((k) => html`<option value="${k === 'all' ? '' : k}"${k === kind ? ' selected' : ''}>${k === 'all' ? 'articles and quotes' : k}</option>`)}</select></label>` : ''}
${select('theme', 'Theme', themes.filter((t) => t.articles > 0), filters.theme, (t) => t.articles)}
${select('primary', 'Primary topic', primaryCounts.filter((t) => t.primary > 0), filters.primary, (t) => t.primary)}
<label>Outlet<select name="source"><option value="">any</option>${filters.source && !outlets.some((o) => o.source === filters.source) ? html`<option selected>${filters.source}</option>` : ''}${outlets.map((o) => html`<option value="${o.source}"${o.source === filters.source ? ' selected' : ''}>${o.source} (${o.articles})</option>`)}</select></label>
<label>Entity<input name="entity" value="${filters.entity ?? ''}" size="14"></label>
<label>Speaker<input name="speaker" value="${filters.speaker ?? ''}" size="14"></label>
<label>From<input type="date" name="from" value="${filters.from ?? ''}"></label>
<label>To<input type="date" name="to" value="${filters.to ?? ''}"></label>
${q ? '' : html`<label>Sort<select name="sort">${sorts.map((s) => html`<option value="${s === 'added' ? '' : s}"${s === sort ? ' selected' : ''}>${s === 'added' ? 'recently added' : s}</option>`)}</select></label>
<label>Order<select name="order"><option value=""${view.order ? '' : ' selected'}>default</option><option value="asc"${view.order === 'asc' ? ' selected' : ''}>ascending</option><option value="desc"${view.order === 'desc' ? ' selected' : ''}>descending</option></select></label>`}
</div>
<button type="submit">Search</button>
</form>
<div class="corpus">
<nav class="facets" id="facets" aria-label="Facets">
<p class="hint">Counts within the search and every active filter but the facet's own.</p>
${Object.entries(facetTables).map(([key, t]) => facetList(key as keyof typeof facetTables, t, view))}
</nav>
<div id="live">
${activeFilters(view)}
<p role="status" class="count-line">${status}</p>
${hitTable ? hitList(hitTable, view) : renderTable(listTable!, `/export/articles.csv${exportQuery}`)}
${capped}
${pager(view, pageNo, more, pages)}
<p class="downloads">Download the ${q ? 'hits as ' : ''}${q ? html`<a href="${csvLink(view, '/', 'hits')}" download>CSV</a>; the filtered corpus as ` : ''}<a href="/export/articles.csv${exportQuery}" download>articles.csv</a>, <a href="/export/quotes.csv${exportQuery}" download>quotes.csv</a>, <a href="/export/entities.csv${exportQuery}" download>entities.csv</a>, <a href="/export/themes.csv${exportQuery}" download>themes.csv</a></p>
</div>
</div>
</main>`;
  return page({ title: q ? `“${q}”` : 'Corpus', section: 'corpus', body });
};

function select(name: string, label: string, themes: ThemeCount[], current: string | undefined, count: (t: ThemeCount) => number): Html {
  const known = themes.some((t) => t.themeId === current || t.label === current);
  return html`<label>${label}<select name="${name}"><option value="">any</option>${current && !known ? html`<option value="${current}" selected>${current}</option>` : ''}${themes.map(
    (t) => html`<option value="${t.themeId}"${t.themeId === current || t.label === current ? ' selected' : ''}>${t.label} (${count(t)})</option>`,
  )}</select></label>`;
}

interface FacetRow { label: string; count: number; set: Filters }

function facet<T>(id: string, caption: string, items: readonly T[], label: (t: T) => string, count: (t: T) => number, set: (t: T) => Filters): Table<FacetRow> {
  return {
    id,
    caption,
    rows: items.slice(0, id === 'themes' ? 12 : 10).map((t) => ({ label: label(t), count: count(t), set: set(t) })),
    columns: [
      { key: 'name', label: 'Name', value: (r) => r.label },
      { key: id === 'speakers' ? 'quotes' : 'articles', label: id === 'speakers' ? 'Quotes' : 'Articles', value: (r) => r.count, numeric: true },
    ],
  };
}

function facetList(key: 'themes' | 'primary' | 'outlets' | 'entities' | 'speakers', t: Table<FacetRow>, view: View): Html {
  if (!t.rows.length) return html``;
  return html`<h2 id="f-${key}">${t.caption} <a class="csv" href="${csvLink(view, '/', key)}" download aria-label="${t.caption} as CSV">CSV</a></h2><ul aria-labelledby="f-${key}">${t.rows.map((r) => {
    const [k, v] = Object.entries(r.set)[0]!;
    const on = view[k as keyof View] === v;
    return html`<li><a href="/${qs({ ...view, page: undefined, [k]: on ? undefined : v })}"${on ? html` aria-current="true"` : ''}>${r.label}</a> <span class="count">${r.count}</span></li>`;
  })}</ul>`;
}

function activeFilters(view: View): Html {
  const on = filterKeys.filter((k) => view[k]);
  if (!on.length) return html``;
  return html`<ul class="active-filters" aria-label="Active filters">${on.map((k) => html`<li><a href="/${qs({ ...view, page: undefined, [k]: undefined })}" aria-label="Remove filter ${filterLabels[k]}: ${view[k]}">${filterLabels[k]}: ${view[k]} ✕</a></li>`)}</ul>`;
}

function pager(view: View, pageNo: number, more: boolean, pages: number): Html {
  if (pageNo === 1 && !more) return html``;
  return html`<nav class="pager" aria-label="Pages">${pageNo > 1 ? html`<a href="/${qs({ ...view, page: pageNo - 1 > 1 ? pageNo - 1 : undefined })}" rel="prev">← Previous</a>` : ''}<span>Page ${pageNo} of ${Math.max(pages, pageNo)}</span>${more ? html`<a href="/${qs({ ...view, page: pageNo + 1 })}" rel="next">Next →</a>` : ''}</nav>`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const articleTitle = (a: { title?: string; opening?: string; id: string }) => a.title ?? a.opening ?? a.id;

function articlesTable(items: ArticleSummary[], view: View): Table<ArticleSummary> {
  return {
    id: 'articles',
    caption: 'Articles',
    rows: items,
    columns: [
      { key: 'title', label: 'Title', value: (a) => articleTitle(a), cell: (a) => html`<a href="/articles/${seg(a.id)}">${articleTitle(a)}</a>${a.duplicateOf ? html` <span class="badge">copy</span>` : ''}` },
      { key: 'source', label: 'Outlet', value: (a) => a.source ?? null },
      { key: 'published_at', label: 'Date', value: (a) => a.publishedAt?.slice(0, 10) ?? null },
      { key: 'themes', label: 'Themes', value: (a) => a.topThemes.join('; '), cell: (a) => a.topThemes.slice(0, 3).map((t, i) => html`${i ? ', ' : ''}<a href="/${qs({ ...view, page: undefined, theme: t })}">${t}</a>`) as unknown as Html },
      { key: 'quotes', label: 'Quotes', value: (a) => a.quoteCount, numeric: true },
      { key: 'tone', label: 'Tone', value: (a) => a.tone, cell: (a) => (a.tone === null ? '' : signed(a.tone)), numeric: true },
    ],
  };
}

function hitsTable(hits: SearchHit[], q: string): Table<SearchHit> {
  return {
    id: 'hits',
    caption: `Hits for “${q}”`,
    rows: hits,
    columns: [
      { key: 'article_id', label: 'Article', value: (h) => h.articleId },
      { key: 'title', label: 'Title', value: (h) => h.title ?? null },
      { key: 'kind', label: 'Kind', value: (h) => h.kind },
      { key: 'speaker', label: 'Speaker', value: (h) => h.speaker ?? null },
      { key: 'snippet', label: 'Snippet', value: (h) => h.snippet },
      { key: 'rank', label: 'Rank', value: (h) => Math.round(h.rank * 1000) / 1000, numeric: true },
    ],
  };
}

function hitList(t: Table<SearchHit>, view: View): Html {
  if (!t.rows.length) return html`<p class="empty">No hits. Try fewer words or a prefix (<code>chip*</code>).</p>`;
  return html`<ol class="results">${t.rows.map((h) => {
    const href = `/articles/${seg(h.articleId)}${qs({ q: view.q })}${h.quoteId ? `#q-${encodeURIComponent(h.quoteId)}` : ''}`;
    return html`<li><h3><a href="${href}">${h.title ?? h.articleId}</a></h3><p class="meta">${h.kind === 'quote' ? html`Quote${h.speaker ? html` by <a href="/speakers/${seg(h.speaker)}">${h.speaker}</a>` : ''}` : 'Article'}</p><p class="snippet">${snippet(h.snippet)}</p></li>`;
  })}</ol>`;
}

/** The store marks matches with [ and ]: turn them into <mark>, escaping everything else. */
export function snippet(s: string): Html {
  const parts: Html[] = [];
  let open = false;
  let buf = '';
  const push = () => {
    if (buf) parts.push(open ? html`<mark>${buf}</mark>` : html`${buf}`);
    buf = '';
  };
  for (const ch of s) {
    if ((ch === '[' && !open) || (ch === ']' && open)) {
      push();
      open = !open;
    } else buf += ch;
  }
  push();
  return html`${parts}`;
}
