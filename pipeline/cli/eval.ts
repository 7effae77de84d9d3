// npm run eval: extraction on an input directory scored against gold files.
//   npm run eval -- [--input DIR] [--gold DIR] [--verbose]
import path from 'node:path';
import { buildRelease } from '../run/index.js';
import { loadInput } from '../load/index.js';
import { readReport } from '../load/read.js';
import { extractReport } from '../extract/index.js';
import { compileDictionary } from '../extract/dictionary.js';
import { loadGold, score, overall } from './score.js';
import { PROJECT_ROOT } from '../core/paths.js';
import { DEFAULT_TOLERANCE } from '../derive/attainment.js';
import fs from 'node:fs';
import { YoyError } from '../core/errors.js';
import { strictArgs, userPath, inputDir, runMain } from './args.js';
import { youngGenerationForThisThreadOnly } from './node-options.js';

const USAGE = `yoy eval — extraction scored against gold files

usage: npm run eval -- [--input DIR] [--gold DIR] [--verbose]

  --input DIR   input directory (default: input/)
  --gold DIR    gold files (default: test/fixtures/gold/)
  --verbose     list every miss and every wrong row
  -h, --help`;

async function main(): Promise<number> {
  youngGenerationForThisThreadOnly();
  const { values: a } = strictArgs(process.argv.slice(2), {
    input: { type: 'string' },
    gold: { type: 'string' },
    verbose: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (a.help) return (void console.log(USAGE), 0);
  const input = a.input ? inputDir(a.input) : path.join(PROJECT_ROOT, 'input');
  const gold = a.gold ? userPath(a.gold) : path.join(PROJECT_ROOT, 'test', 'fixtures', 'gold');
  if (!fs.existsSync(gold) || !fs.statSync(gold).isDirectory())
    throw new YoyError('USAGE', `the gold directory "${gold}" does not exist`);
  const golds = loadGold(gold);
  // a gold file scores one report: with none of the input's reports, the score would be 0 and mean nothing
  const ids = new Set(loadInput(input, { maxFileBytes: 200e6 }).reports.map((r) => r.meta.id));
  if (!golds.some((g) => ids.has(g.report_id))) {
    const list = (xs: string[]) =>
      xs.length > 6 ? `${xs.slice(0, 6).join(', ')}, … (${xs.length})` : xs.join(', ') || 'none';
    throw new YoyError(
      'USAGE',
      `no gold file in ${gold} is about a report of ${input}: the gold files are about ${list(golds.map((g) => g.report_id))}; the input's reports are ${list([...ids])}. Give --gold DIR with gold files for these reports`,
    );
  }
  const release = await buildRelease({
    input,
    bom: true,
    reviewThreshold: 0.6,
    maxFileBytes: 200e6,
    keepGoing: false,
    tolerance: DEFAULT_TOLERANCE,
    cacheDir: null,
  });
  const scores = score(release.observations, golds);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(
    'report'.padEnd(20),
    'recall'.padStart(16),
    'precision'.padStart(16),
    ' qualifier-misses forbidden  targets-in-words',
  );
  for (const s of scores) {
    const w =
      s.words.required || s.words.scored
        ? `${s.words.hit}/${s.words.required} found, ${s.words.scored - s.words.wrong}/${s.words.scored} right`
        : '';
    console.log(
      s.report_id.padEnd(20),
      `${s.hit}/${s.required} ${pct(s.recall)}`.padStart(16),
      `${s.scored - s.wrong}/${s.scored} ${pct(s.precision)}`.padStart(16),
      String(s.qualifierMisses.length).padStart(17),
      String(s.forbidden.length).padStart(9),
      ` ${w}`,
    );
    if (a.verbose) {
      for (const m of [
        ...s.misses.map((x) => `missed: ${x}`),
        ...s.wrongRows.map((x) => `wrong: ${x}`),
        ...s.qualifierMisses,
        ...s.forbidden.map((x) => `forbidden: ${x}`),
        ...s.words.misses.map((x) => `missed in words: ${x}`),
        ...s.words.wrongRows.map((x) => `wrong in words: ${x}`),
      ])
        console.log('   ', m);
      if (s.misses.length) explain(input, s.report_id, s.misses);
    }
  }
  const o = overall(scores);
  console.log(
    `overall: recall ${o.hit}/${o.required} = ${pct(o.recall)}; precision ${o.scored - o.wrong}/${o.scored} = ${pct(o.precision)}; qualifier misses ${o.qualifierMisses}; forbidden hits ${o.forbidden}`,
  );
  console.log(
    `targets in words: found ${o.words.hit}/${o.words.required}; right ${o.words.scored - o.words.wrong}/${o.words.scored}`,
  );
  return o.recall === 1 &&
    o.precision >= 0.98 &&
    !o.qualifierMisses &&
    !o.forbidden &&
    o.words.hit === o.words.required &&
    !o.words.wrong
    ? 0
    : 1;
}

/** For a missed figure, what the refiners set aside for the same indicator in that report, and why. */
function explain(input: string, reportId: string, misses: string[]) {
  const loaded = loadInput(input, { maxFileBytes: 200e6 });
  const r = loaded.reports.find((x) => x.meta.id === reportId);
  if (!r) return;
  const ex = extractReport({ ...r.meta, source: readReport(r.ref).source }, compileDictionary(loaded.dictionary), {
    explain: true,
  });
  const wanted = new Set(misses.map((m) => m.split(' ')[0]));
  for (const d of ex.dropped ?? [])
    if (wanted.has(d.indicator)) console.log(`      set aside: ${d.indicator} "${d.text.slice(0, 50)}": ${d.reason}`);
}

await runMain('yoy eval', main, { help: 'npm run eval -- --help' });
