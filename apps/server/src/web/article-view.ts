/**
 * One article as the reader shows it (the article page, and the analyse page for pasted text):
 * header, highlighted text and a side panel with speakers and quotes, entities, themes and their
 * evidence, tone, key phrases and summary. Everything shown comes from the Analysis as given.
 */
import type { Analysis } from '@lede/core';
import { html, qs, raw, safeHref, seg, type Html } from './html.js';
import { entityClass, renderText, searchHits, speakerKey, speakerSlots, type EvidenceSpan } from './text-view.js';

export interface ArticleViewOptions {
  /** The reader's search words, marked in the text. */
  q?: string;
  /** Stored articles offer CSV downloads of their tables (links under this path)... */
  downloads?: string;
  /** ...an analysed paste its own (a form that analyses the text again: nothing is stored to link to). */
  downloadsPanel?: Html;
  /** Shown above the header (the analyse page says nothing was stored). */
  notice?: string;
  /** Content after the text, inside the main landmark. */
  after?: Html;
}

const TAG_THRESHOLD = 0.5; // the documented theme tag threshold (see core's Theme.score)
const formLabel = (form: string) => (form === 'indirect' ? 'reported' : form === 'partial' ? 'partly quoted' : 'quoted');
const short = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);
const typeNames: Record<string, string> = { person: 'People', org: 'Organisations', place: 'Places', other: 'Other' };

export function articleView(analysis: Analysis, options: ArticleViewOptions = {}): Html {
  const a = analysis.article;
  const themes = analysis.themes.filter((t) => t.primary || t.score >= TAG_THRESHOLD);
  const evidence: EvidenceSpan[] = themes.flatMap((t, ti) => t.evidence.map((e, n) => ({ start: e.start, end: e.end, theme: ti, n })));
  const text = renderText(analysis, searchHits(a.text, options.q), evidence);
  const href = safeHref(a.url);
  const date = a.publishedAt ? a.publishedAt.slice(0, a.datePrecision === 'time' ? 16 : 10).replace('T', ' ') : undefined;
  const title = a.title ?? 'Untitled article';

  const body = html`<div class="article-layout">
<main id="main" class="article">
${options.notice ? html`<p class="notice">${options.notice}</p>` : ''}
<header class="article-head">
<h1>${title}</h1>
<p class="meta">${[
    a.source && html`<span class="outlet">${a.source}</span>`,
    date && html`<time datetime="${a.publishedAt}">${date}</time>`,
    a.byline && html`<span class="byline">${a.byline}</span>`,
    href ? html`<a href="${href}" rel="noopener noreferrer nofollow" referrerpolicy="no-referrer">Original article</a>` : a.url && html`<span class="url">${a.url}</span>`,
  ]
    .filter(Boolean)
    .map((x, i) => (i ? html` · ${x}` : x))}</p>
${legend(analysis)}
</header>
<div class="text" id="text">${raw(text.html)}</div>
${options.after ?? ''}
</main>
<aside class="panel" aria-label="Analysis">
${speakersPanel(analysis)}
${entitiesPanel(analysis)}
${themesPanel(themes, text.evidenceIds, analysis)}
${tonePanel(analysis)}
${keyphrasesPanel(analysis)}
${summaryPanel(analysis)}
${options.downloads ? downloads(options.downloads) : options.downloadsPanel ?? ''}
</aside>
</div>`;
  return body;
}

function legend(analysis: Analysis): Html {
  if (!analysis.quotes.length && !analysis.entities.length) return html``;
  return html`<p class="legend" aria-label="Legend"><span class="quote verbatim s0">quoted</span> <span class="quote indirect s0">reported speech</span> <span class="ent person">person</span> <span class="ent org">organisation</span> <span class="ent place">place</span> <span class="ent other">other</span>${analysis.quotes.length ? html` · <a href="#q-${analysis.quotes[0]!.id}" class="first-quote">First quote</a> <span class="keys">(keys <kbd>n</kbd>/<kbd>p</kbd>: next/previous quote)</span>` : ''}</p>`;
}

function speakersPanel(analysis: Analysis): Html {
  if (!analysis.quotes.length) return html`<section aria-labelledby="h-speakers"><h2 id="h-speakers">Speakers</h2><p>No quotes found.</p></section>`;
  const slots = speakerSlots(analysis);
  const bySpeaker = new Map<string, Analysis['quotes']>();
  for (const q of analysis.quotes) {
    const k = speakerKey(q.speaker);
    bySpeaker.set(k, [...(bySpeaker.get(k) ?? []), q]);
  }
  const groups = [...bySpeaker.entries()].map(([k, quotes]) => {
    const s = quotes[0]!.speaker;
    const name = s ? html`<a href="/speakers/${seg(s.name)}">${s.name}</a>` : html`<span>Unattributed</span>`;
    return html`<li class="speaker"><span class="swatch s${s ? slots.get(k) : 'x'}" aria-hidden="true"></span>${name}${s?.role ? html` <span class="role">${s.role}</span>` : ''} <span class="count">${quotes.length}</span>
<ol class="quotes">${quotes.map((q) => html`<li><a href="#q-${q.id}" class="qlink ${q.form === 'indirect' ? 'indirect' : 'verbatim'}"><span class="form">${formLabel(q.form)}</span> ${q.form === 'indirect' ? short(q.text) : `“${short(q.text)}”`}</a></li>`)}</ol></li>`;
  });
  return html`<section aria-labelledby="h-speakers"><h2 id="h-speakers">Speakers and quotes</h2><ul class="speakers">${groups}</ul></section>`;
}

