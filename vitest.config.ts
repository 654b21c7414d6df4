import { defineConfig } from 'vitest/config';

// One run over every workspace package; `source` makes workspace imports resolve to src/, so tests
// need no build of the package under test.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['packages/*/test/**/*.test.{ts,tsx}', 'apps/*/test/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
  },
});
