/**
 * The key reference, laid out as plain fixed-width rows (not nested flex boxes, which Ink lets
 * overlap when the content is taller than the box): one column when it fits, two when the
 * terminal is wide enough, cut with a note when even that is too tall.
 */
import { Box, Text } from 'ink';
import { wrapText } from '../layout/wrap.js';
import { accent } from '../theme.js';

type Section = [string, Array<[string, string]>];

const sections: Section[] = [
  ['Everywhere', [['1 2 3 4 / Tab', 'the four tabs'], ['?', 'help (any key closes)'], ['q / Ctrl+C', 'quit']]],
  ['Articles', [['↑↓ j k PgUp/Dn g G', 'move'], ['Enter', 'open the article'], ['/', 'search as you type'], ['f', 'filter: theme entity speaker outlet from to'], ['s / r', 'sort by / reverse'], ['e', 'export to CSV/JSONL'], ['Esc', 'clear search/filter']]],
  ['Article', [['↑↓ j k Space b', 'scroll'], ['n / N', 'next / previous quote'], ['h / H', 'next / previous hit'], ['e / E · m / M', 'entity · its mentions'], ['Enter', 'entity/speaker view'], ['p', 'side panel on/off'], ['Esc Backspace ←', 'back']]],
  ['Quotes · Entities · Themes', [['/', 'find by name'], ['←→', 'switch pane (quotes)'], ['t', 'entity type'], ['b', 'day / week / month'], ['e', 'export (quotes)'], ['a', 'all speakers (quotes)'], ['Enter', 'open / list articles']]],
];

interface Row { key: string; text: string; title?: boolean }

/**
 * The rows of a column `width` wide: section titles, then each key with its description
 * word-wrapped beside it; a key too long for the key column gets a row of its own.
 */
export function helpRows(width: number): { rows: Row[]; keyW: number } {
  const longest = Math.max(...sections.flatMap(([, keys]) => keys.map(([k]) => [...k].length)));
  const keyW = Math.min(longest + 1, Math.max(8, Math.floor(width * 0.42)));
  const rows: Row[] = [];
  for (const [title, keys] of sections) {
    rows.push({ key: '', text: title, title: true });
    for (const [k, what] of keys) {
      if ([...k].length >= keyW) rows.push({ key: k, text: '' });
      wrapText(what, [], width - keyW).forEach((l, i) => rows.push({ key: i === 0 && [...k].length < keyW ? k : '', text: what.slice(l.start, l.end) }));
    }
  }
  return { rows, keyW };
}

const cellOf = (s: string, w: number) => ([...s].length > w ? [...s].slice(0, w).join('') : s + ' '.repeat(w - [...s].length));

function RowText({ row, keyW, width }: { row: Row | undefined; keyW: number; width: number }) {
  if (!row) return <Text>{' '.repeat(width)}</Text>;
  if (row.title) return <Text bold>{cellOf(row.text, width)}</Text>;
  if (!row.text) return <Text color="yellow">{cellOf(row.key, width)}</Text>; // a long key on its own row
  return (
    <Text>
      <Text color="yellow">{cellOf(row.key, keyW)}</Text>
      {cellOf(row.text, width - keyW)}
    </Text>
  );
}

export function HelpOverlay({ width, height }: { width: number; height: number }) {
  const boxW = Math.min(width, 120);
  const inner = boxW - 4; // border and padding
  const room = Math.max(1, height - 3); // border and the heading
  const single = helpRows(inner);
  const colW = Math.floor((inner - 2) / 2);
  // Two columns when one is too tall (or the terminal is wide), split at the section boundary
  // nearest the middle; when that is still too tall, the rows flow on mid-section instead.
  const useTwo = colW >= 30 && (single.rows.length > room || width >= 100);
  const flow = helpRows(colW);
  const n = flow.rows.length;
  const bounds = flow.rows.flatMap((r, i) => (r.title && i > 0 ? [i] : []));
  const best = bounds.reduce((b, i) => (Math.max(i, n - i) < Math.max(b, n - b) ? i : b), bounds[0] ?? Math.ceil(n / 2));
  let split = Math.max(best, n - best) <= room ? best : Math.ceil(n / 2);
  if (flow.rows[split - 1]?.title) split--;
  const columns = useTwo ? [flow.rows.slice(0, split), flow.rows.slice(split)] : [single.rows];
  const keyW = useTwo ? flow.keyW : single.keyW;
  const rowCount = Math.max(...columns.map((c) => c.length));
  const cut = rowCount > room;
  const shown = cut ? room - 1 : rowCount;
  const lines = [];
  for (let i = 0; i < shown; i++) {
    lines.push(
      <Text key={i} wrap="truncate">
        <RowText row={columns[0]![i]} keyW={keyW} width={useTwo ? colW : inner} />
        {useTwo ? '  ' : null}
        {useTwo ? <RowText row={columns[1]![i]} keyW={keyW} width={colW} /> : null}
      </Text>,
    );
  }
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={accent} paddingX={1} width={boxW} height={Math.min(height, shown + (cut ? 1 : 0) + 3)} overflow="hidden">
      <Text bold color={accent}>
        Lede browser: keys
      </Text>
      {lines}
      {cut ? <Text dimColor>… more keys on a taller terminal</Text> : null}
    </Box>
  );
}
