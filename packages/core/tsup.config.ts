import { defineConfig } from 'tsup';

export default defineConfig({
  // Two entries: the whole toolkit, and the model alone (shared code goes to a common chunk).
  entry: { index: 'src/index.ts', 'model/index': 'src/model/index.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
});