function entitiesPanel(analysis: Analysis): Html {
  if (!analysis.entities.length) return html``;
  const groups = new Map<string, Analysis['entities']>();
  for (const e of analysis.entities) {
    const c = entityClass(e.type);
    groups.set(c, [...(groups.get(c) ?? []), e]);
  }
  const order = ['person', 'org', 'place', 'other'].filter((c) => groups.has(c));
  return html`<section aria-labelledby="h-entities"><h2 id="h-entities">Entities</h2>${order.map(
    (c) => html`<h3>${typeNames[c]}</h3><ul class="entities">${groups
      .get(c)!
      .sort((x, y) => y.count - x.count)
      .map((e) => html`<li><a class="ent ${c}" href="/entities/${seg(e.name)}">${e.name}</a> <span class="count" title="mentions">${e.count}</span></li>`)}</ul>`,
  )}</section>`;
}

function themesPanel(themes: Analysis['themes'], drawn: Set<string>, analysis: Analysis): Html {
  if (!analysis.themes.length) return html``;
  const sentenceOf = (start: number) => analysis.sentences.find((s) => s.start <= start && start < s.end)?.index;
  const items = themes.map(
    (t, ti) => html`<li><a href="/${qs({ theme: t.id })}">${t.label}</a>${t.primary ? html` <span class="badge">primary</span>` : ''} <span class="count" title="score">${t.score.toFixed(2)}</span>
${t.evidence.length ? html`<details><summary>Evidence (${t.evidence.length})</summary><ul class="evidence">${t.evidence.map((e, n) => {
      const id = drawn.has(`ev-${ti}-${n}`) ? `ev-${ti}-${n}` : `s-${sentenceOf(e.start) ?? 0}`;
      return html`<li><a href="#${id}" class="evlink">${short(e.text, 120)}</a></li>`;
    })}</ul></details>` : ''}</li>`,
  );
  const rest = analysis.themes.filter((t) => !themes.includes(t)).slice(0, 10);
  return html`<section aria-labelledby="h-themes"><h2 id="h-themes">Themes</h2><ul class="themes">${items}</ul>${rest.length ? html`<details><summary>Below the tag threshold</summary><ul class="themes minor">${rest.map((t) => html`<li>${t.label} <span class="count">${t.score.toFixed(2)}</span></li>`)}</ul></details>` : ''}</section>`;
}

function tonePanel(analysis: Analysis): Html {
  const t = analysis.tone;
  if (!t) return html``;
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  const toward = [...t.entities].sort((x, y) => Math.abs(y.score) - Math.abs(x.score)).slice(0, 6);
  return html`<section aria-labelledby="h-tone"><h2 id="h-tone">Tone</h2><p>Document: <strong class="tone">${signed(t.document)}</strong> <span class="hint">(−1 negative … +1 positive)</span></p>${toward.length ? html`<ul class="tone-entities">${toward.map((e) => html`<li>${names.get(e.entityId) ?? e.entityId}: ${signed(e.score)}</li>`)}</ul>` : ''}</section>`;
}

function keyphrasesPanel(analysis: Analysis): Html {
  if (!analysis.keyphrases.length) return html``;
  return html`<section aria-labelledby="h-keyphrases"><h2 id="h-keyphrases">Key phrases</h2><ul class="chips">${analysis.keyphrases.slice(0, 12).map((k) => html`<li>${k.text}</li>`)}</ul></section>`;
}

function summaryPanel(analysis: Analysis): Html {
  if (!analysis.summary.length) return html``;
  const sentenceOf = (start: number) => analysis.sentences.find((s) => s.start <= start && start < s.end)?.index ?? 0;
  return html`<section aria-labelledby="h-summary"><h2 id="h-summary">Summary</h2><ol class="summary">${analysis.summary.map((s) => html`<li><a href="#s-${sentenceOf(s.start)}">${short(s.text, 240)}</a></li>`)}</ol></section>`;
}

/** The tables one article downloads as CSV (the export's columns). */
export const articleTables = ['quotes', 'entities', 'mentions', 'themes'] as const;

function downloads(base: string): Html {
  const tables = articleTables;
  return html`<section aria-labelledby="h-downloads"><h2 id="h-downloads">Download</h2><ul class="downloads">${tables.map((t) => html`<li><a href="${base}/${t}.csv" download>${t}.csv</a></li>`)}</ul></section>`;
}

export const signed = (v: number): string => `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(2)}`;
