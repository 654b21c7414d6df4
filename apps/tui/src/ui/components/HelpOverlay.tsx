import { Box, Text } from 'ink';
import { accent } from '../theme.js';

const sections: Array<[string, Array<[string, string]>]> = [
  ['Everywhere', [['1 2 3 4 / Tab', 'articles, quotes, entities, themes'], ['?', 'this help (any key closes)'], ['q / Ctrl+C', 'quit']]],
  ['Articles', [['↑↓ j k, PgUp PgDn, g G', 'move'], ['Enter', 'open the article'], ['/', 'search as you type (Enter keeps results)'], ['f', 'filter: theme: entity: speaker: from: to:'], ['s / r', 'sort by date, title, quotes, tone, added / reverse'], ['Esc', 'clear search, then filter']]],
  ['Article', [['↑↓ j k, Space b', 'scroll'], ['n / N', 'next / previous quote'], ['p', 'side panel on/off'], ['Esc Backspace ←', 'back']]],
  ['Quotes · Entities · Themes', [['←→ Tab', 'switch pane (quotes)'], ['t', 'entity type'], ['b', 'day / week / month'], ['Enter', 'open / list matching articles']]],
];

export function HelpOverlay({ width }: { width: number }) {
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={accent} paddingX={1} width={Math.min(width, 78)}>
      <Text bold color={accent}>
        Lede browser: keys
      </Text>
      {sections.map(([title, keys]) => (
        <Box key={title} flexDirection="column" marginTop={1}>
          <Text bold>{title}</Text>
          {keys.map(([k, what]) => (
            <Text key={k} wrap="truncate">
              <Text color="yellow">{k.padEnd(26)}</Text>
              {what}
            </Text>
          ))}
        </Box>
      ))}
    </Box>
  );
}
