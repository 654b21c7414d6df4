// `lede show` must start fast (#14: < 300 ms, measured by `pnpm bench --suite cli`): its start-up is
// module loading, so it must not load the analyzers, the worker pool (piscina) or zod. A resolve
// hook in the child process lists every module it loads; this fails if an import brings them back.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { analyze } from '@lede/core';
import { openStore } from '@lede/store';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repo } from './run-cli.js';

const run = promisify(execFile);
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-show-modules-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('lede show loads neither the analyzers, piscina nor zod', async () => {
  const db = path.join(dir, 'show.db');
  const store = await openStore({ db });
  await store.add(analyze({ id: 'ferry', title: 'Ferry strike ends', text: 'The ferry strike ended on Friday. "We are glad," said Ann Holt, a union official.' }));
  await store.close();

  const log = path.join(dir, 'modules.txt');
  const hooks = path.join(dir, 'hooks.mjs');
  fs.writeFileSync(hooks, `import fs from 'node:fs';\nexport async function resolve(spec, ctx, next) { const r = await next(spec, ctx); fs.appendFileSync(${JSON.stringify(log)}, r.url + '\\n'); return r; }\n`);
  const register = path.join(dir, 'register.mjs');
  fs.writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  const tsx = pathToFileURL(path.join(repo, 'node_modules/tsx/dist/loader.mjs')).href;
  const cli = path.join(repo, 'apps/tui/src/cli.ts');
  const { stdout } = await run(process.execPath, ['--import', tsx, '--import', pathToFileURL(register).href, '--conditions=source', cli, 'show', 'ferry', '--db', db], { encoding: 'utf8' });
  expect(stdout).toContain('Ferry strike ends');
  expect(stdout).toContain('Ann Holt');

  const loaded = fs.readFileSync(log, 'utf8').split('\n');
  expect(loaded.some((u) => u.includes('better-sqlite3'))).toBe(true); // the hook saw the store open
  const heavy = loaded.filter((u) => /\/(zod|piscina|wink-nlp|wink-eng-lite-web-model)\//.test(u) || /packages\/core\/src\/(index|pipeline\/)/.test(u));
  expect([...new Set(heavy)]).toEqual([]);
});
