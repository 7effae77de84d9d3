// The account: every number of a document ends as exactly one outcome (extract/account.ts),
// carried in bundle.json and the review pages, and printed by npm run account.
import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, INPUT, RELEASE, TMP_ROOT, tmpdir, cliEnv, nationalInput, type CliResult } from './helpers.js';
import { SET_ASIDE_CODES } from '../pipeline/extract/set-aside.js';
import type { Account } from '../pipeline/extract/account.js';
import { compileDictionary } from '../pipeline/extract/dictionary.js';
import { findMentions } from '../pipeline/extract/index.js';
import { normalize } from '../pipeline/extract/normalize.js';
import { CLAUSE_END } from '../pipeline/extract/commitments/text.js';
import { loadInput } from '../pipeline/load/index.js';

const ACCOUNT = path.join(ROOT, 'dist', 'cli', 'account.js');

function accountCli(args: string[]): CliResult {
  const r = spawnSync(process.execPath, [ACCOUNT, ...args], {
    cwd: TMP_ROOT,
    env: cliEnv(),
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Real provincial reports of 2026 (a CSV collection, one file a report), as an input of their own. */
function provincesInput(files: string[]): string {
  const dir = tmpdir('yoy-input-');
  const manifest = JSON.parse(fs.readFileSync(path.join(INPUT, 'manifest.json'), 'utf8'));
  const entry = manifest.reports.find((r: { id: string }) => r.id === 'provinces-2026');
  fs.mkdirSync(path.join(dir, 'provinces-2026'));
  for (const file of files)
    fs.copyFileSync(
      path.join(ROOT, 'test', 'fixtures', 'provinces-2026', file),
      path.join(dir, 'provinces-2026', file),
    );
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ reports: [entry] }));
  return dir;
}

/** How many numbers a document's first line (or the totals' line) sets aside with a code. */
const codeCount = (stdout: string, code: string) => Number(new RegExp(`\\b${code} (\\d+)`).exec(stdout)?.[1] ?? 0);

/**
 * The account of seven real provincial reports, printed by one run of npm run account for the tests that read
 * one report each: its block, the document's line of counts and its unexplained numbers.
 */
const PROVINCES = ['上海市', '湖北省', '北京市', '河北省', '浙江省', '云南省', '安徽省'];
let provinces: CliResult;
const blockOf = (slug: string): string => {
  const blocks = provinces.stdout.split(/\n(?=\S)/).filter((b) => b.startsWith(`${slug}-2026 `));
  expect(blocks, slug).toHaveLength(1);
  return blocks[0];
};

/** An input of one national communiqué from test/fixtures/statistics. */
function communiqueInput(fixture: string, coversYear: number, extra: object = {}): string {
  const dir = tmpdir('yoy-input-');
  fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'statistics', fixture), path.join(dir, 'communique.txt'));
  const entry = {
    id: `china-${coversYear}-communique`,
    kind: 'statistical_communique',
    covers_year: coversYear,
    path: 'communique.txt',
    jurisdiction: 'china',
    jurisdiction_name: '中华人民共和国',
    level: 'national',
    ...extra,
  };
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ reports: [entry] }));
  return dir;
}

const bundle = JSON.parse(fs.readFileSync(path.join(RELEASE, 'bundle.json'), 'utf8')) as {
  reports: Array<{ id: string; kind: string; path: string; account?: Account }>;
};

describe('the account of every number', () => {
  beforeAll(() => {
    provinces = accountCli(['--input', provincesInput(PROVINCES.map((p) => `2026_${p}_政府工作报告.csv`))]);
  });

  it('gives each number of a real report exactly one outcome, and counts every number of its text', () => {
    const report = bundle.reports.find((r) => r.id === 'shangcheng-2015')!;
    const a = report.account!;
    const text = fs.readFileSync(path.join(INPUT, 'shangcheng-2015.txt'), 'utf8');
    // the report's numbers, counted apart: every run of digits with its decimals
    expect(a.numbers).toBe(text.match(/\d+(?:\.\d+)?/g)!.length);
    expect(Object.values(a.outcomes).reduce((x, y) => x + y, 0)).toBe(a.numbers);
    expect(Object.values(a.set_aside).reduce((x: number, y) => x + (y ?? 0), 0)).toBe(a.outcomes.set_aside);
    expect(a.unexplained_near_name).toHaveLength(a.outcomes.unexplained_near_name);
    expect(a.outcomes.observation).toBeGreaterThan(0);
    expect(a.set_aside.date).toBeGreaterThan(0);
  });

  it('adds up in every prose document of the default release, and every set-aside number has a code', () => {
    const prose = bundle.reports.filter((r) => r.kind !== 'series');
    expect(prose.length).toBeGreaterThan(50);
    for (const r of prose) {
      const a = r.account!;
      expect(
        Object.values(a.outcomes).reduce((x, y) => x + y, 0),
        r.id,
      ).toBe(a.numbers);
      expect(a.set_aside.unclassified ?? 0, r.id).toBe(0);
      for (const u of a.unexplained_near_name) expect(u.context, r.id).toContain(`[${u.text}]`);
    }
  });

  it('lists the same codes in the bundle schema as in the table of reasons', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'bundle.schema.json'), 'utf8'));
    expect(schema.$defs.set_aside_code.enum).toEqual(SET_ASIDE_CODES);
  });

  it('shows the account on a review page', () => {
    const html = fs.readFileSync(path.join(RELEASE, 'review', 'shangcheng-2015.html'), 'utf8');
    const a = bundle.reports.find((r) => r.id === 'shangcheng-2015')!.account!;
    expect(html).toContain(`Its ${a.numbers} numbers: ${a.outcomes.observation} read as figures`);
    expect(html).toContain(`<abbr title="part of a date (a year, a month, a day)">date</abbr> ${a.set_aside.date}`);
  });
});

