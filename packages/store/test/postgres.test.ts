import { describe, expect, it } from 'vitest';
import { openStore } from '../src/index.js';
import { storeContract } from './contract.js';
import { dataContract } from './contract-data.js';
import { freshSchema as freshSchemaOf, pgUrl } from './pg-schema.js';

// Runs when LEDE_PG_URL points at a PostgreSQL database we may write to; the tests work in
// their own schema (lede_test), dropped and recreated for each test.
const url = pgUrl;
// LEDE_PG_SCHEMA lets concurrent runs (several worktrees on one server) keep apart.
const schema = process.env.LEDE_PG_SCHEMA ?? 'lede_test';

const freshSchema = (): Promise<string> => freshSchemaOf(schema);

describe.skipIf(!url)('postgres', () => {
  storeContract('postgres', async () => openStore({ db: await freshSchema() }));
  dataContract('postgres', async () => openStore({ db: await freshSchema() }));

  it('creates the schema once and reopens without migrating again', async () => {
    const db = await freshSchema();
    const a = await openStore({ db });
    const b = await openStore({ db });
    expect(await b.stats()).toEqual({ articles: 0, quotes: 0, entities: 0, duplicates: 0 });
    // No password in what we print: it is masked.
    const password = new URL(url!).password;
    if (password) expect(b.location).not.toContain(`:${password}@`);
    expect(b.location).not.toMatch(/:(?!\*\*\*@)[^:@/]+@/);
    await a.close();
    await b.close();
  });
});

describe('postgres URL errors', () => {
  it('reports an unreachable server as a typed error naming db, without the password', async () => {
    const err = await openStore({ db: 'postgres://lede:s3cret@127.0.0.1:1/nowhere' }).catch((e) => e);
    expect(err).toMatchObject({ code: 'STORE_ERROR', field: 'db' });
    expect(err.message).not.toContain('s3cret');
  });
});
