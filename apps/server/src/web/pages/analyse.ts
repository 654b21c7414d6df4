/**
 * `/analyse`: paste text or HTML and see the article view, without storing anything. The POST is
 * a read like POST /v1/analyze: the guard still refuses cross-site posts (a page elsewhere cannot
 * make this server analyse for it), and nothing reaches the store.
 */
import { LedeError } from '@lede/core';
import { rowsOf } from '@lede/store';
import { articleTables, articleView } from '../article-view.js';
import type { PageHandler } from '../filters.js';
import { html, type Html } from '../html.js';
import { analyzeRequest } from '../../input/analyze-request.js';
import { page } from '../layout.js';
import { sendRowsCsv } from '../table.js';

interface FormState { text: string; title: string; format: 'text' | 'html' }

function analyseForm(state: FormState, error?: string, heading: 'h1' | 'h2' = 'h1'): Html {
  return html`${heading === 'h1' ? html`<h1>Analyse a text</h1>` : html`<h2>Analyse another text</h2>`}
<p class="notice">Paste an article as plain text or HTML. It is analysed and shown here, and <strong>not stored</strong>.</p>
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<form class="analyse-form" method="post" action="/analyse">
<div class="row"><label>Title (optional)<input name="title" value="${state.title}" size="50" maxlength="1000"></label>
<fieldset><legend>The text is</legend><label class="inline"><input type="radio" name="format" value="text"${state.format === 'text' ? ' checked' : ''}> plain text</label> <label class="inline"><input type="radio" name="format" value="html"${state.format === 'html' ? ' checked' : ''}> HTML</label></fieldset></div>
<label>Article<textarea name="text" required>${state.text}</textarea></label>
<div class="row"><button type="submit">Analyse</button></div>
</form>`;
}

/**
 * CSV of the analysed text's tables: nothing is stored to link to, so the text is posted again
 * (hidden fields) and analysed again into the chosen table.
 */
function downloadForm(state: FormState): Html {
  return html`<section aria-labelledby="h-downloads"><h2 id="h-downloads">Download</h2><form method="post" action="/analyse" class="downloads">
<input type="hidden" name="text" value="${state.text}"><input type="hidden" name="title" value="${state.title}"><input type="hidden" name="format" value="${state.format}">
${articleTables.map((t) => html`<button type="submit" name="download" value="${t}">${t}.csv</button> `)}</form></section>`;
}

const formPage = (state: FormState, error?: string) => page({ title: 'Analyse', section: 'analyse', body: html`<main id="main">${analyseForm(state, error)}</main>` });

export const analysePage: PageHandler = async () => formPage({ text: '', title: '', format: 'text' });

export const analysePost: PageHandler = async (req, res, deps) => {
  const body = (req.body ?? {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const state: FormState = { text: str(body.text), title: str(body.title).trim().slice(0, 1000), format: body.format === 'html' ? 'html' : 'text' };
  if (!state.text.trim()) {
    res.status(400);
    return formPage(state, 'Paste some text to analyse.');
  }
  try {
    const analysis = await analyzeRequest(
      deps,
      { task: { content: state.text, format: state.format, meta: state.title ? { title: state.title } : {}, field: 'text' }, tokens: false },
      res.locals.signal as AbortSignal,
    );
    const table = articleTables.find((t) => t === body.download);
    if (table) return sendRowsCsv(res, table, rowsOf(analysis, table, undefined), `analysis-${table}.csv`);
    const again = html`<details class="again"><summary>Analyse another text</summary>${analyseForm(state, undefined, 'h2')}</details>`;
    return page({
      title: analysis.article.title ?? 'Analysis',
      section: 'analyse',
      body: articleView(analysis, { after: again, notice: 'Analysed on the fly: this text is not stored.', downloadsPanel: downloadForm(state) }),
    });
  } catch (e) {
    if (!(e instanceof LedeError)) throw e;
    res.status(e.code === 'TOO_LARGE' ? 413 : 422);
    return formPage(state, e.message);
  }
};
