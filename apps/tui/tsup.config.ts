import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/cli.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  clean: true,
  sourcemap: true,
  target: 'node20',
  // `lede browse` must reach its first frame fast: Ink, React and their ~60 small modules (several
  // CommonJS, which Node would scan file by file) are bundled into the CLI's chunks instead of being
  // resolved and read at start-up. React runs its production build, as a shipped CLI should.
  noExternal: ['ink', 'react', 'chalk'],
  external: ['react-devtools-core'], // Ink loads it only when DEV=true
  define: { 'process.env.NODE_ENV': '"production"' },
  // Bundled CommonJS calls require() for Node built-ins; give the ESM bundle one.
  banner: { js: "import { createRequire as __ledeCreateRequire } from 'node:module'; const require = __ledeCreateRequire(import.meta.url);" },
});
