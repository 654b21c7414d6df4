/**
 * `/themes`: the theme facet of the whole corpus; per theme a coverage timeline (articles per
 * period) and its top speakers and entities. `?theme=` narrows the page to one theme.
 */
import type { ThemeCount } from '@lede/store';
import { chart } from '../charts.js';
import { oneOf, param, type PageHandler } from '../filters.js';
import { html, qs, seg } from '../html.js';
import { page } from '../layout.js';
import { csvLink, renderTable, sendTableCsv, type Table } from '../table.js';
import { periodForm, periods } from './person-parts.js';

const SHOWN = 8;

interface Named { name: string; count: number }
interface TimelineRow { period: string; theme: string; articles: number }

export const themesPage: PageHandler = async (req, res, deps) => {
  const by = oneOf(param(req, 'by'), periods, 'month');
  const only = param(req, 'theme');
  const store = deps.store;
  const [counts, timeline] = await Promise.all([store.themeCounts({ limit: 100 }), store.themeTimeline({ by, ...(only && { theme: only }) })]);
  const chosen = (only ? counts.filter((t) => t.themeId === only || t.label.toLowerCase() === only.toLowerCase() || t.topLevel === only) : counts).slice(0, only ? 20 : SHOWN);
  const perTheme = await Promise.all(
    chosen.map(async (t) => {
      const [speakers, entities] = await Promise.all([store.topSpeakers({ theme: t.themeId, limit: 5 }), store.topEntities({ theme: t.themeId, limit: 5 })]);
      return { theme: t, speakers: speakers.map((s) => ({ name: s.name, count: s.quotes })), entities: entities.map((e) => ({ name: e.name, count: e.articles })) };
    }),
  );
  const view = { by: by === 'month' ? undefined : by, theme: only };
  const countTable: Table<ThemeCount> = {
    id: 'counts',
    caption: 'Articles per theme',
    rows: counts,
    columns: [
      { key: 'theme', label: 'Theme', value: (t) => t.label, cell: (t) => html`<a href="/themes${qs({ ...view, theme: t.themeId })}">${t.label}</a>` },
      { key: 'theme_id', label: 'Id', value: (t) => t.themeId, cell: (t) => html`<code>${t.themeId}</code>` },
      { key: 'articles', label: 'Articles', value: (t) => t.articles, cell: (t) => html`<a href="/${qs({ theme: t.themeId })}">${t.articles}</a>`, numeric: true },
      { key: 'primary', label: 'As primary topic', value: (t) => t.primary, numeric: true },
    ],
  };
  const timelineTable: Table<TimelineRow> = {
    id: 'timeline',
    caption: `Articles per theme per ${by}`,
    rows: timeline,
    columns: [
      { key: 'period', label: 'Period', value: (r) => r.period },
      { key: 'theme', label: 'Theme', value: (r) => r.theme },
      { key: 'articles', label: 'Articles', value: (r) => r.articles, numeric: true },
    ],
  };
  const named = (id: string, caption: string, unit: string, rows: Named[], link: (n: string) => string): Table<Named> => ({
    id,
    caption,
    rows,
    columns: [
      { key: 'name', label: 'Name', value: (r) => r.name, cell: (r) => html`<a href="${link(r.name)}">${r.name}</a>` },
      { key: unit, label: unit[0]!.toUpperCase() + unit.slice(1), value: (r) => r.count, numeric: true },
    ],
  });
  const tables: Record<string, Table<unknown>> = { counts: countTable as Table<unknown>, timeline: timelineTable as Table<unknown> };
  const blocks = perTheme.map(({ theme, speakers, entities }, i) => {
    const sp = named(`speakers-${i}`, `Top speakers: ${theme.label}`, 'quotes', speakers, (n) => `/speakers/${seg(n)}`);
    const en = named(`entities-${i}`, `Top entities: ${theme.label}`, 'articles', entities, (n) => `/entities/${seg(n)}`);
    tables[sp.id] = sp as Table<unknown>;
    tables[en.id] = en as Table<unknown>;
    const points = timeline.filter((r) => r.theme === theme.label).map((r) => ({ label: r.period, value: r.articles }));
    return html`<section class="theme-block" aria-labelledby="th-${i}">
<h2 id="th-${i}"><a href="/${qs({ theme: theme.themeId })}">${theme.label}</a> <span class="count">${theme.articles} articles</span></h2>
<figure><figcaption>Coverage of ${theme.label} per ${by}</figcaption>${chart(points, { title: `Articles about ${theme.label} per ${by}`, kind: 'bar', unit: 'articles' })}</figure>
<div class="two">${renderTable(sp, csvLink(view, '/themes', sp.id))}${renderTable(en, csvLink(view, '/themes', en.id))}</div>
</section>`;
  });
  if (param(req, 'format') === 'csv') {
    const t = tables[param(req, 'table') ?? ''];
    if (t) return sendTableCsv(res, t, `lede-themes-${t.id}.csv`);
  }
  const body = html`<main id="main">
<h1>Themes${only ? html`: ${chosen[0]?.label ?? only}` : ''}</h1>
${only ? html`<p><a href="/themes${qs({ ...view, theme: undefined })}">All themes</a> · <a href="/${qs({ theme: only })}">articles with this theme</a> · <a href="/export/themes.csv${qs({ theme: only })}" download>themes.csv for these articles</a></p>` : html`<p class="hint">The ${Math.min(SHOWN, counts.length)} themes with most articles; pick any theme below for its page.</p>`}
${periodForm('/themes', by)}
${blocks.length ? blocks : html`<p class="empty">No themes yet: add articles with <code>lede add</code>.</p>`}
<h2>All themes</h2>
${renderTable(countTable, csvLink(view, '/themes', 'counts'))}
<details><summary>Timeline as a table</summary>${renderTable(timelineTable, csvLink(view, '/themes', 'timeline'))}</details>
</main>`;
  return page({ title: 'Themes', section: 'themes', body });
};
