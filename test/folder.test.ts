// A folder of Word reports as a public collection keeps them (issue 26): one manifest
// entry with a glob, each file's jurisdiction from the division its file name names
// (广西 is 广西壮族自治区), its year from the entry or from the file name; a file whose
// name names no division is refused, naming the file.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { cli, events, tmpdir, INPUT } from './helpers.js';

const FILES = ['2025年广西政府工作报告.docx', '2025年四川省政府工作报告.docx'];

function folderInput(entry: Record<string, unknown>, names = FILES): string {
  const dir = tmpdir('yoy-folder-');
  fs.mkdirSync(path.join(dir, 'reports'));
  names.forEach((n, i) =>
    fs.copyFileSync(path.join(INPUT, 'provinces-2025', FILES[i % FILES.length]), path.join(dir, 'reports', n)),
  );
  fs.writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({ reports: [{ path: 'reports/*.docx', ...entry }] }),
  );
  return dir;
}

describe('a folder of reports, one per file', () => {
  it('names each report after the division its file name holds, with its code, level and parent', () => {
    const out = path.join(tmpdir('yoy-out-'), 'release');
    const r = cli(['--input', folderInput({ level: 'province' }), '--output', out]);
    expect(r.status).toBe(0);
    const bundle = JSON.parse(fs.readFileSync(path.join(out, 'bundle.json'), 'utf8'));
    const reports = bundle.reports.map((x: Record<string, unknown>) => [
      x.id,
      x.jurisdiction_name,
      x.level,
      x.report_year,
      x.parent,
    ]);
    expect(reports).toEqual([
      ['guangxi-2025', '广西壮族自治区', 'province', 2025, 'china'],
      ['sichuan-2025', '四川省', 'province', 2025, 'china'],
    ]);
    const tva = fs.readFileSync(path.join(out, 'targets_vs_actuals.csv'), 'utf8');
    expect(tva).toMatch(/\nguangxi,450000,gdp,/);
    expect(tva).toMatch(/\nsichuan,510000,gdp,/);
  });

  it("takes the year from the entry over the file name's", () => {
    const out = path.join(tmpdir('yoy-out-'), 'release');
    const r = cli([
      '--input',
      folderInput({ report_year: 2025, level: 'province' }, ['广西 report.docx', '四川省.docx']),
      '--output',
      out,
    ]);
    expect(r.status).toBe(0);
    const bundle = JSON.parse(fs.readFileSync(path.join(out, 'bundle.json'), 'utf8'));
    expect(bundle.reports.map((x: { id: string }) => x.id)).toEqual(['guangxi-2025', 'sichuan-2025']);
  });

  it('refuses a file whose name names no division, or no year, naming the file', () => {
    const noName = cli(['--input', folderInput({ level: 'province' }, ['2025年政府工作报告.docx']), '--json']);
    expect(noName.status).toBe(1);
    const e = events(noName.stdout).find((x) => x.event === 'error')!;
    expect(e.code).toBe('DIVISION_UNKNOWN');
    expect(String(e.file)).toContain('2025年政府工作报告.docx');

    const noYear = cli(['--input', folderInput({ level: 'province' }, ['广西.docx'])]);
    expect(noYear.status).toBe(1);
    expect(noYear.stderr).toMatch(/广西\.docx.*MANIFEST_INVALID.*no year/);
  });
});
