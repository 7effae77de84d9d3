// report.html is for people: its scorecard shows the first jurisdictions of a level
// (sorted by most missed) and a bounded number of rows, and says where the rest is;
// the CSV keeps every row. The review pages read a document's text from the release
// (a PDF's or Word file's text was kept there), also for a copy read once as another
// document, so the PDF and Word reader is not started again at the end of a run.
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { cli, tmpdir, RELEASE, ROOT } from './helpers.js';
import { scorecardSection } from '../pipeline/release/views/scorecard.js';
import type { ScoreRow } from '../pipeline/derive/scorecard.js';
import { loadInput } from '../pipeline/load/index.js';
import { readRelease } from '../pipeline/release/read.js';
import { writePages } from '../pipeline/release/views/index.js';
import { pageData } from '../pipeline/release/views/collect.js';
import { DEFAULT_TOLERANCE } from '../pipeline/derive/attainment.js';

const scorecard = (JSON.parse(fs.readFileSync(path.join(RELEASE, 'bundle.json'), 'utf8')) as { scorecard: ScoreRow[] })
  .scorecard;
const ctx = { sourceId: () => -1, label: (_: string, fallback: string) => fallback };
/** The jurisdictions of each table, in the page's order. */
const tablesOf = (html: string) =>
  html
    .split('<table class="scorecard">')
    .slice(1)
    .map((t) => [...t.matchAll(/<tr class="[^"]*" data-jurisdiction="([^"]+)"/g)].map((m) => m[1]));

describe("report.html's scorecard, sized for people", () => {
  it('shows the first jurisdictions of a level in the CSV order, with the level above, and says where the rest is', () => {
    const provinces2025 = [
      ...new Set(scorecard.filter((r) => r.level === 'province' && r.year === 2025).map((r) => r.jurisdiction)),
    ];
    expect(provinces2025.length).toBe(20);
    const whole = tablesOf(scorecardSection(scorecard, ctx));
    const html = scorecardSection(scorecard, ctx, { jurisdictions: 5, rows: 10000 });
    const cut = tablesOf(html);
    const at = whole.findIndex((t) => t.includes(provinces2025[0]));
    expect(whole[at].filter((j) => j !== 'china')).toEqual(provinces2025);
    // the nation leads for reference, then the first five provinces, as in the CSV
    expect(cut[at]).toEqual(['china', ...provinces2025.slice(0, 5)]);
    expect(html).toContain('The first 5 of 20 provinces, by most missed: every row is in scorecard.csv');
    // each cell still points at its own row of the CSV
    for (const m of html.matchAll(/data-row="(\d+)" data-jurisdiction="([^"]+)" data-indicator="([^"]+)"/g)) {
      const row = scorecard[Number(m[1])];
      expect([row.jurisdiction, row.indicator]).toEqual([m[2], m[3]]);
    }
  });

  it('leaves the tables after its budget of rows to the CSV, and says how many', () => {
    const whole = tablesOf(scorecardSection(scorecard, ctx));
    expect(whole.length).toBeGreaterThan(0);
    const html = scorecardSection(scorecard, ctx, { jurisdictions: 100, rows: 0 });
    expect(tablesOf(html)).toEqual([]);
    expect(html).toContain(`${whole.length} more tables (levels and years) are in scorecard.csv and yoy.xlsx`);
  });
});

describe('review pages of a Word report and its copy', () => {
  it('take both texts from the release, not from the files again', async () => {
    const dir = tmpdir('yoy-copy-');
    const word = path.join(ROOT, 'input', 'provinces-2025', '2025年吉林省政府工作报告.docx');
    fs.copyFileSync(word, path.join(dir, 'jilin.docx'));
    fs.copyFileSync(word, path.join(dir, 'jilin-reposted.docx'));
    const jilin = { jurisdiction: 'jilin', jurisdiction_name: '吉林省', level: 'province', report_year: 2025 };
    fs.writeFileSync(
      path.join(dir, 'manifest.json'),
      JSON.stringify({
        reports: [
          { id: 'jilin-2025', path: 'jilin.docx', ...jilin },
          { id: 'jilin-2025-reposted', path: 'jilin-reposted.docx', ...jilin },
        ],
      }),
    );
    const out = path.join(tmpdir(), 'release');
    const r = cli(['--input', dir, '--output', out]);
    expect(r.status, r.stderr).toBe(0);
    const release = readRelease(out);
    expect(release.meta.reports.find((x) => x.id === 'jilin-2025-reposted')).toMatchObject({
      same_text_as: 'jilin-2025',
    });
    const input = loadInput(dir, { maxFileBytes: 200e6 });
    // the Word files are gone: a page that read its document again would fail here
    fs.rmSync(path.join(dir, 'jilin.docx'));
    fs.rmSync(path.join(dir, 'jilin-reposted.docx'));
    const written = await writePages(pageData(release, 25), out, {
      reportMaxJurisdictions: 25,
      tolerance: DEFAULT_TOLERANCE,
      input,
      dropped: new Map([
        ['jilin-2025', []],
        ['jilin-2025-reposted', []],
      ]),
    });
    expect(written).toEqual(
      expect.arrayContaining(['report.html', 'review/jilin-2025.html', 'review/jilin-2025-reposted.html']),
    );
    const text = fs.readFileSync(
      path.join(out, release.meta.reports.find((x) => x.id === 'jilin-2025')!.source_text!),
      'utf8',
    );
    const page = fs.readFileSync(path.join(out, 'review', 'jilin-2025-reposted.html'), 'utf8');
    // the copy's page shows the text read from the first file
    expect(page).toContain(text.slice(0, 20));
  });
});
