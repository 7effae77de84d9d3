// Several documents of one kind, jurisdiction and year, all read, each a source of
// its own: a communiqué posted over two pages, an interim and a final progress
// notice, and a second copy of one text (read once, with a note). Real texts, run
// through the real CLI.
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { parse } from 'csv-parse/sync';
import { cli, tmpdir, ROOT, INPUT } from './helpers.js';
import { readRelease } from '../pipeline/release/read.js';

const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const csv = (dir: string, file: string) =>
  parse(fs.readFileSync(path.join(dir, file)), { bom: true, columns: true }) as Array<Record<string, string>>;
const CHINA = { jurisdiction: 'china', jurisdiction_name: '中华人民共和国', level: 'national' };

function run(dir: string, reports: object[]): string {
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ reports }));
  const out = path.join(tmpdir(), 'release');
  const r = cli(['--input', dir, '--output', out]);
  expect(r.status, r.stderr).toBe(0);
  return out;
}

describe('several documents of one kind and year', () => {
  it('reads a communiqué posted in two parts as two sources, beside the next work report, and a copy once', () => {
    const dir = tmpdir('yoy-parts-');
    // the 2024 communiqué split where its section 六、固定资产投资 begins
    const lines = fs.readFileSync(path.join(FIXTURES, 'statistics', 'china-2024-communique.txt'), 'utf8').split('\n');
    const at = lines.findIndex((l) => l.trim().startsWith('六、固定资产投资'));
    expect(at).toBeGreaterThan(0);
    fs.writeFileSync(path.join(dir, 'part1.txt'), lines.slice(0, at).join('\n'));
    fs.writeFileSync(path.join(dir, 'part2.txt'), lines.slice(at).join('\n'));
    fs.copyFileSync(path.join(dir, 'part2.txt'), path.join(dir, 'part2-reposted.txt'));
    fs.mkdirSync(path.join(dir, 'national'));
    fs.copyFileSync(
      path.join(INPUT, 'national', 'government_work_reports.jsonl'),
      path.join(dir, 'national', 'government_work_reports.jsonl'),
    );
    const part = (id: string, file: string) => ({
      id,
      kind: 'statistical_communique',
      covers_year: 2024,
      path: file,
      ...CHINA,
      excerpt: true,
    });
    const out = run(dir, [
      part('china-2024-communique-1', 'part1.txt'),
      part('china-2024-communique-2', 'part2.txt'),
      part('china-2024-communique-2-reposted', 'part2-reposted.txt'),
      {
        format: 'jsonl',
        path: 'national/government_work_reports.jsonl',
        fields: { text: 'content', year: 'year', title: 'title', url: 'url' },
        ...CHINA,
        years: [2024, 2025],
        skip: [{ field: 'title', matches: '关于政府工作报告的决议$' }],
      },
    ]);
    const sources = csv(out, 'outcome_sources.csv').filter((r) => r.year === '2024');
    const by = (indicator: string, measure: string) =>
      sources.filter((r) => r.indicator === indicator && r.measure === measure);
    // GDP is in the first part, investment in the second: each part is the chosen source of its own
    expect(by('gdp', 'growth').map((r) => [r.report_id, r.source, r.chosen])).toEqual([
      ['china-2024-communique-1', 'statistical_communique', 'true'],
      ['china-2025', 'work_report', 'false'],
    ]);
    expect(by('fixed_asset_investment', 'growth')[0]).toMatchObject({
      report_id: 'china-2024-communique-2',
      chosen: 'true',
      value: '3.1',
    });
    // the reposted copy is read once: no statement of its own, and a note in the bundle and the run's summary
    expect(sources.some((r) => r.report_id === 'china-2024-communique-2-reposted')).toBe(false);
    const rel = readRelease(out);
    expect(rel.meta.warnings).toContainEqual(
      expect.objectContaining({ type: 'same-text', report_id: 'china-2024-communique-2-reposted' }),
    );
    expect(rel.meta.reports.find((r) => r.id === 'china-2024-communique-2-reposted')).toMatchObject({
      same_text_as: 'china-2024-communique-2',
      observations: 0,
    });
    const tva = csv(out, 'targets_vs_actuals.csv').find(
      (r) => r.indicator === 'gdp' && r.measure === 'growth' && r.year === '2024',
    )!;
    expect(tva).toMatchObject({ actual_source: 'statistical_communique', actual_report_id: 'china-2024-communique-1' });
    expect(Number(tva.sources)).toBe(2);
  });

  it('keeps an interim and a final progress notice of one year, the final one deciding, both listed', () => {
    const dir = tmpdir('yoy-progress-');
    // 青岛 2022: the first quarter's progress of the 市办实事 (新增就业5.88万人), and the account of the
    // whole year's first item published with the 2023 list (全年实现城镇新增就业36.5万人)
    for (const f of ['qingdao-2022-progress.txt', 'qingdao-2023-commitments.txt'])
      fs.copyFileSync(path.join(FIXTURES, 'local', f), path.join(dir, f));
    const qingdao = { jurisdiction: 'qingdao', jurisdiction_name: '青岛市', level: 'city', excerpt: true };
    const out = run(dir, [
      {
        id: 'qingdao-2022-q1',
        kind: 'progress',
        covers_year: 2022,
        as_of: '2022-03-31',
        path: 'qingdao-2022-progress.txt',
        ...qingdao,
      },
      {
        id: 'qingdao-2022-year',
        kind: 'progress',
        covers_year: 2022,
        path: 'qingdao-2023-commitments.txt',
        ...qingdao,
      },
    ]);
    const jobs = csv(out, 'outcome_sources.csv').filter((r) => r.indicator === 'new_jobs' && r.year === '2022');
    expect(jobs.map((r) => [r.report_id, r.chosen, r.value, r.interim, r.as_of])).toEqual([
      ['qingdao-2022-year', 'true', '36.5', 'false', ''],
      ['qingdao-2022-q1', 'false', '5.88', 'true', '2022-03-31'],
    ]);
    for (const r of jobs) {
      const text = fs.readFileSync(
        path.join(
          dir,
          r.report_id === 'qingdao-2022-q1' ? 'qingdao-2022-progress.txt' : 'qingdao-2023-commitments.txt',
        ),
        'utf8',
      );
      expect(text.slice(Number(r.start), Number(r.end))).toBe(r.text);
    }
  });
});
