// 2025, promised beside achieved, for every province (issue 26): the default input's
// 2025 Word reports read with the 2026 reports, scorecard.csv checked against the
// texts of three provinces as hand-labelled, and the page's scorecard in Chromium:
// the same rows as the CSV, no sideways scrolling at a phone's and a desktop's
// width, and a click that opens both sentences.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT, RELEASE, INPUT } from './helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const out = RELEASE;
type Row = Record<string, string>;
const csv = (name: string) =>
  parse(fs.readFileSync(path.join(out, name)), { bom: true, columns: true, record_delimiter: '\r\n' }) as Row[];
const scorecard = csv('scorecard.csv');
const bundle = JSON.parse(fs.readFileSync(path.join(out, 'bundle.json'), 'utf8')) as {
  reports: Array<{ id: string; path: string; source_text?: string; text_field?: string }>;
};

/** A document's text as the release's offsets count it: the Word text kept in sources/, or a CSV row's field. */
function sourceOf(reportId: string): string {
  const r = bundle.reports.find((x) => x.id === reportId)!;
  if (r.source_text) return fs.readFileSync(path.join(out, r.source_text), 'utf8');
  const [file, row] = r.path.split('#row ');
  const rows = parse(fs.readFileSync(path.join(INPUT, file)), { bom: true, columns: true }) as Row[];
  return rows[Number(row) - 1][r.text_field!];
}

interface Gold {
  observations: Array<{
    indicator: string;
    kind: string;
    period: number;
    measure: string;
    value: number;
    qualifier?: string;
  }>;
  optional?: Gold['observations'];
}
const gold = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'heldout', 'provinces', file), 'utf8')) as Gold;

describe('scorecard.csv: 2025 targets beside 2025 outcomes, province by province', () => {
  it('has the 20 provinces of the default input, the nation leading, one row per jurisdiction, indicator and year', () => {
    const provinces = new Set(
      scorecard.filter((r) => r.level === 'province' && r.year === '2025').map((r) => r.jurisdiction),
    );
    expect(provinces.size).toBe(20);
    expect(scorecard[0]).toMatchObject({ jurisdiction: 'china', level: 'national', year: '2025' });
    const keys = scorecard.map((r) => `${r.jurisdiction}|${r.indicator}|${r.year}`);
    expect(new Set(keys).size).toBe(keys.length);
    // every province's GDP growth target is compared with its outcome
    const gdp = scorecard.filter((r) => r.level === 'province' && r.indicator === 'gdp');
    expect(gdp.length).toBe(20);
    expect(gdp.filter((r) => !['met', 'near', 'missed'].includes(r.status)).map((r) => r.jurisdiction)).toEqual([]);
    // sorted so that who missed most comes first
    const missed = (j: string) => scorecard.filter((r) => r.jurisdiction === j && r.status === 'missed').length;
    const order = [...new Set(scorecard.filter((r) => r.level === 'province').map((r) => r.jurisdiction))];
    for (let i = 1; i < order.length; i++) expect(missed(order[i - 1])).toBeGreaterThanOrEqual(missed(order[i]));
  });

  // GDP, CPI and budget revenue of three provinces, against the hand labels of their 2025 and 2026 texts
  for (const slug of ['hunan', 'heilongjiang', 'shaanxi'])
    it(`${slug}: GDP, CPI and budget revenue as the texts state them, each span found in its text`, () => {
      const targets = gold(`${slug}-2025.json`).observations.filter((o) => o.kind === 'target' && o.period === 2025);
      const outcomes = gold(`${slug}-2026.json`).observations.filter((o) => o.kind === 'actual' && o.period === 2025);
      for (const indicator of ['gdp', 'cpi', 'local_fiscal_revenue']) {
        const t = targets.find((o) => o.indicator === indicator && o.measure === 'growth');
        const row = scorecard.find((r) => r.jurisdiction === slug && r.indicator === indicator && r.year === '2025');
        if (!t) continue;
        expect(row, `${slug} ${indicator}`).toBeDefined();
        expect(row!.measure).toBe('growth');
        expect(row!.target_qualifier).toBe(t.qualifier ?? 'exact');
        expect(Number(row!.target_low || row!.target_high)).toBe(t.value);
        const a = outcomes.find((o) => o.indicator === indicator && o.measure === 'growth');
        // an outcome the 2026 report does not state is "not stated", never a figure from elsewhere
        expect(row!.actual === '' ? null : Number(row!.actual), `${slug} ${indicator} outcome`).toBe(a?.value ?? null);
        if (a) expect(['met', 'near', 'missed']).toContain(row!.status);
        else expect(['pending', 'no_actual']).toContain(row!.status);
        // each side's span is in its own document, at its offsets
        expect(sourceOf(row!.target_report_id).slice(Number(row!.target_start), Number(row!.target_end))).toBe(
          row!.target_text,
        );
        if (a)
          expect(sourceOf(row!.actual_report_id).slice(Number(row!.actual_start), Number(row!.actual_end))).toBe(
            row!.actual_text,
          );
      }
    });

  it("the README's account of 2025 is the release's", () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const said =
      /(\d+) met their GDP growth target, (\d+)\s+came within the tolerance[\s\S]*?and (\d+) missed it[\s\S]*?Over every indicator they set, (\d+) of the 20 missed at\s+least one target/.exec(
        readme,
      );
    expect(said, 'the README states the 2025 scorecard').not.toBeNull();
    const gdp = scorecard.filter((r) => r.level === 'province' && r.indicator === 'gdp');
    const count = (s: string) => gdp.filter((r) => r.status === s).length;
    const missedOne = new Set(
      scorecard.filter((r) => r.level === 'province' && r.status === 'missed').map((r) => r.jurisdiction),
    );
    expect(said!.slice(1).map(Number)).toEqual([count('met'), count('near'), count('missed'), missedOne.size]);
  });

  it('carries the words of the target as written, and the stated attainment where a report states it', () => {
    for (const r of scorecard)
      for (const w of r.target_words.split(' ').filter(Boolean)) expect(r.target_text).toContain(w);
    expect(scorecard.filter((r) => r.target_words.includes('左右')).length).toBeGreaterThan(20);
    const stated = csv('stated_attainment.csv');
    for (const r of scorecard.filter((x) => x.stated)) {
      const s = stated.find((x) => x.jurisdiction === r.jurisdiction && x.year === r.year && x.text === r.stated_text);
      expect(s, `${r.jurisdiction} ${r.indicator}`).toBeDefined();
    }
  });

  it('is a sheet of the workbook and an array of bundle.json with the same rows', () => {
    const b = JSON.parse(fs.readFileSync(path.join(out, 'bundle.json'), 'utf8')) as { scorecard: Row[] };
    expect(b.scorecard.map((r) => `${r.jurisdiction}|${r.indicator}|${r.status}`)).toEqual(
      scorecard.map((r) => `${r.jurisdiction}|${r.indicator}|${r.status}`),
    );
  });
});

