// The API reference page, rendered on the server from the OpenAPI document: readable without
// JavaScript, no CDN, no bundle. Every value from the spec is HTML-escaped.
import { problemCatalogue } from '../http/problem.js';

type Json = Record<string, unknown>;

const esc = (v: unknown): string =>
  String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const json = (v: unknown) => `<pre>${esc(JSON.stringify(v, null, 2))}</pre>`;

/** A schema in one line: its type, enum or reference; the full schema stays in the details below. */
function schemaBrief(s: Json | undefined): string {
  if (!s) return '';
  if (typeof s.$ref === 'string') return s.$ref.replace('#/components/schemas/', '');
  if (Array.isArray(s.enum)) return s.enum.map((e) => JSON.stringify(e)).join(' | ');
  const bounds = [s.minimum !== undefined && `≥ ${s.minimum}`, s.maximum !== undefined && `≤ ${s.maximum}`, s.maxLength !== undefined && `≤ ${s.maxLength} chars`].filter(Boolean);
  return `${String(s.type ?? (s.anyOf ? 'one of several' : 'any'))}${bounds.length ? ` (${bounds.join(', ')})` : ''}`;
}

function operation(path: string, method: string, op: Json): string {
  const params = (op.parameters as Json[] | undefined) ?? [];
  const body = (op.requestBody as { content?: Record<string, { schema: unknown }> } | undefined)?.content;
  const responses = Object.entries((op.responses as Record<string, Json>) ?? {});
  const paramRows = params
    .map((p) => `<tr><td><code>${esc(p.name)}${p.required ? ' *' : ''}</code></td><td>${esc(p.in)}</td><td><code>${esc(schemaBrief(p.schema as Json))}</code></td><td>${esc(p.description)}${p.example !== undefined ? ` <span class="ex">e.g. <code>${esc(p.example)}</code></span>` : ''}</td></tr>`)
    .join('');
  const bodies = Object.entries(body ?? {})
    .map(([type, c]) => `<details><summary>request body: ${esc(type)}</summary>${json(c.schema)}</details>`)
    .join('');
  const responseRows = responses
    .map(([status, r]) => {
      const content = Object.values((r.content as Record<string, { example?: unknown }>) ?? {})[0];
      const example = content?.example !== undefined ? `<details><summary>example</summary>${json(content.example)}</details>` : '';
      return `<tr><td>${esc(status)}</td><td>${esc(r.description)}${example}</td></tr>`;
    })
    .join('');
  const curl = method === 'get' ? `<pre class="curl">curl -s 'http://127.0.0.1:8080${esc(path)}'</pre>` : '';
  return `<section class="op" id="${esc(op.operationId)}">
<h3><span class="m ${esc(method)}">${esc(method)}</span> <code>${esc(path)}</code> — ${esc(op.summary)}</h3>
${op.description ? `<p>${esc(op.description)}</p>` : ''}${curl}
${paramRows ? `<table><tr><th>parameter</th><th>in</th><th>schema</th><th>about</th></tr>${paramRows}</table>` : ''}
${bodies}<table><tr><th>status</th><th>response</th></tr>${responseRows}</table>
</section>`;
}

export function docsHtml(spec: Json): string {
  const info = spec.info as { title: string; version: string; description: string };
  const paths = spec.paths as Record<string, Record<string, Json>>;
  const tags = (spec.tags as Array<{ name: string; description: string }>) ?? [];
  const sections = tags
    .map((tag) => {
      const ops = Object.entries(paths).flatMap(([path, byMethod]) =>
        Object.entries(byMethod)
          .filter(([, op]) => (op.tags as string[]).includes(tag.name))
          .map(([method, op]) => operation(path, method, op)),
      );
      return `<h2 id="tag-${esc(tag.name)}">${esc(tag.name)}</h2><p>${esc(tag.description)}</p>${ops.join('\n')}`;
    })
    .join('\n');
  const toc = Object.entries(paths)
    .flatMap(([path, byMethod]) => Object.entries(byMethod).map(([method, op]) => `<li><a href="#${esc(op.operationId)}"><code>${esc(method.toUpperCase())} ${esc(path)}</code></a></li>`))
    .join('');
  const schemas = Object.entries((spec.components as { schemas: Record<string, unknown> }).schemas)
    .map(([name, s]) => `<details id="schema-${esc(name)}"><summary>${esc(name)}</summary>${json(s)}</details>`)
    .join('');
  const problems = problemCatalogue()
    .map((p) => `<tr id="problem-${esc(p.code.toLowerCase().replaceAll('_', '-'))}"><td><code>${esc(p.code)}</code></td><td>${p.status}</td><td>${esc(p.title)}</td></tr>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(info.title)} ${esc(info.version)}</title>
<style>
:root{color-scheme:light dark}
body{font:15px/1.5 system-ui,sans-serif;max-width:980px;margin:2rem auto;padding:0 1rem}
h1{margin-bottom:0}code,pre{font-family:ui-monospace,monospace;font-size:13px}
.op{border:1px solid #8884;border-radius:6px;margin:.75rem 0;padding:.25rem .75rem .5rem}.op h3{font-size:1rem}
.m{display:inline-block;min-width:3.5rem;text-transform:uppercase}.get{color:#087f5b}.post{color:#1c5fb8}
table{border-collapse:collapse;margin:.25rem 0}td,th{border-bottom:1px solid #8883;padding:.2rem .6rem;text-align:left;vertical-align:top}
pre{background:#8881;padding:.5rem;overflow:auto;max-height:24rem}summary{cursor:pointer}.ex{opacity:.8}
nav ul{columns:2;padding-left:1rem}
</style></head><body>
<header><h1>${esc(info.title)}</h1><p>Version ${esc(info.version)} · OpenAPI ${esc(spec.openapi)} · <a href="/openapi.json">/openapi.json</a></p><p>${esc(info.description)}</p></header>
<nav aria-label="Operations"><ul>${toc}</ul></nav>
<main>${sections}
<h2>Schemas</h2>${schemas}
<h2 id="problems">Problem types</h2><p>Errors are <code>application/problem+json</code> (RFC 9457); <code>type</code> links here.</p>
<table><tr><th>code</th><th>status</th><th>title</th></tr>${problems}</table></main>
</body></html>`;
}
