import { createRequire } from 'node:module';

/** The package version, for /openapi.json (read at run time so builds need no JSON import). */
export const version: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
