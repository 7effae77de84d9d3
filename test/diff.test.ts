// npm run diff: what changed between two releases, as text and changes.csv.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { cli, diffCli, tmpdir, shangchengInput, nationalInput, RELEASE } from './helpers.js';

describe('release diff', () => {
  it('lists a changed observation and the status it flips', () => {
    const input = shangchengInput();
    const before = path.join(tmpdir(), 'before');
    expect(cli(['--input', input, '--output', before]).status).toBe(0);
    // the 2016 report restates GDP growth lower: 9.2% becomes 7.2%, under the 7.5% target
    const file = path.join(input, 'shangcheng-2016-excerpt.txt');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('同比增长9.2%', '同比增长7.2%'));
    const after = path.join(tmpdir(), 'after');
    expect(cli(['--input', input, '--output', after]).status).toBe(0);
    const changes = path.join(tmpdir(), 'changes.csv');
    const r = diffCli([before, after, '--changes', changes]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('1 changed; 1 target statuses flipped');
    expect(r.stdout).toMatch(/changed\s+shangcheng-2016 gdp actual 2015 growth: 9\.2% → 7\.2%/);
    expect(r.stdout).toMatch(/status_flipped\s+shangcheng gdp growth 2015: met .* → missed/);
    const csv = fs.readFileSync(changes, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\ufeffchange,table,key,old,new,text');
    expect(csv).toContain('status_flipped,targets_vs_actuals,shangcheng gdp growth 2015');
  });

  it('a target set in words (income in step with GDP) is shown by what it references, not as a missing value', () => {
    const input = nationalInput(2014, 2015);
    const before = path.join(tmpdir(), 'before');
    expect(cli(['--input', input, '--output', before]).status).toBe(0);
    // the 2015 report's income growth, restated under the 7.4% GDP grew: in step no longer
    const file = path.join(input, 'national', 'government_work_reports.jsonl');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('居民人均可支配收入实际增长8%');
    fs.writeFileSync(file, text.replace('居民人均可支配收入实际增长8%', '居民人均可支配收入实际增长6%'));
    const after = path.join(tmpdir(), 'after');
    expect(cli(['--input', input, '--output', after]).status).toBe(0);
    const r = diffCli([before, after]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /status_flipped\s+china disposable_income growth 2014: met \(target in step with gdp, actual 8 %\) → missed \(target in step with gdp, actual 6 %\)/,
    );
    expect(r.stdout).not.toContain('target —');
    // written beside the new release
    expect(fs.readFileSync(path.join(after, 'changes.csv'), 'utf8')).toContain('target in step with gdp');
  });

  it('a release against a copy of itself: nothing changed', () => {
    const copy = path.join(tmpdir(), 'copy');
    fs.cpSync(RELEASE, copy, { recursive: true });
    const changes = path.join(tmpdir(), 'changes.csv');
    const r = diffCli([RELEASE, copy, '--changes', changes]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/: 0 observations added, 0 removed, 0 changed; 0 target statuses flipped\n/);
    expect(fs.readFileSync(changes, 'utf8')).toBe('\ufeffchange,table,key,old,new,text\r\n');
  });

  it('a directory without a release is a usage error', () => {
    const r = diffCli([tmpdir(), tmpdir()]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('holds no release');
  });
});
