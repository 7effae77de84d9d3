// What a person writing a manifest, or typing a command, is told when something is
// wrong, with its exit status and message: the manifest's problems as the loader
// reports them (in-process: the error's code, file and words, as the CLI prints
// them), one of them and the commands through the real CLI (dist/).
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import iconv from 'iconv-lite';
import { cli, cliEnv, tmpdir, shangchengInput, ROOT, INPUT, DIFF, RELEASE } from './helpers.js';
import { loadInput } from '../pipeline/load/index.js';
import { runTask } from '../pipeline/run/task.js';
import { compileDictionary } from '../pipeline/extract/dictionary.js';
import { YoyError } from '../pipeline/core/errors.js';

const EVAL = path.join(ROOT, 'dist', 'cli', 'eval.js');
/** A command as `npm run` starts it: in the project, with the user's directory (a temporary one unless given) in INIT_CWD. */
const run = (script: string, args: string[], userDir = tmpdir('yoy-user-')) =>
  spawnSync(process.execPath, [script, ...args], { cwd: ROOT, env: cliEnv({ INIT_CWD: userDir }), encoding: 'utf8' });

/** What loading an input throws, as the CLI prints it ("file: CODE: message"). */
function loadError(dir: string): string {
  try {
    loadInput(dir, { maxFileBytes: 200e6 });
  } catch (e) {
    if (e instanceof YoyError) return e.toString();
    throw e;
  }
  throw new Error(`loading ${dir} did not fail`);
}

type Entry = Record<string, unknown>;
/** The Shangcheng input with its manifest's reports changed by `edit`. */
function withReports(edit: (reports: Entry[]) => void): string {
  const dir = shangchengInput();
  const file = path.join(dir, 'manifest.json');
  const m = JSON.parse(fs.readFileSync(file, 'utf8'));
  edit(m.reports);
  fs.writeFileSync(file, JSON.stringify(m, null, 2));
  return dir;
}
const out = () => path.join(tmpdir(), 'release');
/** The lines of the error, without the "yoy: <file>: " prefix of the first. */
const said = (stderr: string) => stderr.replace(/^stage load\n/, '').trim();

/** A JSON Lines collection from the real national one: the 2025 and 2024 reports, each followed by the congress's resolution on it (no year). */
function collectionInput(skip?: Entry[]): string {
  const dir = tmpdir('yoy-input-');
  const lines = fs
    .readFileSync(path.join(INPUT, 'national', 'government_work_reports.jsonl'), 'utf8')
    .split('\n')
    .slice(0, 4);
  expect(lines.map((l) => JSON.parse(l).year)).toEqual(['2025', null, '2024', null]);
  fs.writeFileSync(path.join(dir, 'reports.jsonl'), lines.join('\n') + '\n');
  const entry: Entry = {
    id: 'china',
    format: 'jsonl',
    path: 'reports.jsonl',
    fields: { text: 'content', year: 'year', title: 'title', url: 'url' },
    jurisdiction: 'china',
    jurisdiction_name: '中华人民共和国',
    level: 'national',
  };
  if (skip) entry.skip = skip;
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ reports: [entry] }, null, 2));
  return dir;
}

