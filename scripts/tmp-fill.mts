import { ingestCorpus, openStore } from '@lede/store';
import { readJsonl } from './lib/shared.js';
const arts = readJsonl<{id:string;title:string;text:string}>('/work/shared/corpus/bbc.jsonl');
const store = await openStore({ db: '/tmp/bbc.db' });
const s = await ingestCorpus(store, arts.map(a => ({ ok: true as const, record: a.id, article: { id: a.id, title: a.title, text: a.text } })));
console.log(s);
await store.close();
