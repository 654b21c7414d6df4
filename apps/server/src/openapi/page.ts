// A self-contained API reference page: no CDN, no bundle. The HTML is static; docs.js fetches
// /openapi.json and renders it with DOM calls (textContent only, so nothing is parsed as HTML).
import { problemCatalogue } from '../http/problem.js';

export function docsHtml(): string {
  const problems = problemCatalogue()
    .map((p) => `<tr id="problem-${p.code.toLowerCase().replaceAll('_', '-')}"><td><code>${p.code}</code></td><td>${p.status}</td><td>${p.title}</td></tr>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Lede API</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{margin-bottom:0}code,pre{font-family:ui-monospace,monospace;font-size:13px}
.op{border:1px solid #ddd;border-radius:6px;margin:.75rem 0;padding:.5rem .75rem}
.m{display:inline-block;min-width:3.5rem;font-weight:700;text-transform:uppercase}.get{color:#0a6}.post{color:#06c}
table{border-collapse:collapse;margin:.25rem 0}td,th{border-bottom:1px solid #eee;padding:.2rem .6rem;text-align:left;vertical-align:top}
pre{background:#f6f6f6;padding:.5rem;overflow:auto;max-height:24rem}summary{cursor:pointer}
</style></head><body>
<h1>Lede API</h1><p id="desc">Loading <a href="/openapi.json">/openapi.json</a>…</p>
<main id="ops"></main>
<h2>Problem types</h2><p>Errors are <code>application/problem+json</code> (RFC 9457); <code>type</code> links here.</p>
<table><tr><th>code</th><th>status</th><th>title</th></tr>${problems}</table>
<script src="/docs/docs.js"></script>
</body></html>`;
}

export const docsJs = `'use strict';
(async function () {
  const el = (tag, attrs, ...kids) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    for (const k of kids) e.append(k);
    return e;
  };
  const json = (v) => el('pre', {}, JSON.stringify(v, null, 2));
  const spec = await (await fetch('/openapi.json')).json();
  document.getElementById('desc').textContent = spec.info.description + ' (OpenAPI ' + spec.openapi + ', version ' + spec.info.version + ')';
  const main = document.getElementById('ops');
  for (const tag of spec.tags) {
    main.append(el('h2', {}, tag.name), el('p', {}, tag.description));
    for (const [path, ops] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        if (!op.tags.includes(tag.name)) continue;
        const box = el('section', { class: 'op', id: op.operationId });
        box.append(el('div', {}, el('span', { class: 'm ' + method }, method), ' ', el('code', {}, path), ' — ', op.summary));
        if (op.description) box.append(el('p', {}, op.description));
        if (op.parameters) {
          const t = el('table', {}, el('tr', {}, el('th', {}, 'parameter'), el('th', {}, 'in'), el('th', {}, 'schema'), el('th', {}, 'about')));
          for (const p of op.parameters)
            t.append(el('tr', {}, el('td', {}, el('code', {}, p.name + (p.required ? ' *' : ''))), el('td', {}, p.in), el('td', {}, el('code', {}, JSON.stringify(p.schema))), el('td', {}, p.description || '')));
          box.append(t);
        }
        if (op.requestBody)
          for (const [type, c] of Object.entries(op.requestBody.content))
            box.append(el('details', {}, el('summary', {}, 'request body: ' + type), json(c.schema)));
        const r = el('table', {}, el('tr', {}, el('th', {}, 'status'), el('th', {}, 'response')));
        for (const [status, res] of Object.entries(op.responses)) r.append(el('tr', {}, el('td', {}, status), el('td', {}, res.description)));
        box.append(r);
        main.append(box);
      }
    }
  }
  main.append(el('h2', {}, 'Schemas'));
  for (const [name, s] of Object.entries(spec.components.schemas)) main.append(el('details', { id: 'schema-' + name }, el('summary', {}, name), json(s)));
})();
`;