describe('npm run account', () => {
  it('sets aside a five-year figure of a real report with its code', () => {
    // the report of 2016 sets the targets of the 13th five-year plan (城镇新增就业5000万人以上) beside the year's
    const r = accountCli(['--input', nationalInput(2016, 2016), '--totals']);
    expect(r.status, r.stderr).toBe(0);
    const line = r.stdout.split('\n').find((l) => l.startsWith('china-2016'))!;
    expect(line).toMatch(/five_year [1-9]/);
  });

  it('lists the unexplained numbers next to a name, each with its words, as many as it counts', () => {
    const r = provinces;
    expect(r.status, r.stderr).toBe(0);
    const blocks = [blockOf('shanghai')];
    let listed = 0;
    for (const b of blocks) {
      const [head, ...items] = b.trim().split('\n');
      const counted = Number(/(\d+) unexplained next to a name/.exec(head)![1]);
      expect(items).toHaveLength(counted);
      for (const item of items) expect(item).toMatch(/^ {2}.*\[\d+(?:\.\d+)?\].* — \w+, characters \d+–\d+$/);
      listed += items.length;
    }
    // a part named before the name (工业战略性新兴产业总产值增长6.5%): no rule reads it, none says why
    expect(listed).toBeGreaterThan(0);
    expect(blocks[0]).toMatch(/总产值增长\[6\.5\]%.* — industrial_output, characters \d+–\d+/);
    // a figure per person (人均地区生产总值达到3.2万美元) is set aside as one
    expect(blocks[0]).not.toContain('[3.2]');
    expect(codeCount(blocks[0], 'per_unit')).toBeGreaterThanOrEqual(1);
    expect(r.stdout).toMatch(new RegExp(`^${PROVINCES.length} documents, \\d+ numbers: `, 'm'));
  });

  it('sets aside the parts listed before a name (对东盟、欧盟进出口分别增长16.7%、40.2%) and a rank of a real report', () => {
    expect(provinces.status, provinces.stderr).toBe(0);
    const r = { stdout: blockOf('hubei') };
    expect(r.stdout).not.toContain('[16.7]');
    expect(r.stdout).not.toContain('[40.2]');
    expect(codeCount(r.stdout, 'narrower_scope')).toBeGreaterThanOrEqual(2);
    // a rank beside the name (增速居全国第3位) is an ordinal, set aside as one
    expect(r.stdout).not.toContain('第[3]位');
    expect(codeCount(r.stdout, 'ordinal')).toBeGreaterThanOrEqual(1);
  });

  it('sets aside a footnote’s mark of a real communiqué, and finds no M2 in PM2.5', () => {
    // 全年国内生产总值[2]1349084亿元: the [2] is a footnote's mark; 图1 a chart's; 细颗粒物(PM2.5) names no broad money
    const dir = communiqueInput('china-2024-communique.txt', 2024);
    const r = accountCli(['--input', dir]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/footnote [1-9]/);
    expect(r.stdout).not.toMatch(/\[\[\d+\]\]/);
    expect(r.stdout).not.toMatch(/— m2,/);
    // 历史数据(包括图1、图2、图3…)进行了修订: charts referred to, not figures
    expect(r.stdout).not.toMatch(/图\[\d+\]/);
    // a footnote's mark is a footnote, not the figure after it: 1349084 is read as GDP
    expect(r.stdout).not.toContain('[1349084]');
  });

  it('sets aside the number of a chart at the start of its line', () => {
    const dir = communiqueInput('china-2016-communique-opening.txt', 2016, { excerpt: true });
    const r = accountCli(['--input', dir]);
    expect(r.status, r.stderr).toBe(0);
    // 图1:2012-2016年国内生产总值及其增长速度
    expect(r.stdout).not.toMatch(/图\[\d+\]/);
    expect(r.stdout).toMatch(/item_number [1-9]/);
  });

  it('sets aside a count of years (连续8年) of a real report', () => {
    expect(provinces.status, provinces.stderr).toBe(0);
    const r = { stdout: blockOf('beijing') };
    expect(r.stdout).toMatch(/count_of_years [1-9]/);
    expect(r.stdout).not.toContain('连续[8]年');
  });

  it('sets aside both levels of a comparison across years (从2020年的…增长到2025年的…) of a real report', () => {
    expect(provinces.status, provinces.stderr).toBe(0);
    const r = { stdout: blockOf('hebei') };
    // 全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元 · 一般公共预算收入从3826.5亿元增长到4398.6亿元
    expect(codeCount(r.stdout, 'across_years')).toBeGreaterThanOrEqual(6);
    for (const n of ['3.68', '4.93', '3826.5', '4398.6', '27136', '36439']) expect(r.stdout).not.toContain(`[${n}]`);
  });

  it('sets aside a milestone passed (跨越7万亿、8万亿、9万亿三个大台阶) of a real report', () => {
    expect(provinces.status, provinces.stderr).toBe(0);
    const r = { stdout: blockOf('zhejiang') };
    expect(codeCount(r.stdout, 'milestone')).toBeGreaterThanOrEqual(3);
    expect(r.stdout).not.toMatch(/\[[789]\]万亿/);
  });

  it('sets aside the terms of a ratio (城乡居民收入比由2.9∶1缩小至2.52∶1) of a real report', () => {
    expect(provinces.status, provinces.stderr).toBe(0);
    const r = { stdout: blockOf('yunnan') };
    expect(codeCount(r.stdout, 'share_of')).toBeGreaterThanOrEqual(4);
    expect(r.stdout).not.toMatch(/\[\d+(?:\.\d+)?\]∶|∶\[\d+\]/);
    // 地区生产总值突破3万亿元、年均增长4.7%: a clause a word of several years opens is not the year's
    expect(r.stdout).not.toContain('年均增长[4.7]');
    expect(r.stdout).not.toContain('年均增长[6.1]');
  });

  it('sets aside a gap in percentage points after a word of comparison (高于全部规上工业2.3个百分点) of a real report', () => {
    expect(provinces.status, provinces.stderr).toBe(0);
    const r = { stdout: blockOf('anhui') };
    expect(r.stdout).not.toContain('[2.3]个百分点');
    expect(codeCount(r.stdout, 'gap_to_other')).toBeGreaterThanOrEqual(1);
  });

  it('sets aside a share after its word (贡献率达72.9%, 占全线货值的60.8%) of a real report', () => {
    expect(provinces.status, provinces.stderr).toBe(0);
    const r = { stdout: blockOf('yunnan') };
    expect(r.stdout).not.toContain('[72.9]');
    expect(r.stdout).not.toContain('[60.8]');
  });

  it('says which input directory does not exist', () => {
    const missing = path.join(tmpdir(), 'nowhere');
    const r = accountCli(['--input', missing]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`input directory "${missing}" does not exist`);
  });
});

