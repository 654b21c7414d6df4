/**
 * The export tables and their columns: stable names and order (documented in the README), one
 * row type per table. Lists are joined with "; ", `extra` is JSON, missing values are null.
 */
export type Cell = string | number | boolean | null;
export type ColumnType = 'STRING' | 'DOUBLE' | 'INT32' | 'BOOLEAN';
export interface Column { name: string; type: ColumnType }

const s = (name: string): Column => ({ name, type: 'STRING' });
const n = (name: string): Column => ({ name, type: 'DOUBLE' });
const i = (name: string): Column => ({ name, type: 'INT32' });

export const exportTables = {
  articles: [s('id'), s('title'), s('source'), s('url'), s('byline'), s('authors'), s('published_at'), s('date_precision'), s('language'), s('text_source'), i('quote_count'), i('entity_count'), n('tone'), s('primary_theme'), s('themes'), s('duplicate_of'), s('extra')],
  quotes: [s('article_id'), s('article_title'), s('published_at'), s('quote_id'), s('speaker'), s('role'), s('form'), i('start'), i('end'), s('text'), s('statement'), s('speaker_kind'), n('confidence')],
  entities: [s('article_id'), s('entity_id'), s('name'), s('type'), i('mentions'), n('salience'), s('wikidata')],
  mentions: [s('article_id'), s('entity_id'), s('name'), s('type'), i('start'), i('end'), s('text')],
  themes: [s('article_id'), s('theme_id'), s('label'), s('top_level'), n('score'), { name: 'primary', type: 'BOOLEAN' }],
} satisfies Record<string, Column[]>;

export type ExportTable = keyof typeof exportTables;
export const exportTableNames = Object.keys(exportTables) as ExportTable[];
export type Row = Record<string, Cell>;
