import { defineConfig } from 'tsup';

// The analysis worker is its own entry so the pool finds dist/analyze-worker.js beside dist/index.js.
// `read` is openStore and the CSV encoder: read commands (`lede show`, queries) import it without
// the batch ingest, the worker pool or zod (the record validator), which the full index brings.
export default defineConfig({
  entry: { index: 'src/index.ts', read: 'src/read.ts', 'analyze-worker': 'src/batch/analyze-worker.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts', read: 'src/read.ts' } },
  clean: true,
  sourcemap: true,
  target: 'node20',
});
