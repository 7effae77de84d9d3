// The release waits for its end in part files beside it (release/part-lines.ts: the
// pivots' rows, the bundle's reports with their accounts) and leaves none behind; the
// run keeps the reports without their accounts, bundle.json has them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { RELEASE } from './helpers.js';

describe('the part files of a release', () => {
  it('are gone once the release is written, and bundle.json has every report with its account', () => {
    const left = fs.readdirSync(RELEASE, { recursive: true }).filter((f) => path.basename(String(f)).startsWith('.'));
    expect(left).toEqual([]);
    const bundle = JSON.parse(fs.readFileSync(path.join(RELEASE, 'bundle.json'), 'utf8')) as {
      reports: Array<{ id: string; kind: string; account?: { numbers: number } }>;
      counts: { reports: number };
    };
    expect(bundle.reports.length).toBe(bundle.counts.reports);
    const prose = bundle.reports.filter((r) => r.kind !== 'series');
    expect(prose.length).toBeGreaterThan(50);
    for (const r of prose) expect(r.account, r.id).toBeDefined();
  });
});
