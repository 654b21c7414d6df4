// Source-mode worker entry (development and tests, where the worker is TypeScript): register
// tsx's loader in this thread, then hand piscina the real worker's default export.
import { workerData } from 'node:worker_threads';

const { register } = await import(workerData.tsxApi);
register();
const mod = await import(workerData.entry);
export default mod.default;
