import { assetUrl } from './assets.js';
import { html, type Html } from './html.js';

export interface PageOptions {
  title: string;
  /** Which navigation entry is the current page. */
  section?: 'corpus' | 'themes' | 'analyse';
  body: Html;
}

const nav: Array<[PageOptions['section'], string, string]> = [
  ['corpus', '/', 'Corpus'],
  ['themes', '/themes', 'Themes'],
  ['analyse', '/analyse', 'Analyse'],
];

/** The page shell: landmarks, a skip link, the one stylesheet and the one script (deferred). */
export function page({ title, section, body }: PageOptions): string {
  return `<!doctype html>\n${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title} · Lede</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${assetUrl('reader.css')}">
<script src="${assetUrl('reader.js')}" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
<a class="brand" href="/">Lede</a>
<nav aria-label="Sections"><ul>${nav.map(([id, href, label]) => html`<li><a href="${href}"${id === section ? html` aria-current="page"` : ''}>${label}</a></li>`)}<li><a href="/docs">API</a></li></ul></nav>
</header>
${body}
<footer class="foot"><p>Lede web reader · the JSON API is under <a href="/docs"><code>/v1</code></a></p></footer>
</body>
</html>`.text}`;
}