describe('manifest errors in words', () => {
  it('an absolute path: one message naming the field and the fix', () => {
    const dir = withReports((r) => (r[0].path = '/abs/x.txt'));
    expect(loadError(dir)).toBe(
      `${dir}/manifest.json: MANIFEST_INVALID: reports[0].path: "/abs/x.txt" is an absolute path; give it relative to the input directory`,
    );
  });

  it('a Windows drive path is an absolute path too', () => {
    const dir = withReports((r) => (r[1].path = 'C:\\reports\\x.txt'));
    expect(loadError(dir)).toContain(
      'MANIFEST_INVALID: reports[1].path: "C:\\\\reports\\\\x.txt" is an absolute path; give it relative to the input directory',
    );
  });

  it('a missing jurisdiction_name: that field only, not the fields of a JSON Lines collection', () => {
    const dir = withReports((r) => delete r[0].jurisdiction_name);
    const message = loadError(dir);
    expect(message).toBe(
      `${dir}/manifest.json: MANIFEST_INVALID: reports[0].jurisdiction_name is missing: add the jurisdiction's name (e.g. "上城区")`,
    );
    expect(message).not.toMatch(/format|fields|oneOf/);
  });

  it('a list dated like a work report: covers_year is missing, said with what it is', () => {
    const dir = withReports((r) => (r[0].kind = 'commitments'));
    expect(loadError(dir)).toBe(
      `${dir}/manifest.json: MANIFEST_INVALID: reports[0].covers_year is missing: add the year a communiqué, progress notice or commitments list is about (such a document is dated by covers_year; report_year is a work report's year of delivery)`,
    );
  });

  it('several problems: one line each, as the real CLI prints them (exit 1)', () => {
    const dir = withReports((r) => {
      r[0].level = 'galaxy';
      r[1].reprot_year = 2016;
      r[1].fields = { text: 'content', year: 'year' };
    });
    const r = cli(['--input', dir, '--output', out()]);
    expect(r.status).toBe(1);
    expect(said(r.stderr).split('\n')).toEqual([
      `yoy: ${dir}/manifest.json: MANIFEST_INVALID: 3 problems:`,
      '  reports[0].level: "galaxy" is not one of national, province, city, district, county',
      '  reports[1].reprot_year is not a field of a report; did you mean "report_year"?',
      '  reports[1].fields is not a field of a report: it belongs to a JSON Lines collection; add "format": "jsonl" to make the entry one, or remove the field',
    ]);
  });

  it('backslashes between folders are read as /, and the release records the path with /', () => {
    const dir = withReports((r) => (r[0].path = 'reports\\2015\\shangcheng-2015.txt'));
    fs.mkdirSync(path.join(dir, 'reports', '2015'), { recursive: true });
    fs.renameSync(path.join(dir, 'shangcheng-2015.txt'), path.join(dir, 'reports', '2015', 'shangcheng-2015.txt'));
    const o = out();
    const r = cli(['--input', dir, '--output', o]);
    expect(r.status, r.stderr).toBe(0);
    const bundle = JSON.parse(fs.readFileSync(path.join(o, 'bundle.json'), 'utf8'));
    expect(bundle.reports.find((x: { id: string }) => x.id === 'shangcheng-2015').path).toBe(
      'reports/2015/shangcheng-2015.txt',
    );
  });

  it('a file that does not decode (cp1252) points at the manifest entry\'s "encoding"', () => {
    const dir = withReports((r) => r.splice(1));
    // a Western report saved in Windows-1252: neither UTF-8 nor GB18030
    const text =
      'Rapport annuel – « Économie » : le PIB a progressé de 6,5 % en 2015 ; café, façade, naïve, œuvre, € 100. ';
    fs.writeFileSync(path.join(dir, 'shangcheng-2015.txt'), iconv.encode(text.repeat(20), 'cp1252'));
    // read as the runner's task reads it
    const input = loadInput(dir, { maxFileBytes: 200e6 });
    const r = runTask({ index: 0, ...input.reports[0] }, compileDictionary(input.dictionary));
    expect(r.ok).toBe(false);
    // the content check refuses it before any figure is read, and says which field to set
    expect(!r.ok && r.error).toMatchObject({
      code: 'FILE_NOT_TEXT',
      file: path.join(dir, 'shangcheng-2015.txt'),
      message: expect.stringMatching(/set "encoding" in its entry of manifest\.json/),
    });
  });
});

