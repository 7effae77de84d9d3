// A metamorphic check of the readers: the same document in other clothes must read the
// same. Takes real documents (the 2026 provincial reports' full_text, the statistical
// communiqués, the local targets paragraphs, commitment lists and progress notices), writes
// each one as it is and as each transformation makes it (transforms.mjs), runs the CLI on
// every version, and compares what was read: observations (indicator, kind, period,
// measure, value, unit, qualifier) and commitments (value, unit, object; status, outcome).
//
//   node scripts/metamorphic.mjs [--corpus DIR] [--work DIR] [--only a,b] [--docs REGEX]
//                                [--seed N] [--verbose] [--json FILE]
//
// kept: read the same; lost: read from the original only; changed: the same key (report,
// indicator, kind, period, measure; for a commitment: report, value, unit) read with another
// value, unit, qualifier (or object, status, outcome); added: read from the transformed only.
// Exit 1 when any transformation loses, changes or adds anything.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { TRANSFORMS, canonical } from './transforms.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const corpus = path.resolve(opt('--corpus', path.join(root, '..', 'shared', 'corpus')));
const work = path.resolve(opt('--work', path.join(process.env.TMPDIR ?? '/tmp', 'yoy-metamorphic')));
const only = opt('--only', '').split(',').filter(Boolean);
const docFilter = new RegExp(opt('--docs', '.'));
const seed = Number(opt('--seed', '20260101'));
const verbose = args.includes('--verbose');
const jsonOut = opt('--json', '');

/** The documents: { id, text, entry } where entry is the manifest entry without its path. */
function documents() {
  const out = [];
  const provinces = path.join(corpus, 'provinces-2026');
  for (const f of fs
    .readdirSync(provinces)
    .filter((f) => f.endsWith('.csv'))
    .sort()) {
    const [row] = parse(fs.readFileSync(path.join(provinces, f)), { columns: true, bom: true });
    const id = `p2026-${out.length + 1}`;
    out.push({
      id,
      text: row.full_text,
      entry: { jurisdiction_name: row.province, level: 'province', report_year: Number(row.year) },
    });
  }
  const statistics = path.join(corpus, 'statistics');
  for (const f of fs
    .readdirSync(statistics)
    .filter((f) => /communique.*\.txt$/.test(f))
    .sort()) {
    const year = Number(f.match(/\d{4}/)[0]);
    out.push({
      id: f.replace(/\.txt$/, ''),
      text: fs.readFileSync(path.join(statistics, f), 'utf8'),
      entry: {
        kind: 'statistical_communique',
        covers_year: year,
        jurisdiction: 'china',
        jurisdiction_name: '中华人民共和国',
        level: 'national',
      },
    });
  }
  const local = path.join(corpus, 'local');
  for (const f of fs
    .readdirSync(local)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const side = JSON.parse(fs.readFileSync(path.join(local, f.replace(/\.txt$/, '.json')), 'utf8'));
    const kind = side.kind === 'work_report' ? {} : { kind: side.kind };
    const year = side.kind === 'work_report' ? { report_year: side.year } : { covers_year: side.year };
    out.push({
      id: f.replace(/\.txt$/, ''),
      text: fs.readFileSync(path.join(local, f), 'utf8'),
      entry: {
        ...kind,
        ...year,
        jurisdiction: f.split('-')[0],
        jurisdiction_name: side.jurisdiction_name,
        level: side.level,
      },
    });
  }
  return out.filter((d) => docFilter.test(d.id));
}

/** A document's own part of the seed, from its id: the same document gets the same clothes whatever else is run. */
function idSeed(id) {
  let h = 0;
  for (const ch of id) h = (Math.imul(h, 31) + ch.codePointAt(0)) | 0;
  return h >>> 0;
}

