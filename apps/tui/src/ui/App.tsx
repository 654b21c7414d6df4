/**
 * The browser's root: tabs (articles, quotes, entities, themes), an article view pushed on top,
 * the help overlay and the global keys. Views get the store and their box size and own their keys;
 * `typing` mutes the global keys while a prompt has the keyboard.
 */
import { Box, Text, useApp, type Key } from 'ink';
import { useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { CorpusStore } from '@lede/store';
import { HelpOverlay } from './components/HelpOverlay.js';
import type { LoadProgress, LoadState } from './data/progress.js';
import { useAsync } from './hooks/use-async.js';
import { KeyScope } from './hooks/use-keys.js';
import { useLiveState } from './hooks/use-live-state.js';
import { useTerminalSize, type Size } from './hooks/use-terminal-size.js';
import type { ListFilter } from './layout/filter.js';
import { accent } from './theme.js';
import { ArticleView } from './views/ArticleView.js';
import { EntitiesView } from './views/EntitiesView.js';
import { ListView } from './views/ListView.js';
import { QuotesView } from './views/QuotesView.js';
import { ThemesView } from './views/ThemesView.js';

const tabs = [
  ['articles', 'Articles'],
  ['quotes', 'Quotes'],
  ['entities', 'Entities'],
  ['themes', 'Themes'],
] as const;
type Tab = (typeof tabs)[number][0];

export interface AppProps {
  store: CorpusStore;
  /** Present while inputs are analysed in the background (file mode). */
  progress?: LoadProgress;
  /** Shown in the title bar: the database or input path. */
  label?: string;
  /** Pin the size (tests); otherwise the terminal's, following resizes. */
  size?: Partial<Size>;
}

const done: LoadState = { phase: 'done', loaded: 0, failed: 0, errors: [] };
const noSubscribe = () => () => {};

export function App({ store, progress, label, size }: AppProps) {
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize(size);
  const load = useSyncExternalStore(progress?.subscribe ?? noSubscribe, progress?.getSnapshot ?? (() => done));
  // Refresh views as the corpus grows, in steps so the store is not queried per article.
  // (-1 once loaded; early articles each count, later ones in steps of 25.)
  const version = load.phase === 'done' ? -1 : load.loaded < 25 ? load.loaded : 25 + Math.floor(load.loaded / 25);
  const [tab, setTabState, tabRef] = useLiveState<Tab>('articles');
  const [article, setArticle, articleRef] = useLiveState<{ id: string; quoteId?: string; searchTerm?: string } | null>(null);
  // A jump from the article to an entity's or a speaker's view: which one, and the article to go back to.
  const [jump, setJump] = useLiveState<{ name: string; nonce: number; back: NonNullable<typeof article> } | null>(null);
  const [help, setHelp, helpRef] = useLiveState(false);
  // Tabs mount on first visit and then stay mounted (hidden), so going back keeps the cursor,
  // search and filter; start-up only pays for the list.
  const [visited, setVisited] = useLiveState<ReadonlySet<Tab>>(new Set(['articles']));
  const setTab = (t: Tab) => {
    setTabState(t);
    setVisited((v) => (v.has(t) ? v : new Set([...v, t])));
  };
  // A ref too: the list's prompt opens and keys follow before React re-subscribes this handler.
  const typingRef = useRef(false);
  const [typing, setTypingState] = useState(false);
  const setTyping = (t: boolean) => {
    typingRef.current = t;
    setTypingState(t);
  };
  const [filter, setFilter] = useState<ListFilter>({});
  const stats = useAsync(() => store.stats(), [store, version]);

  const globalKeys = (input: string, k: Key): boolean => {
    if (typingRef.current) return false;
    if (helpRef.current) return (setHelp(false), true);
    if (input === '?') return (setHelp(true), true);
    if (input === 'q') return (exit(), true);
    if (articleRef.current) return false;
    const n = Number(input);
    if (n >= 1 && n <= tabs.length) return (setJump(null), setTab(tabs[n - 1]![0]), true);
    if (k.tab) return (setJump(null), setTab(tabs[(tabs.findIndex(([t]) => t === tabRef.current) + 1) % tabs.length]![0]), true);
    return false;
  };

  // One line short of the terminal: a full-height frame makes Ink clear and flicker.
  const height = Math.max(6, rows - 1);
  const bodyH = height - 2;
  const s = stats.data;
  const shows = (t: Tab) => !help && !article && tab === t;
  const common = (t: Tab) => ({ store, width: columns, height: bodyH, version, active: shows(t), onTyping: setTyping });
  const jumpTo = (t: 'entities' | 'quotes', name: string) => {
    const back = articleRef.current;
    if (!back) return;
    setJump({ name, nonce: (jump?.nonce ?? 0) + 1, back });
    setArticle(null);
    setTab(t);
  };
  const goBack = jump
    ? () => {
        setArticle(jump.back);
        setJump(null);
      }
    : undefined;
  const toArticles = (f: ListFilter) => {
    setFilter(f);
    setTab('articles');
  };
  const views: Record<Tab, () => ReactNode> = {
    articles: () => <ListView {...common('articles')} filter={filter} onFilterChange={setFilter} onOpen={(id, searchTerm) => setArticle({ id, ...(searchTerm && { searchTerm }) })} />,
    quotes: () => (
      <QuotesView {...common('quotes')} onOpen={(id, quoteId) => setArticle({ id, quoteId })} {...(jump && tab === 'quotes' && { select: jump, onBack: goBack })} />
    ),
    entities: () => (
      <EntitiesView {...common('entities')} onFilter={(entity) => (setJump(null), toArticles({ entity }))} {...(jump && tab === 'entities' && { select: jump, onBack: goBack })} />
    ),
    themes: () => <ThemesView {...common('themes')} onFilter={(theme) => toArticles({ theme })} />,
  };

  const body = (
    <>
      {help ? <HelpOverlay width={columns} height={bodyH} /> : null}
      {article && !help ? (
        <ArticleView
          key={article.id}
          store={store}
          articleId={article.id}
          quoteId={article.quoteId}
          searchTerm={article.searchTerm}
          width={columns}
          height={bodyH}
          active={!help}
          onBack={() => setArticle(null)}
          onEntity={(name) => jumpTo('entities', name)}
          onSpeaker={(name) => jumpTo('quotes', name)}
        />
      ) : null}
      {tabs.map(([t]) =>
        visited.has(t) ? (
          <Box key={t} display={shows(t) ? 'flex' : 'none'} flexDirection="column">
            {views[t]()}
          </Box>
        ) : null,
      )}
    </>
  );

  return (
    <KeyScope global={globalKeys}>
    <Box flexDirection="column" width={columns} height={height}>
      <Box flexDirection="row" justifyContent="space-between">
        <Text wrap="truncate">
          <Text bold color={accent}>
            lede{' '}
          </Text>
          {tabs.map(([t, name], i) => (
            <Text key={t} inverse={t === tab && !article} bold={t === tab}>
              {t === tab ? `[${i + 1} ${name}]` : ` ${i + 1} ${name} `}
            </Text>
          ))}
        </Text>
        <Text dimColor wrap="truncate">
          {s ? `${s.articles.toLocaleString('en')} articles · ${s.quotes.toLocaleString('en')} quotes` : ''}
          {label ? ` · ${label}` : ''}
        </Text>
      </Box>
      <Box height={bodyH} flexDirection="column">
        {body}
      </Box>
      <LoadLine load={load} />
    </Box>
    </KeyScope>
  );
}

function LoadLine({ load }: { load: LoadState }) {
  if (load.phase === 'done' && !load.failed) return <Text> </Text>;
  const failed = load.failed ? ` · ${load.failed} failed${load.errors[0] ? ` (${load.errors[0]})` : ''}` : '';
  return (
    <Text wrap="truncate" color={load.failed ? 'yellow' : accent}>
      {load.phase === 'loading' ? `Analysing… ${load.loaded} article${load.loaded === 1 ? '' : 's'} loaded${load.current ? ` · ${load.current}` : ''}` : `Loaded ${load.loaded} articles`}
      {failed}
    </Text>
  );
}