describe('the command line', () => {
  it('--input accepts the manifest itself and reads its directory', () => {
    const dir = shangchengInput();
    const r = cli(['--input', path.join(dir, 'manifest.json'), '--output', out()]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^2 reports, /m);
  });

  it('--input naming another file is a usage error', () => {
    const dir = shangchengInput();
    const r = cli(['--input', path.join(dir, 'shangcheng-2015.txt'), '--output', out()]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `USAGE: --input takes the directory that holds manifest.json; "${path.join(dir, 'shangcheng-2015.txt')}" is a file`,
    );
  });

  it("another --input without --output is a usage error, and the project's output/ is not touched", () => {
    const before = fs.statSync(path.join(ROOT, 'output', 'bundle.json')).mtimeMs;
    const dir = shangchengInput();
    const r = cli(['--input', dir], { output: false });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `USAGE: --input ${dir} needs --output DIR: without it the release would replace ${path.join(ROOT, 'output')}, the project's release of input/`,
    );
    expect(fs.statSync(path.join(ROOT, 'output', 'bundle.json')).mtimeMs).toBe(before);
  });

  it('diff: no arguments, one argument or an unknown option exit 2 with the problem in one line and where help is', () => {
    for (const args of [[], ['output'], ['output', 'output', '--chanegs', 'x.csv']]) {
      const r = run(DIFF, args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^yoy diff: USAGE: [^\n]+\nsee npm run diff -- --help\n$/);
    }
    const help = run(DIFF, ['-h']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('usage: npm run diff -- OLD_DIR NEW_DIR [--changes FILE]');
  });

  it('diff writes changes.csv beside the new release, not into the current directory, and says where', () => {
    const cwd = tmpdir();
    const fresh = path.join(tmpdir(), 'release');
    fs.cpSync(RELEASE, fresh, { recursive: true });
    const r = run(DIFF, [RELEASE, fresh], cwd);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`0 changes written to ${path.join(fresh, 'changes.csv')}`);
    expect(fs.readFileSync(path.join(fresh, 'changes.csv'), 'utf8')).toBe('\ufeffchange,table,key,old,new,text\r\n');
    expect(fs.readdirSync(cwd)).toEqual([]);
  });

  it('eval: an unknown option exits 2', () => {
    const r = run(EVAL, ['--gold-dir', 'x']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Unknown option '--gold-dir'");
  });

  it('eval: an input none of whose reports has a gold file exits 2 and says so', () => {
    const dir = withReports((r) => {
      r[0].id = 'elsewhere-2015';
      r[1].id = 'elsewhere-2016';
    });
    const r = run(EVAL, ['--input', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `no gold file in ${path.join(ROOT, 'test', 'fixtures', 'gold')} is about a report of ${dir}`,
    );
    expect(r.stderr).toContain(
      "the input's reports are elsewhere-2015, elsewhere-2016. Give --gold DIR with gold files for these reports",
    );
    expect(r.stdout).toBe(''); // nothing scored
  });
});

describe('lines of a collection that are not reports', () => {
  it('without a rule, each line without a year is a warning that suggests one', () => {
    const o = out();
    const r = cli(['--input', collectionInput(), '--output', o]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('2 warnings;');
    expect(r.stderr).toContain(
      'warning: line 2 has no year ("第十四届全国人民代表大会第三次会议关于政府工作报告的决议"); skipped (if such lines are not reports, say so with a "skip" rule',
    );
  });

  it('a skip rule leaves them out silently and counts them: one line in the summary, one entry in bundle.json', () => {
    const o = out();
    const r = cli([
      '--input',
      collectionInput([{ field: 'title', matches: '关于政府工作报告的决议$' }]),
      '--output',
      o,
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^2 reports, .*; 0 warnings; 2 collection lines left out by the manifest's skip rules; /m);
    expect(r.stderr).not.toContain('warning:');
    const bundle = JSON.parse(fs.readFileSync(path.join(o, 'bundle.json'), 'utf8'));
    expect(bundle.warnings).toEqual([]);
    expect(bundle.lines_skipped).toEqual([
      { file: 'reports.jsonl', field: 'title', matches: '关于政府工作报告的决议$', count: 2, lines: [2, 4] },
    ]);
    expect(bundle.reports.map((x: { id: string }) => x.id)).toEqual(['china-2024', 'china-2025']);
  });

  it('the count is in the JSON summary too', () => {
    const r = cli(['--input', collectionInput([{ field: 'title', matches: '决议' }]), '--output', out(), '--json']);
    expect(r.status, r.stderr).toBe(0);
    const done = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .find((e) => e.event === 'done');
    expect(done).toMatchObject({ warnings: 0, lines_skipped: 2 });
  });

  it('a rule that is not a regular expression is a manifest error in words', () => {
    expect(loadError(collectionInput([{ field: 'title', matches: '决议(' }]))).toContain(
      'MANIFEST_INVALID: reports[0].skip[0].matches: "决议(" is not a regular expression',
    );
  });

  it('the default input says which lines are resolutions: its release has no warning', () => {
    const bundle = JSON.parse(fs.readFileSync(path.join(RELEASE, 'bundle.json'), 'utf8'));
    expect(bundle.warnings).toEqual([]);
    expect(bundle.lines_skipped).toHaveLength(1);
    expect(bundle.lines_skipped[0]).toMatchObject({
      file: 'national/government_work_reports.jsonl',
      field: 'title',
      count: 20,
    });
  });
});
