// A folder of documents as people keep them: one manifest entry whose `path` is a
// glob (provinces-2025/*.docx), one document per file. Each file's jurisdiction is
// the division its file name names (2025年四川省政府工作报告.docx → 四川省, resolved
// to its code, level and parent with the rest of the manifest), and its year is the
// entry's, or the one year its file name holds.
import path from 'node:path';
import { YoyError } from '../core/errors.js';
import type { DocKind, ManifestFolder } from '../core/model.js';
import { divisionNamesIn, type DivisionLevel } from './divisions.js';
import { slugOf } from './jurisdiction-slug.js';
import { expandPath, relPath } from './paths.js';
import { loadSingle } from './single.js';
import type { LoadOptions } from './index.js';

/** The ids' last part for the kinds other than a work report (a communiqué of 2025 is sichuan-2025-communique). */
const ID_SUFFIX: Record<DocKind, string> = {
  work_report: '',
  statistical_communique: '-communique',
  progress: '-progress',
  commitments: '-commitments',
  series: '-series',
};

/** A year of the file name, standing alone (2025 in 2025年…, never 20251 or 1202). */
const YEAR_IN_NAME = /(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/g;

export function loadFolder(dir: string, realDir: string, e: ManifestFolder, manifestFile: string, opts: LoadOptions) {
  const kind: DocKind = e.kind ?? 'work_report';
  const ids = new Set<string>();
  return expandPath(dir, relPath(e.path), manifestFile).map((rel) => {
    const base = path.basename(rel, path.extname(rel));
    const display = path.join(dir, rel);
    const year = e.report_year ?? e.covers_year ?? yearInName(base, display);
    const name = jurisdictionInName(base, e, display);
    const jurisdiction = e.jurisdictions?.[name] ?? slugOf(name);
    if (!jurisdiction)
      throw new YoyError(
        'MANIFEST_INVALID',
        `no id can be made from the jurisdiction name "${name}": give it in the entry's "jurisdictions" map ({ "${name}": "an-id" })`,
        manifestFile,
      );
    let id = `${jurisdiction}-${year}${ID_SUFFIX[kind]}`;
    for (let n = 2; ids.has(id); n++) id = `${jurisdiction}-${year}${ID_SUFFIX[kind]}-${n}`;
    ids.add(id);
    const entry = {
      ...e,
      path: rel,
      id,
      jurisdiction,
      jurisdiction_name: name,
      ...(kind === 'work_report' ? { report_year: year } : { covers_year: year }),
    };
    return loadSingle(dir, realDir, entry, manifestFile, opts);
  });
}

function yearInName(base: string, display: string): number {
  const years = [...new Set([...base.matchAll(YEAR_IN_NAME)].map((m) => Number(m[1])))];
  if (years.length === 1) return years[0];
  throw new YoyError(
    'MANIFEST_INVALID',
    years.length
      ? `the file name holds several years (${years.join(', ')}): give the entry's "report_year" or "covers_year", or one entry per file`
      : `the file name holds no year: give the entry's "report_year" or "covers_year", or name the file with its year`,
    display,
  );
}

/** The jurisdiction's name: the one the entry's `jurisdictions` map knows, else the division the file name names. */
function jurisdictionInName(base: string, e: ManifestFolder, display: string): string {
  const known = Object.keys(e.jurisdictions ?? {}).filter((n) => base.includes(n));
  if (known.length) return known.sort((a, b) => b.length - a.length)[0];
  const level = e.level && e.level !== 'national' ? (e.level as DivisionLevel) : undefined;
  const names = divisionNamesIn(base, level);
  if (names.length === 1) return names[0];
  throw new YoyError(
    names.length ? 'DIVISION_AMBIGUOUS' : 'DIVISION_UNKNOWN',
    names.length
      ? `the file name names several divisions (${names.join(', ')}): say which in the entry's "jurisdictions" map ({ "${names[0]}": "an-id" }), or give the file an entry of its own`
      : `the file name names no division${level ? ` of level ${level}` : ''}: put the jurisdiction's name in the file name, or give the file an entry of its own`,
    display,
  );
}
