/**
 * The reader's static files (CSS, JS), read once from apps/server/assets: served from this
 * server only (no CDN, works offline), named by content hash so they can be cached for good.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Asset { name: string; type: string; body: Buffer; hash: string }

const types: Record<string, string> = { '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** The assets folder: beside dist/ when built, two levels above src/web/ when run from source. */
function assetDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = path.join(dir, 'assets');
    if (fs.existsSync(path.join(candidate, 'reader.css'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('the web reader assets (assets/reader.css) were not found beside the server package');
}

let cache: Map<string, Asset> | undefined;

export function assets(): Map<string, Asset> {
  if (cache) return cache;
  const dir = assetDir();
  cache = new Map();
  for (const name of fs.readdirSync(dir)) {
    const type = types[path.extname(name)];
    if (!type) continue;
    const body = fs.readFileSync(path.join(dir, name));
    cache.set(name, { name, type, body, hash: crypto.createHash('sha256').update(body).digest('hex').slice(0, 12) });
  }
  return cache;
}

/** The URL of an asset, with its hash so a new version is never read from a stale cache. */
export function assetUrl(name: string): string {
  const a = assets().get(name);
  return `/assets/${name}?v=${a?.hash ?? '0'}`;
}
