// Source-mode worker entry (tests, bench from TypeScript): register tsx's loader in this worker
// thread, then hand piscina the real worker's default export. Built code never needs this.
import { workerData } from 'node:worker_threads';

const { register } = await import(workerData.tsxApi);
register();
const mod = await import(workerData.entry);
export default mod.default;
