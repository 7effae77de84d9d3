// Scores the commitments reader and matcher on held-out whole work reports
// (test/fixtures/heldout/commitments): the promises of a year's plan in one report, and
// the outcomes the next year's report states. Builds an input directory from the corpus
// files the labels name (a 2026 report's full_text taken out of its CSV, a 2025 .docx
// copied as it is, the national collection's .jsonl read for the years labelled), runs
// the CLI on it, and reads commitments.csv and review.csv.
//
//   node scripts/heldout-commitments.mjs [--labels FILE] [--work DIR] [--no-run] [--verbose]
//
// found: a labelled promise read with its value and unit. matched: a labelled outcome set
// beside its promise. wrong: an outcome set beside a promise that the labels do not pair
// it with (a neutral pair, fair either way, is neither). extra: commitments of the plan
// that no label names, listed for a person to judge (a spurious one is a precision miss).
// traps (where the labels have them): figures that must not be a promise's outcome.
// A document may say its kind (progress, with covers_year) as a manifest entry does.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { collectionEntry } from './collection-entry.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const labelsFile = path.resolve(opt('--labels', path.join(root, 'test/fixtures/heldout/commitments/provinces.json')));
const work = path.resolve(opt('--work', path.join(process.env.TMPDIR ?? '/tmp', 'yoy-heldout-commitments')));
const verbose = args.includes('--verbose');
const labels = JSON.parse(fs.readFileSync(labelsFile, 'utf8'));

const input = path.join(work, 'input');
const output = path.join(work, 'output');
if (!args.includes('--no-run')) {
  fs.rmSync(input, { recursive: true, force: true });
  fs.mkdirSync(input, { recursive: true });
  const reports = [];
  const collections = new Map(); // a .jsonl collection (the national reports): read for the years labelled
  for (const d of labels.documents) {
    const source = path.resolve(root, d.source);
    if (source.endsWith('.jsonl')) {
      const c = collections.get(source) ?? { d, years: [] };
      c.years.push(d.year);
      collections.set(source, c);
      continue;
    }
    let file = `${d.id}${path.extname(source)}`;
    if (source.endsWith('.csv')) {
      const [row] = parse(fs.readFileSync(source), { columns: true, bom: true });
      file = `${d.id}.txt`;
      fs.writeFileSync(path.join(input, file), row.full_text);
    } else fs.copyFileSync(source, path.join(input, file));
    reports.push({
      id: d.id,
      jurisdiction: d.jurisdiction,
      jurisdiction_name: d.name,
      level: d.level ?? 'province',
      report_year: d.year,
      path: file,
      // a progress notice says so, with the year it covers
      ...(d.kind && { kind: d.kind }),
      ...(d.covers_year && { covers_year: d.covers_year }),
      ...(d.as_of && { as_of: d.as_of }),
      // a name that several divisions share (朝阳区) says its code
      ...(d.division_code && { division_code: d.division_code }),
    });
  }
  // as the default manifest reads it: one entry, its documents named <jurisdiction>-<year>
  for (const [source, { d, years }] of collections)
    reports.push(
      collectionEntry(source, input, {
        jurisdiction: d.jurisdiction,
        name: d.name,
        level: d.level,
        years: [Math.min(...years), Math.max(...years)],
      }),
    );
  fs.writeFileSync(path.join(input, 'manifest.json'), JSON.stringify({ reports }, null, 2));
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'dist/cli/start.js'), '--input', input, '--output', output, '--no-views', '--quiet', '--no-cache'],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) {
    console.error(r.stderr || r.stdout);
    process.exit(1);
  }
}

