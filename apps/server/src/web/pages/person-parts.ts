/**
 * What the speaker and entity pages share: tone toward a name over time and coverage over time
 * (both from the store's entityTone), and the entities appearing with it (cooccurrence).
 */
import type { CorpusStore } from '@lede/store';
import { signed } from '../article-view.js';
import { chart } from '../charts.js';
import { html, seg, type Html } from '../html.js';
import type { Table } from '../table.js';

export const periods = ['month', 'week', 'day'] as const;
export type Period = (typeof periods)[number];

interface TonePoint { period: string; tone: number; articles: number }
interface Pair { a: string; b: string; articles: number }

export interface PersonData { tone: Table<TonePoint>; cooccurrence: Table<Pair> }

export async function personData(store: CorpusStore, name: string, by: Period): Promise<PersonData> {
  const [tone, pairs] = await Promise.all([store.entityTone(name, { by }), store.cooccurrence({ entity: name, limit: 20 })]);
  return {
    tone: {
      id: 'tone',
      caption: `Tone toward ${name} and coverage, per ${by}`,
      rows: tone,
      columns: [
        { key: 'period', label: by[0]!.toUpperCase() + by.slice(1), value: (r) => r.period },
        { key: 'tone', label: 'Mean tone', value: (r) => Math.round(r.tone * 1000) / 1000, cell: (r) => signed(r.tone), numeric: true },
        { key: 'articles', label: 'Articles', value: (r) => r.articles, numeric: true },
      ],
    },
    cooccurrence: {
      id: 'cooccurrence',
      caption: `Entities appearing with ${name}`,
      rows: pairs,
      columns: [
        { key: 'entity', label: 'Entity', value: (r) => r.b, cell: (r) => html`<a href="/entities/${seg(r.b)}">${r.b}</a>` },
        { key: 'articles', label: 'Shared articles', value: (r) => r.articles, numeric: true },
      ],
    },
  };
}

/** The two charts: tone (−1..1, line) and articles per period (bars). */
export function personCharts(name: string, tone: readonly TonePoint[], by: Period): Html {
  const pts = tone.map((p) => ({ label: p.period, value: p.tone }));
  const cov = tone.map((p) => ({ label: p.period, value: p.articles }));
  return html`<div class="charts">
<figure><figcaption>Tone toward ${name}</figcaption>${chart(pts, { title: `Tone toward ${name} per ${by}, from −1 (negative) to +1 (positive)`, kind: 'line', domain: [-1, 1] })}</figure>
<figure><figcaption>Coverage: articles mentioning ${name}</figcaption>${chart(cov, { title: `Articles mentioning ${name} per ${by}`, kind: 'bar', unit: 'articles' })}</figure>
</div>`;
}

/** The period switch: a small GET form, so the choice lands in the URL. */
export function periodForm(action: string, by: Period): Html {
  return html`<form method="get" action="${action}" class="row"><label>Per <select name="by">${periods.map((p) => html`<option value="${p}"${p === by ? ' selected' : ''}>${p}</option>`)}</select></label> <button type="submit">Show</button></form>`;
}
