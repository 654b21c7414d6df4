import { storeError } from '../errors.js';
import type { LedeStore } from '../types.js';
export async function openPostgresStore(_url: string): Promise<LedeStore> {
  throw storeError('postgres: not yet implemented', 'db');
}
