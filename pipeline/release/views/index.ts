// The views people open: a workbook and a page, written from the release read
// back. Their libraries (exceljs, vega) are loaded only when views are written.
import fs from 'node:fs';
import path from 'node:path';
import { TABLES, withYears, type TableDef } from '../../format/tables.js';
import type { Pivot } from '../../derive/pivot.js';
import type { Release } from '../read.js';

export interface ViewOptions {
  /** report.html draws charts for at most this many jurisdictions */
  reportMaxJurisdictions: number;
  tolerance: { pp: number; levelPct: number };
}

export async function writeViews(release: Release, dir: string, opts: ViewOptions): Promise<string[]> {
  const { workbook } = await import('./xlsx.js');
  const { reportHtml } = await import('./report-html.js');
  const sheets = TABLES.filter((t) => t.workbook).map((t): [TableDef, object[]] => {
    if (!t.pivot) return [t, t.rows!(release)];
    const p = t.pivot(release.derived) as Pivot;
    return [withYears(t, p.years), p.rows];
  });
  fs.writeFileSync(path.join(dir, 'yoy.xlsx'), await workbook(sheets, release.meta.created));
  fs.writeFileSync(path.join(dir, 'report.html'), await reportHtml(release, { maxJurisdictions: opts.reportMaxJurisdictions, tolerance: opts.tolerance }));
  return ['yoy.xlsx', 'report.html'];
}
