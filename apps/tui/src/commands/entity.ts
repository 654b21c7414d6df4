import type { Command } from 'commander';
import { formatOf, printError, storeOptions, withStore, type StoreCliOptions } from './store-cli.js';

/** The Wikidata id of a corpus key; the internal `TYPE:name` keys are never shown (#14). */
const wikidataOf = (key: string) => (key.startsWith('wikidata:') ? key.slice(9) : undefined);

/**
 * `lede entity NAME`: one corpus entity and why its names were merged: the names folded into it
 * (with the articles that used only that name) and the surname evidence (articles naming the
 * person in full, then by surname alone).
 */
export function registerEntity(program: Command): void {
  storeOptions(
    program
      .command('entity')
      .description('one corpus entity: its names, the articles behind each merge, and its top articles')
      .argument('<name>', 'entity name (any of its names) or key'),
  ).action(async (name: string, opts: StoreCliOptions) => {
    process.exitCode = await withStore(opts, async (store) => {
      const e = await store.entity(name);
      if (!e) {
        printError(new Error(`no entity named "${name}"`));
        process.exitCode = 1;
        return;
      }
      const format = formatOf(opts);
      if (format === 'json' || format === 'jsonl') {
        const { key, mergedNames, ...rest } = e;
        const wikidata = wikidataOf(key);
        const shown = { ...rest, ...(wikidata && { wikidata }), mergedNames: mergedNames.map(({ key: _key, ...m }) => m) };
        process.stdout.write(format === 'json' ? JSON.stringify(shown, null, 2) + '\n' : JSON.stringify(shown) + '\n');
        return;
      }
      const list = (ids: string[]) => (ids.length > 8 ? `${ids.slice(0, 8).join(', ')} … (+${ids.length - 8})` : ids.join(', '));
      const wikidata = wikidataOf(e.key);
      const out = [`${e.name}  ${e.type}${wikidata ? `  wikidata ${wikidata}` : ''}`, `${e.articles} articles, ${e.mentions} mentions`];
      if (e.mergedNames.length) {
        out.push('', 'merged names (articles that used only that name):');
        for (const m of e.mergedNames) out.push(`  ${m.name} (${m.articles.length}): ${list(m.articles)}`);
      }
      if (e.surnames.length) {
        out.push('', 'evidence (articles naming them in full, then by surname alone):');
        for (const s of e.surnames) out.push(`  "${s.surname}" (${s.articles.length}): ${list(s.articles)}`);
      }
      if (e.topArticles.length) {
        out.push('', 'top articles:');
        for (const a of e.topArticles) out.push(`  ${a.id}${a.title ? `  ${a.title}` : ''}`);
      }
      process.stdout.write(out.join('\n') + '\n');
    });
  });
}
