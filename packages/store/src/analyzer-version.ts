import { createRequire } from 'node:module';

/**
 * The analyzer version recorded with each stored article (`@lede/core@x.y.z`), so a store knows
 * which articles an upgrade left behind (`lede add --reanalyze` replaces them).
 */
export const ANALYZER_VERSION: string = (() => {
  try {
    return `@lede/core@${(createRequire(import.meta.url)('@lede/core/package.json') as { version: string }).version}`;
  } catch {
    return '@lede/core@unknown';
  }
})();
