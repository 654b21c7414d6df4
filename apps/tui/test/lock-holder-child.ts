// A writer caught in the middle of a batch, for lock-wait.test.ts: it adds one article through the
// real store, and the first read of that article (inside the write transaction, after the store
// recorded itself as the writer) blocks until the file named by argv[3] exists.
import fs from 'node:fs';
import { analyze } from '@lede/core';
import { openStore, prepareArticle } from '@lede/store';

const [db, release] = process.argv.slice(2) as [string, string];
const store = await openStore({ db });
const prepared = prepareArticle(analyze({ id: 'harbour-1', text: 'The harbour reopened on Monday. "Boats are back," said Ann Holt, the harbour master.' }));
const tick = new Int32Array(new SharedArrayBuffer(4));
let held = false;
const slow = new Proxy(prepared, {
  get(target, key, receiver) {
    if (!held) {
      held = true;
      fs.writeSync(1, 'locked\n');
      while (!fs.existsSync(release)) Atomics.wait(tick, 0, 0, 20);
    }
    return Reflect.get(target, key, receiver);
  },
});
const [result] = await store.addMany([slow]);
fs.writeSync(1, `${result!.status}\n`);
await store.close();
