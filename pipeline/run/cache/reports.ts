// A content-hash cache of each report's extraction. The key covers everything the
// result depends on: the report's bytes and its place (id, jurisdiction, year),
// the dictionary, the tool version and the extraction code itself. The jurisdiction's
// name is part of it: a report reads its own name as the subject of a figure. A missing or
// damaged entry is simply recomputed, so the cache is safe to delete.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { writeAtomic } from '../../core/atomic.js';

const sha = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

export function cacheKey(
  base: string,
  contentHash: string,
  id: string,
  jurisdiction: string,
  reportYear: number,
  docKind: string,
  jurisdictionName = '',
): string {
  return sha(`${base}|${contentHash}|${id}|${jurisdiction}|${reportYear}|${docKind}|${jurisdictionName}`);
}

export function readCache<T>(dir: string, key: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, key.slice(0, 2), `${key}.json`), 'utf8')) as T;
  } catch {
    return undefined;
  }
}

export function writeCache(dir: string, key: string, value: unknown): void {
  try {
    writeAtomic(path.join(dir, key.slice(0, 2), `${key}.json`), JSON.stringify(value), { durable: false });
  } catch {
    // a cache that cannot be written only costs time
  }
}