describe('the scorecard on the page, in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  // report.html (every chart drawn, about 4 CPU-seconds of Chromium a load), loaded once per width when a test first
  // asks for it, and shared by the tests of that width
  const pages = new Map<number, Promise<Page>>();
  const report = (width: number) => {
    if (!pages.has(width))
      pages.set(
        width,
        (async () => {
          const page = await browser.newPage({ viewport: { width, height: 900 } });
          await page.goto(`file://${path.join(out, 'report.html')}`);
          return page;
        })(),
      );
    return pages.get(width)!;
  };

  it('shows scorecard.csv row for row, in its order', async () => {
    const page = await report(1440);
    const cells = await page.evaluate(() =>
      [...document.querySelectorAll('#scorecard td.sc')]
        .map((td) => {
          const e = td as HTMLElement;
          return {
            row: Number(e.dataset.row),
            key: `${e.dataset.jurisdiction}|${e.dataset.indicator}|${e.dataset.measure}|${e.dataset.status}`,
          };
        })
        .sort((a, b) => a.row - b.row),
    );
    expect(cells.map((c) => c.row)).toEqual(scorecard.map((_, i) => i));
    expect(cells.map((c) => c.key)).toEqual(
      scorecard.map((r) => `${r.jurisdiction}|${r.indicator}|${r.measure}|${r.status}`),
    );
  });

  for (const width of [390, 1440])
    it(`at ${width} px: no sideways scrolling outside the scorecard's own scroller; a cell opens both sentences`, async () => {
      const page = await report(width);
      const sizes = await page.evaluate(() => {
        const scroller = document.querySelector('#scorecard .sc-scroll') as HTMLElement;
        return {
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          scroller: scroller.getBoundingClientRect().right - document.documentElement.clientWidth,
          rows: [...document.querySelectorAll('#scorecard tbody tr')].map((tr) => tr.getBoundingClientRect().width),
        };
      });
      expect(sizes.page).toBeLessThanOrEqual(0);
      expect(sizes.scroller).toBeLessThanOrEqual(0);
      // on a phone each province is a list of its own, as wide as the screen at most
      if (width === 390) for (const w of sizes.rows) expect(w).toBeLessThanOrEqual(390);
      // a missed cell: its title says target and outcome, its click opens the target's and the outcome's sentences
      const r = scorecard.find((x) => x.status === 'missed' && x.level === 'province')!;
      const index = scorecard.indexOf(r);
      const button = page.locator(`#scorecard td[data-row="${index}"] button`);
      expect(await button.getAttribute('title')).toContain('promised');
      await button.click();
      const panel = await page.evaluate(() => ({
        hidden: (document.getElementById('source') as HTMLElement).hidden,
        marks: [...document.querySelectorAll('#source mark')].map((m) => m.textContent),
      }));
      expect(panel.hidden).toBe(false);
      expect(panel.marks).toEqual([r.target_text, r.actual_text]);
      await page.locator('aside#source .close').click();
    });
});
