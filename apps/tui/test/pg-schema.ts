import pg from 'pg';

/** The PostgreSQL test server (LEDE_PG_URL); PostgreSQL tests skip without it. */
export const pgUrl = process.env.LEDE_PG_URL;

/** A connection URL onto `schema`, dropped and recreated first (each test file takes its own, so files run at once). */
export async function freshSchema(schema: string): Promise<string> {
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
  await client.end();
  const u = new URL(pgUrl!);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}
