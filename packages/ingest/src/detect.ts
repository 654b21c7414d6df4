import type { ConcreteFormat } from './types.js';

const BY_EXTENSION: Record<string, ConcreteFormat> = {
  txt: 'text', text: 'text',
  md: 'md', markdown: 'md', mdown: 'md', mkd: 'md',
  html: 'html', htm: 'html', xhtml: 'html', shtml: 'html',
  rss: 'feed', atom: 'feed', rdf: 'feed',
  json: 'json',
  jsonl: 'jsonl', ndjson: 'jsonl', jsonlines: 'jsonl',
};

/** Document formats we know we cannot read; anything else unknown is sniffed as text. */
const UNSUPPORTED = new Set(['pdf', 'doc', 'docx', 'odt', 'rtf', 'epub', 'xls', 'xlsx', 'ppt', 'pptx', 'zip', 'gz', 'tgz', 'bz2', 'xz', '7z', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'mp3', 'mp4', 'wav']);

export function extensionOf(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/**
 * The format of an input from its name and its first few KB. A specific extension wins
 * (`.md`, `.html`, `.jsonl`, ...); `.xml`, `.txt`-less names and stdin are sniffed from content.
 * Returns null for a document type we cannot read (PDF, Word, archives, images).
 */
export function detectFormat(sample: string | Uint8Array, name?: string): ConcreteFormat | null {
  const ext = extensionOf(name);
  if (UNSUPPORTED.has(ext)) return null;
  const head = (typeof sample === 'string' ? sample.slice(0, 8192) : new TextDecoder('utf-8').decode(sample.subarray(0, 8192))).replace(/^\uFEFF/, '');
  const byExt = BY_EXTENSION[ext];
  if (byExt) {
    // A .json file that is really JSONL (one object per line) is common enough to check.
    if (byExt === 'json' && looksJsonl(head)) return 'jsonl';
    return byExt;
  }
  return sniff(head);
}

function sniff(head: string): ConcreteFormat {
  const t = head.trimStart();
  if (/^<\?xml[^>]*>\s*(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(t) || /^<(rss|feed|rdf:RDF)\b/i.test(t)) return 'feed';
  if (/^<\?xml/i.test(t) && /<(rss|feed|rdf:RDF)[\s>]/i.test(t.slice(0, 4096))) return 'feed';
  if (/^(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body)\b/i.test(t) || /^<\?xml[\s\S]{0,300}<html\b/i.test(t)) return 'html';
  if (t.startsWith('{') || t.startsWith('[')) {
    if (looksJsonl(t)) return 'jsonl';
    if (/"version"\s*:\s*"https?:\/\/jsonfeed\.org/.test(t.slice(0, 2048))) return 'feed';
    return 'json';
  }
  if (looksHtmlFragment(t)) return 'html';
  if (looksMarkdown(t)) return 'md';
  return 'text';
}

/**
 * JSONL: the first line is a complete JSON object and more lines follow (a JSON document with
 * content after a complete first-line object would be invalid anyway). Later lines need not
 * parse: a batch with one broken line is still a batch, reported line by line.
 */
function looksJsonl(head: string): boolean {
  const lines = head.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length < 2) return false;
  const first = lines[0]!;
  if (!first.startsWith('{') || !first.endsWith('}')) return false;
  try {
    JSON.parse(first);
    return true;
  } catch {
    return false;
  }
}

/** Mostly block tags from the start: `<p>..</p><p>..</p>` pasted without a document around it. */
function looksHtmlFragment(t: string): boolean {
  return /^<(p|div|article|section|h[1-6]|main|table|ul|ol|blockquote)[\s>]/i.test(t) && /<\/(p|div|article|section|h[1-6]|main|table|ul|ol|blockquote)>/i.test(t);
}

/** An ATX heading or front matter at the top, or two kinds of Markdown syntax in the sample. */
function looksMarkdown(t: string): boolean {
  if (/^(---\n[\s\S]{0,2000}?\n---\n|#{1,6} \S)/.test(t)) return true;
  const signals = [
    /^#{1,6} \S/m, // heading
    /^\s{0,3}[-*+] \S/m, // bullet list
    /\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)/, // link
    /(\*\*|__)\S[^\n]{0,200}?\S\1/, // strong
    /^```/m, // fenced code
    /^> \S/m, // block quote
  ];
  return signals.filter((r) => r.test(t)).length >= 2;
}
