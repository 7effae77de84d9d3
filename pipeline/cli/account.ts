// npm run account: every number of every prose document of an input directory, and
// what became of it (extract/account.ts): read as a figure, a commitment, set aside
// with a code, or unexplained (next to an indicator's name, or not). Lists the
// unexplained numbers next to a name, with their words, for a person to look at.
//   npm run account -- [--input DIR] [--totals]
import path from 'node:path';
import { loadInput } from '../load/index.js';
import { readReport } from '../load/read.js';
import { extractDocument, documentInput } from '../extract/documents.js';
import { compileDictionary } from '../extract/dictionary.js';
import type { Account } from '../extract/account.js';
import { SET_ASIDE_CODES } from '../extract/set-aside.js';
import { PROJECT_ROOT } from '../core/paths.js';
import { strictArgs, inputDir, runMain } from './args.js';

const USAGE = `yoy account — every number of each document, and what became of it

usage: npm run account -- [--input DIR] [--totals]

  --input DIR   input directory (default: input/)
  --totals      the counts of each document and the totals, without the list of unexplained numbers
  -h, --help

Each number (a run of Arabic digits with its decimals) is one of: an observation; a
commitment (or a commitment's outcome); set aside, with a code (a reader's reason, or a
date, or an item's number); unexplained next to an indicator's name (in the same clause
as a name of the dictionary); unexplained with no name near. Series files are not counted.

exit status: 0 success; 1 a document that cannot be read; 2 wrong usage`;

const codes = (a: Account) =>
  SET_ASIDE_CODES.filter((c) => a.set_aside[c])
    .map((c) => `${c} ${a.set_aside[c]}`)
    .join(', ');

const line = (a: Account) =>
  `${a.numbers} numbers: ${a.outcomes.observation} observations, ${a.outcomes.commitment} commitments, ` +
  `${a.outcomes.set_aside} set aside${a.outcomes.set_aside ? ` (${codes(a)})` : ''}, ` +
  `${a.outcomes.unexplained_near_name} unexplained next to a name, ${a.outcomes.unexplained_no_name} with no name near`;

function add(total: Account, a: Account): void {
  total.numbers += a.numbers;
  for (const k of Object.keys(a.outcomes) as Array<keyof Account['outcomes']>) total.outcomes[k] += a.outcomes[k];
  for (const c of SET_ASIDE_CODES) if (a.set_aside[c]) total.set_aside[c] = (total.set_aside[c] ?? 0) + a.set_aside[c]!;
}

async function main(): Promise<number> {
  const { values: a } = strictArgs(process.argv.slice(2), {
    input: { type: 'string' },
    totals: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (a.help) return (void console.log(USAGE), 0);
  const input = loadInput(a.input ? inputDir(a.input) : path.join(PROJECT_ROOT, 'input'), { maxFileBytes: 200e6 });
  const dict = compileDictionary(input.dictionary);
  const total: Account = {
    numbers: 0,
    outcomes: { observation: 0, commitment: 0, set_aside: 0, unexplained_near_name: 0, unexplained_no_name: 0 },
    set_aside: {},
    unexplained_near_name: [],
  };
  let documents = 0;
  for (const { meta, ref } of input.reports) {
    if (meta.doc_kind === 'series') continue;
    const { account } = extractDocument(documentInput(meta, readReport(ref), ref.display), dict, { explain: true });
    if (!account) continue;
    documents++;
    add(total, account);
    console.log(`${meta.id} (${meta.doc_kind}): ${line(account)}`);
    if (a.totals) continue;
    for (const u of account.unexplained_near_name)
      console.log(`  ${u.context}  — ${u.indicator}, characters ${u.start}–${u.end}`);
  }
  console.log(`\n${documents} documents, ${line(total)}`);
  return 0;
}

await runMain('yoy account', main, { help: 'npm run account -- --help' });
