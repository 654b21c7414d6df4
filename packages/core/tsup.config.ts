import { defineConfig } from 'tsup';

export default defineConfig({
  // Three entries: the whole toolkit, the model alone, and its zod-free base (shared code goes to a common chunk).
  entry: { index: 'src/index.ts', 'model/index': 'src/model/index.ts', base: 'src/base.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
});