const csv = (name) => parse(fs.readFileSync(path.join(output, name)), { columns: true, bom: true });
const rows = csv('commitments.csv');
const review = csv('review.csv').filter((r) => r.indicator === 'commitment');
const num = (s) => (s === '' ? null : Number(s));
const yearOf = (doc) => labels.documents.find((d) => d.id === doc).year;
// a label's words against a cell's: a label copied from a text cut into lines keeps its line breaks, which a cell
// of the CSV holds as spaces; neither says anything of the figure
const flat = (s) => s.replace(/\s+/g, '');
const has = (cell, at) => flat(cell).includes(flat(at));
// 套（间）: a unit with its other name in brackets is the unit
const plainUnit = (u) => u.replace(/\/.*$/, '').replace(/[（(][^（()）]*[)）]$/, '');
// 提升30万农村人口…: a label may write the multiplier alone as the unit (万) where the reader writes it with the
// word the text counts in (万人, its 人 from 人口): one unit, where the label's words hold that word
const MULTIPLIER = /^[万亿]$/;
const sameUnit = (rowUnit, l) =>
  plainUnit(rowUnit) === plainUnit(l.unit) ||
  // (完成52个村…工程: a label may write the measure word with the noun it counts, 个村, as it stands in its words)
  (rowUnit !== '' && l.unit.startsWith(rowUnit) && l.at.includes(`${l.value}${l.unit}`)) ||
  (MULTIPLIER.test(l.unit) &&
    rowUnit.length > l.unit.length &&
    rowUnit.startsWith(l.unit) &&
    l.at.includes(rowUnit.slice(l.unit.length)));

// the text of a document of the input, by its id
const docTexts = new Map();
const docText = (id) => {
  if (!docTexts.has(id)) {
    const file = fs.readdirSync(input).find((f) => f.startsWith(`${id}.`));
    docTexts.set(id, file ? fs.readFileSync(path.join(input, file), 'utf8') : '');
  }
  return docTexts.get(id);
};
// where a label's words stand in its document, if they stand there once
const atOnce = (l) => {
  const text = docText(l.doc);
  const at = text.indexOf(l.at);
  return at < 0 || text.indexOf(l.at, at + 1) >= 0 ? undefined : at;
};
const spanInside = (row, o) => {
  const at = atOnce(o);
  return (
    at !== undefined &&
    row.outcome_start !== '' &&
    Number(row.outcome_start) >= at &&
    Number(row.outcome_end) <= at + o.at.length
  );
};

// a label's promise: a row of its document and year, in the sentence, with its value and unit
const foundOf = new Map();
const missed = [];
for (const l of labels.commitments) {
  const candidates = rows.filter(
    (r) =>
      r.report_id === l.doc &&
      Number(r.year) === yearOf(l.doc) &&
      (has(r.text, l.at) || has(l.at, r.item)) &&
      num(r.value) === l.value &&
      sameUnit(r.unit, l) &&
      ![...foundOf.values()].includes(r),
  );
  // (two promises of one sentence with the same figure, 新培育智能工厂200家、省级绿色工厂200家以上: the one whose own
  // words lie inside the label's)
  const row = candidates.find((r) => has(l.at, r.item)) ?? candidates[0];
  if (row) foundOf.set(l.key, row);
  else missed.push(`${l.key} ${l.at}`);
}
// an outcome labelled without a figure (value null: 全面完成) is the row done without one
// (…and a label's words that run over a sentence's end, （六）公厕建设改造。新建改造公厕25座, hold the outcome where the
// outcome's span lies inside them, where they stand once in the notice)
const isOutcome = (row, o) =>
  row.outcome_report_id === o.doc &&
  (o.value === null
    ? row.status === 'done_no_figure' && (has(row.outcome_sentence, o.at) || has(o.at, row.outcome_text))
    : (has(row.outcome_sentence, o.at) || spanInside(row, o)) && num(row.outcome_value) === o.value);
