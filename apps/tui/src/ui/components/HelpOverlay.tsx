import { Box, Text } from 'ink';
import { accent } from '../theme.js';

type Section = [string, Array<[string, string]>];

const left: Section[] = [
  ['Everywhere', [['1 2 3 4 / Tab', 'articles quotes entities themes'], ['?', 'this help (any key closes)'], ['q / Ctrl+C', 'quit']]],
  ['Articles', [['↑↓ j k PgUp PgDn g G', 'move'], ['Enter', 'open the article'], ['/', 'search as you type'], ['f', 'filter: theme entity speaker from to'], ['s / r', 'sort by / reverse'], ['e', 'export the list (CSV, JSONL)'], ['Esc', 'clear search, then filter']]],
];
const right: Section[] = [
  ['Article', [['↑↓ j k Space b', 'scroll'], ['n / N', 'next / previous quote'], ['h / H', 'next / previous search hit'], ['e / E · m / M', 'entity · its mentions'], ['Enter', 'entity or speaker view'], ['p', 'side panel on/off'], ['Esc Backspace ←', 'back']]],
  ['Quotes · Entities · Themes', [['/', 'find by name'], ['←→', 'switch pane (quotes)'], ['t', 'entity type'], ['b', 'day / week / month'], ['e', 'export (quotes)'], ['a', 'all speakers: descriptions too (quotes)'], ['Enter', 'open / list articles']]],
];

function Column({ sections, width }: { sections: Section[]; width: number }) {
  const keyW = Math.min(22, Math.floor(width * 0.45));
  return (
    <Box flexDirection="column" width={width} marginRight={1}>
      {sections.map(([title, keys]) => (
        <Box key={title} flexDirection="column">
          <Text bold>{title}</Text>
          {keys.map(([k, what]) => (
            <Text key={k} wrap="wrap">
              <Text color="yellow">{k.padEnd(keyW)}</Text>
              {what}
            </Text>
          ))}
        </Box>
      ))}
    </Box>
  );
}

/** The key reference: two columns on wide terminals, one (cut to fit) on narrow ones. */
export function HelpOverlay({ width, height }: { width: number; height: number }) {
  const wide = width >= 90;
  const inner = Math.min(width, 120) - 4;
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={accent} paddingX={1} width={Math.min(width, 120)} height={Math.min(height, wide ? 19 : 34)} overflow="hidden">
      <Text bold color={accent}>
        Lede browser: keys
      </Text>
      {wide ? (
        <Box flexDirection="row">
          <Column sections={left} width={Math.floor(inner / 2) - 1} />
          <Column sections={right} width={Math.floor(inner / 2) - 1} />
        </Box>
      ) : (
        <Column sections={[...left, ...right]} width={inner} />
      )}
    </Box>
  );
}
