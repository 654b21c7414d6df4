// Runs one suite and prints its rows as the last line of JSON (see run.ts).
import path from 'node:path';
import { repoRoot, requireShared } from '../lib/shared.js';
import type { BenchSuite } from './suite.js';

const [name, mode] = process.argv.slice(2);
const { suite } = (await import(path.join(repoRoot, 'scripts/bench/suites', `${name}.ts`))) as { suite: BenchSuite };
const rows = await suite.run({ shared: requireShared('pnpm bench'), quick: mode === 'quick' });
rows.push({ metric: 'peak RSS', value: process.resourceUsage().maxRSS / 1024, unit: 'MiB' });
console.log(JSON.stringify(rows));
