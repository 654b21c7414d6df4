// Child process for crash.test.ts: writes batches of articles forever, reporting each commit,
// until the parent kills it with SIGKILL.
import { openStore, prepareArticle } from '../src/index.js';
import { corpus, fixture } from './fixtures.js';

const store = await openStore({ db: process.argv[2]! });
const vocab = 'harbour council tender ferry bridge budget strike orchard vaccine tariff rally drought museum verdict pension'.split(' ');
let seed = 7;
const word = () => vocab[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % vocab.length]!;
for (let batch = 0; ; batch++) {
  const items = [];
  for (let i = 0; i < 100; i++) {
    const spec = corpus[i % corpus.length]!;
    // Distinct content per article (random words), so none is a (near-)duplicate of another.
    const extra = Array.from({ length: 60 }, word).join(' ');
    items.push(prepareArticle(fixture({ ...spec, id: `${spec.id}-${batch}-${i}`, text: `${extra}\n\n${spec.text}` })));
  }
  await store.addMany(items);
  process.stdout.write(`committed ${batch}\n`);
}
