import { defineConfig } from 'tsup';

// The analysis worker is its own entry so the pool finds dist/analyze-worker.js beside dist/index.js.
export default defineConfig({
  entry: { index: 'src/index.ts', 'analyze-worker': 'src/batch/analyze-worker.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  sourcemap: true,
  target: 'node20',
});