/** Write the documents (transformed) and run the CLI on them; the rows of observations.csv and commitments.csv. */
function run(name, docs, transform) {
  const dir = path.join(work, name);
  const input = path.join(dir, 'input');
  const output = path.join(dir, 'output');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(input, { recursive: true });
  const reports = docs.map((d) => {
    fs.writeFileSync(path.join(input, `${d.id}.txt`), transform(d.text, seed + idSeed(d.id)));
    return { id: d.id, ...d.entry, path: `${d.id}.txt` };
  });
  fs.writeFileSync(path.join(input, 'manifest.json'), JSON.stringify({ reports }, null, 2));
  const r = spawnSync(
    process.execPath,
    [
      path.join(root, 'dist/cli/start.js'),
      '--input',
      input,
      '--output',
      output,
      '--no-views',
      '--quiet',
      '--no-cache',
      '--jobs',
      '1',
    ],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (r.status !== 0) {
    console.error(`${name}: the CLI failed (exit ${r.status})\n${r.stderr || r.stdout}`);
    process.exit(2);
  }
  const csv = (f) => parse(fs.readFileSync(path.join(output, f)), { columns: true, bom: true });
  return { observations: csv('observations.csv'), commitments: csv('commitments.csv'), input };
}

const observationKey = (o) => [o.report_id, o.indicator, o.kind, o.period, o.measure].join('|');
const observationValue = (o) => [o.value, o.unit, o.value_low, o.value_high, o.qualifier].join('|');
const commitmentKey = (c) => [c.report_id, c.year, c.value, c.unit, c.value_low, c.value_high].join('|');
const commitmentValue = (c) => [canonical(c.object), c.status, c.outcome_value, c.outcome_unit].join('|');

/**
 * Compare two lists of rows by key: rows equal in key and value are kept; of those
 * left, rows of one key are paired in order as changed; the rest are lost or added.
 */
function compare(before, after, key, value) {
  const group = (rows) => {
    const m = new Map();
    for (const r of rows) {
      const k = key(r);
      if (!m.has(k)) m.set(k, []);
      m.get(k).push(r);
    }
    return m;
  };
  const a = group(before);
  const b = group(after);
  const out = { kept: 0, lost: [], changed: [], added: [] };
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const xs = [...(a.get(k) ?? [])];
    const ys = [...(b.get(k) ?? [])];
    for (let i = xs.length - 1; i >= 0; i--) {
      const j = ys.findIndex((y) => value(y) === value(xs[i]));
      if (j >= 0) {
        out.kept++;
        xs.splice(i, 1);
        ys.splice(j, 1);
      }
    }
    while (xs.length && ys.length) out.changed.push([xs.shift(), ys.shift()]);
    out.lost.push(...xs);
    out.added.push(...ys);
  }
  return out;
}

/** Every observation's text must be the exact slice of its document as written. */
function spansHold(rows, input) {
  const texts = new Map();
  let bad = 0;
  for (const o of rows) {
    if (!o.start) continue;
    const file = path.join(input, `${o.report_id}.txt`);
    if (!texts.has(file)) texts.set(file, fs.readFileSync(file, 'utf8'));
    // the CSV sets a run of line breaks in a span as one space, and a formula's first sign after a quote
    const cell = texts
      .get(file)
      .slice(Number(o.start), Number(o.end))
      .replace(/[\r\n\u2028\u2029]+/g, ' ');
    if (cell !== o.text && `'${cell}` !== o.text) bad++;
  }
  return bad;
}

const docs = documents();
fs.mkdirSync(work, { recursive: true });
const base = run('original', docs, (t) => t);
console.log(
  `${docs.length} documents; original: ${base.observations.length} observations, ${base.commitments.length} commitments`,
);
const short = (o) => `${observationKey(o)} = ${observationValue(o)}  «${o.text.replace(/\s+/g, ' ').slice(0, 60)}»`;
const shortC = (c) =>
  `${commitmentKey(c)} ${commitmentValue(c)}  «${(c.item || c.text).replace(/\s+/g, ' ').slice(0, 50)}»`;
const table = [];
let failed = false;
for (const [name, transform] of Object.entries(TRANSFORMS)) {
  if (only.length && !only.includes(name)) continue;
  const got = run(name, docs, transform);
  const obs = compare(base.observations, got.observations, observationKey, observationValue);
  const com = compare(base.commitments, got.commitments, commitmentKey, commitmentValue);
  const spans = spansHold(got.observations, got.input);
  const line = {
    transformation: name,
    observations: { kept: obs.kept, lost: obs.lost.length, changed: obs.changed.length, added: obs.added.length },
    commitments: { kept: com.kept, lost: com.lost.length, changed: com.changed.length, added: com.added.length },
    spans_broken: spans,
  };
  table.push(line);
  if (obs.lost.length + obs.changed.length + obs.added.length + com.lost.length + com.changed.length + com.added.length)
    failed = true;
  if (spans) failed = true;
  if (verbose) {
    console.log(`\n== ${name}`);
    for (const o of obs.lost) console.log(`  lost     ${short(o)}`);
    for (const [x, y] of obs.changed) console.log(`  changed  ${short(x)}\n        -> ${short(y)}`);
    for (const o of obs.added) console.log(`  added    ${short(o)}`);
    for (const c of com.lost) console.log(`  c-lost   ${shortC(c)}`);
    for (const [x, y] of com.changed) console.log(`  c-changed ${shortC(x)}\n         -> ${shortC(y)}`);
    for (const c of com.added) console.log(`  c-added  ${shortC(c)}`);
  }
}
const fmt = (x) => `${x.kept}/${x.lost}/${x.changed}/${x.added}`;
console.log(
  '\ntransformation        observations kept/lost/changed/added   commitments kept/lost/changed/added   spans broken',
);
for (const l of table)
  console.log(
    `${l.transformation.padEnd(22)}${fmt(l.observations).padEnd(39)}${fmt(l.commitments).padEnd(38)}${l.spans_broken}`,
  );
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(table, null, 2));
process.exit(failed ? 1 : 0);
