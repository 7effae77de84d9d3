// npm run diff -- OLD_DIR NEW_DIR [--changes FILE]
// What changed between two releases, for data-release notes: observations added,
// removed or changed, and targets whose status flipped. Printed as text and
// written as changes.csv, beside the new release (in NEW_DIR) unless --changes
// says where.
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { textCell } from '../format/csv.js';
import { YoyError } from '../core/errors.js';
import { writeAtomic } from '../core/atomic.js';
import { strictArgs, userPath, runMain } from './args.js';

const USAGE = `yoy diff — what changed between two releases, for data-release notes

usage: npm run diff -- OLD_DIR NEW_DIR [--changes FILE]

  OLD_DIR, NEW_DIR   two release directories (each with bundle.json)
  --changes FILE     where to write changes.csv (default: NEW_DIR/changes.csv, beside the new release)
  -h, --help

exit status: 0 success; 2 wrong usage, or a directory that holds no release`;

interface Obs {
  report_id: string;
  indicator: string;
  kind: string;
  period: number;
  measure: string;
  value: number | null;
  unit: string;
  qualifier: string;
  target_ref?: string | null;
  text: string;
}
interface Tva {
  jurisdiction: string;
  indicator: string;
  measure: string;
  year: number;
  status: string;
  target_qualifier: string | null;
  target_ref?: string | null;
  target_value: number | null;
  target_low: number | null;
  target_high: number | null;
  actual: number | null;
  unit: string;
}

export interface Change {
  change: 'added' | 'removed' | 'changed' | 'status_flipped';
  table: 'observations' | 'targets_vs_actuals';
  key: string;
  old: string;
  new: string;
  text: string;
}

function load(dir: string): { observations: Obs[]; targets_vs_actuals: Tva[] } {
  const file = path.join(dir, 'bundle.json');
  if (!fs.existsSync(file)) throw new Error(`${dir} holds no release (no bundle.json)`);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

// a target set in words has no value: its qualifier, read out, and what it refers to
// are what it says ("in step with gdp")
export const inWords = (qualifier: string, ref?: string | null) =>
  `${qualifier.replaceAll('_', ' ')}${ref ? ` ${ref}` : ''}`;

const figure = (o: Obs) =>
  o.value === null
    ? `(${inWords(o.qualifier, o.target_ref)})`
    : `${o.value}${o.unit}${o.qualifier !== 'exact' ? ` (${o.qualifier})` : ''}`;

/** A target as a reader says it: its value or range, or, set in words, what it references. */
export function targetShown(r: Tva): string {
  if (r.target_qualifier === 'range' && r.target_low !== null && r.target_high !== null)
    return `target ${r.target_low}–${r.target_high}`;
  if (r.target_value !== null) return `target ${r.target_value}`;
  return r.target_qualifier ? `target ${inWords(r.target_qualifier, r.target_ref)}` : 'no target';
}

function group<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    if (!m.has(k)) m.set(k, []);
    m.get(k)!.push(x);
  }
  return m;
}

export function diffReleases(oldDir: string, newDir: string): Change[] {
  const a = load(oldDir),
    b = load(newDir);
  const changes: Change[] = [];
  const okey = (o: Obs) => `${o.report_id} ${o.indicator} ${o.kind} ${o.period} ${o.measure}`;
  const ga = group(a.observations, okey),
    gb = group(b.observations, okey);
  for (const k of [...new Set([...ga.keys(), ...gb.keys()])].sort()) {
    const x = ga.get(k) ?? [],
      y = gb.get(k) ?? [];
    const fx = x.map(figure).sort().join('; '),
      fy = y.map(figure).sort().join('; ');
    if (fx === fy) continue;
    const change = !x.length ? 'added' : !y.length ? 'removed' : 'changed';
    changes.push({ change, table: 'observations', key: k, old: fx, new: fy, text: (y[0] ?? x[0]).text });
  }
  const tkey = (r: Tva) => `${r.jurisdiction} ${r.indicator} ${r.measure} ${r.year}`;
  const ta = new Map(a.targets_vs_actuals.map((r) => [tkey(r), r])),
    tb = new Map(b.targets_vs_actuals.map((r) => [tkey(r), r]));
  for (const k of [...new Set([...ta.keys(), ...tb.keys()])].sort()) {
    const x = ta.get(k),
      y = tb.get(k);
    if ((x?.status ?? '') === (y?.status ?? '')) continue;
    const show = (r?: Tva) => (r ? `${r.status} (${targetShown(r)}, actual ${r.actual ?? '—'} ${r.unit})` : '');
    changes.push({
      change: 'status_flipped',
      table: 'targets_vs_actuals',
      key: k,
      old: show(x),
      new: show(y),
      text: '',
    });
  }
  return changes;
}

function main(): number {
  const { values: a, positionals } = strictArgs(
    process.argv.slice(2),
    { changes: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    true,
  );
  if (a.help) return (void console.log(USAGE), 0);
  if (positionals.length !== 2)
    throw new YoyError('USAGE', `diff takes two release directories (OLD_DIR NEW_DIR); ${positionals.length} given`);
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const [oldDir, newDir] = positionals.map(userPath);
  let changes: Change[];
  try {
    changes = diffReleases(oldDir, newDir);
  } catch (e) {
    throw new YoyError('USAGE', (e as Error).message);
  }
  const count = (c: string) => changes.filter((x) => x.change === c).length;
  console.log(
    `${path.relative(cwd, oldDir) || '.'} → ${path.relative(cwd, newDir) || '.'}: ${count('added')} observations added, ${count('removed')} removed, ${count('changed')} changed; ${count('status_flipped')} target statuses flipped`,
  );
  for (const c of changes) console.log(`  ${c.change.padEnd(14)} ${c.key}: ${c.old || '—'} → ${c.new || '—'}`);
  const out = a.changes ? path.resolve(cwd, a.changes) : path.join(newDir, 'changes.csv');
  const rows = changes.map((c) => [c.change, c.table, c.key, c.old, c.new, c.text].map((v) => textCell(v)));
  writeAtomic(
    out,
    '\ufeff' +
      stringify([['change', 'table', 'key', 'old', 'new', 'text'], ...rows], {
        record_delimiter: '\r\n',
        quoted_match: /[\r\n]/,
      }),
  );
  console.log(`${changes.length} changes written to ${out}`);
  return 0;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1])))
  await runMain('yoy diff', main, { help: 'npm run diff -- --help' });
