import type { Marked as MarkedType, Token } from 'marked';
import { htmlFragmentToText } from '../html/fragment.js';
import { markedModule } from '../lazy.js';
import type { RawArticle } from './fields.js';

let instance: MarkedType | undefined;
/** The Markdown renderer, built on the first Markdown input (a text input never loads it). */
const markdown = (): MarkedType => (instance ??= new (markedModule().Marked)({ async: false, gfm: true }));

/**
 * Markdown -> article: rendered with marked and read back as text (so entities, emphasis,
 * links and lists come out as prose), YAML-style front matter (title/author/date/url/source/id)
 * read as metadata, and a leading `# Heading` taken as the title rather than body text.
 */
export function parseMarkdown(source: string): RawArticle {
  const { meta, body } = splitFrontMatter(source);
  const marked = markdown();
  const tokens = marked.lexer(body);
  let title = meta.title;
  const first = tokens.findIndex((t) => t.type !== 'space');
  const lead = tokens[first];
  if (lead && lead.type === 'heading' && (lead as Token & { depth: number }).depth === 1) {
    const headingText = htmlFragmentToText(marked.parseInline((lead as Token & { text: string }).text) as string).trim();
    title ??= headingText;
    if (title === headingText) tokens.splice(first, 1);
  }
  const html = marked.parser(tokens);
  return {
    text: htmlFragmentToText(html),
    markup: true,
    title,
    byline: meta.author ?? meta.byline,
    publishedAt: meta.date ?? meta.published ?? meta.publishedat,
    url: meta.url,
    source: meta.source,
    id: meta.id,
  };
}

/** `---` front matter with flat `key: value` lines; nested YAML is ignored, not an error. */
function splitFrontMatter(source: string): { meta: Record<string, string>; body: string } {
  const m = /^---[ \t]*\r?\n([\s\S]{0,10000}?)\r?\n---[ \t]*(\r?\n|$)/.exec(source);
  if (!m) return { meta: {}, body: source };
  const meta: Record<string, string> = {};
  for (const line of m[1]!.split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]{0,40})\s*:\s*(.+)$/.exec(line);
    if (!kv) continue;
    const value = kv[2]!.trim().replace(/^(["'])(.*)\1$/, '$2');
    if (value) meta[kv[1]!.toLowerCase()] = value;
  }
  return { meta, body: source.slice(m[0].length) };
}