let matched = 0;
const unmatched = [];
for (const o of labels.outcomes) {
  const row = foundOf.get(o.commitment);
  if (row && isOutcome(row, o)) matched++;
  else {
    const inReview = review.some((v) => has(v.sentence, o.at) && (o.value === null || num(v.value) === o.value));
    unmatched.push(`${o.commitment} <- ${o.at}${inReview ? ' (in review.csv)' : ''}`);
  }
}
const planDocs = new Set(labels.commitments.map((c) => c.doc));
// (each wrong one says which of two kinds it is, where it is one: the labels leave its promise out, so it may be right;
// or it is the labelled figure of its promise, from the labelled document, at another span than the label's, as a
// table's cell beside the prose the label quotes; never one equal to the promise's own figure, which may restate it)
const wrong = [];
const wrongKinds = { unlabelled: 0, elsewhere: 0 };
for (const r of rows) {
  if (!planDocs.has(r.report_id) || Number(r.year) !== yearOf(r.report_id)) continue;
  if (!r.outcome_report_id || r.outcome_kind === 'list_done') continue;
  const key = [...foundOf.entries()].find(([, row]) => row === r)?.[0];
  const pairs = [...labels.outcomes, ...(labels.neutral_outcomes ?? [])].filter((o) => o.commitment === key);
  if (pairs.some((o) => isOutcome(r, o))) continue;
  const elsewhere = labels.outcomes.some(
    (o) =>
      o.commitment === key &&
      o.doc === r.outcome_report_id &&
      o.value !== null &&
      num(r.outcome_value) === o.value &&
      num(r.value) !== o.value,
  );
  const kind = key === undefined ? 'unlabelled' : elsewhere ? 'elsewhere' : undefined;
  if (kind) wrongKinds[kind]++;
  const why = { unlabelled: ' (a promise the labels leave out)', elsewhere: ' (the label’s figure, at another span)' };
  wrong.push(`${r.item} <- ${r.outcome_text}${kind ? why[kind] : ''}`);
}
const extra = rows.filter(
  (r) => planDocs.has(r.report_id) && Number(r.year) === yearOf(r.report_id) && ![...foundOf.values()].includes(r),
);
// a trap: a figure that must not be a promise's outcome (a five-year total, another thing in the same unit)
// (its figure, in its unit: a share of 47.0% beside 完成加装47部 in one table row is not that row's outcome taken)
// (…nor the labelled outcome itself, where the trap shares its sentence and value and the outcome's words are the
// outcome's: 新建便民市场1个，另1个因选址调整正在施工, whose 1个 is both)
const theOutcome = (row, key) =>
  labels.outcomes.some(
    (o) => o.commitment === key && isOutcome(row, o) && (has(o.at, row.outcome_text) || has(row.outcome_text, o.at)),
  );
// (…nor a figure elsewhere than the trap's words, where they stand once in the notice: | 新建长者饭堂 | 10个 | 10个 |,
// the target's cell the trap, the done cell's 10个 the outcome)
const atTrapWords = (row, t) => {
  const at = atOnce(t);
  if (at === undefined || row.outcome_start === '') return true;
  return Number(row.outcome_start) < at + t.at.length && Number(row.outcome_end) > at;
};
const trapsTaken = (labels.traps ?? []).filter((t) => {
  const row = foundOf.get(t.commitment);
  return (
    row &&
    isOutcome(row, t) &&
    (t.value === null || has(t.at, plainUnit(row.outcome_unit))) &&
    !(theOutcome(row, t.commitment) && !has(t.at, row.outcome_text) && !has(row.outcome_text, t.at)) &&
    atTrapWords(row, t)
  );
});
const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');
console.log(
  `promises found ${foundOf.size}/${labels.commitments.length} ${pct(foundOf.size, labels.commitments.length)}; ` +
    `outcomes matched ${matched}/${labels.outcomes.length} ${pct(matched, labels.outcomes.length)}; wrong ${wrong.length}` +
    ` (${wrongKinds.unlabelled} of promises the labels leave out, ${wrongKinds.elsewhere} the label’s figure at another span); ` +
    `extra ${extra.length}` +
    (labels.traps ? `; traps taken ${trapsTaken.length}/${labels.traps.length}` : ''),
);
for (const t of trapsTaken) console.log(`  trap: ${t.commitment} <- ${t.at} (${t.why})`);
for (const x of wrong) console.log(`  wrong: ${x}`);
if (verbose) {
  for (const x of missed) console.log(`  missed: ${x}`);
  for (const x of unmatched) console.log(`  unmatched: ${x}`);
  for (const r of extra) console.log(`  extra: ${r.report_id} ${r.item} (${r.object})`);
}