describe('the names near a number, found clause by clause', () => {
  it('finds in a clause what a scan of the whole text finds there, in real lists, notices and a report', () => {
    const dict = compileDictionary(loadInput(INPUT, { maxFileBytes: 200e6 }).dictionary);
    // the account scans clause by clause only where no name holds a clause end
    const names = [...dict.byName.keys(), ...dict.byValueFirstName.keys()];
    expect(names.filter((n) => [...n].some((ch) => CLAUSE_END[ch.charCodeAt(0)]))).toEqual([]);
    let clauses = 0;
    let found = 0;
    const fixtures = [
      'local/hunan-2021-progress.txt',
      'local/lianyungang-2023-commitments.txt',
      'local/qingdao-2022-progress.txt',
      'statistics/china-2024-communique.txt',
    ].map((f) => path.join(ROOT, 'test', 'fixtures', f));
    for (const file of [...fixtures, path.join(INPUT, 'shangcheng-2015.txt')]) {
      const text = normalize(fs.readFileSync(file, 'utf8')).text;
      const whole = findMentions(text, dict);
      for (let from = 0; from < text.length;) {
        let to = from;
        while (to < text.length && !CLAUSE_END[text.charCodeAt(to)]) to++;
        const inClause = (m: { from: number; to: number }) => m.from >= from && m.to <= to;
        const local = findMentions(text, dict, from, to).filter(inClause);
        expect(local).toEqual(whole.filter(inClause));
        clauses++;
        found += local.length;
        from = to + 1;
      }
    }
    expect(clauses).toBeGreaterThan(1000);
    expect(found).toBeGreaterThan(100);
  });
});
