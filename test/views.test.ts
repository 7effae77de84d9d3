// What users open: report.html in real headless Chromium, yoy.xlsx read back.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser } from 'playwright-core';
import { cli, tmpdir, ROOT, snapshot } from './helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');

let out: string;
beforeAll(() => {
  out = path.join(tmpdir(), 'release');
  const r = cli(['--output', out]);
  expect(r.status, r.stderr).toBe(0);
});

describe('report.html', () => {
  let browser: Browser;
  beforeAll(async () => {
    expect(fs.existsSync(CHROMIUM), `Chromium is needed at ${CHROMIUM} (apt-get install chromium; .ci/run installs it)`).toBe(true);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is self-contained: no network reference', () => {
    const html = fs.readFileSync(path.join(out, 'report.html'), 'utf8');
    expect(html).not.toMatch(/<(?:script|link|img)[^>]+(?:src|href)=["']?https?:/i);
    expect(html).not.toMatch(/@import|url\(\s*['"]?https?:/i);
  });

  it('opens without console errors, every chart has drawn marks, and a click shows the source sentence', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => !r.url().startsWith('file:') && requests.push(r.url()));
    await page.goto(`file://${path.join(out, 'report.html')}`);

    const charts = page.locator('figure.chart');
    const n = await charts.count();
    expect(n).toBeGreaterThan(10);
    for (let i = 0; i < n; i++) {
      const marks = await charts.nth(i).locator('svg g.mark-symbol path, svg g.mark-line path, svg g.mark-rect path').count();
      expect(marks, `chart ${i} (${await charts.nth(i).getAttribute('data-series')})`).toBeGreaterThan(0);
    }
    // Chinese labels render: each chart is captioned with its indicator, in a font that has the characters
    expect(await page.locator('figure.chart figcaption', { hasText: '地区生产总值' }).count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.fonts.check('14px "Noto Sans CJK SC"', '地区生产总值'))).toBe(true);

    // click the Shangcheng 2015 GDP actual: the panel shows its sentence with the number marked
    const card = page.locator('#j-shangcheng .card', { hasText: '地区生产总值' }).filter({ hasText: 'growth' });
    await card.locator('button.num').nth(1).click();
    const panel = page.locator('aside#source');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.locator('mark').textContent()).toBe('地区生产总值861亿元,同比增长9.2%');
    expect(await panel.locator('.sentence').textContent()).toContain('全区实现地区生产总值861亿元');
    expect(await panel.locator('.title').textContent()).toContain('shangcheng-2016');

    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'report.png') });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });
});

describe('yoy.xlsx', () => {
  it('has one sheet per table, the contract header, typed numeric cells, a frozen header and a filter', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'yoy.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['observations', 'targets_vs_actuals', 'growth_deltas', 'summary', 'stated_attainment', 'outcome_sources', 'commitments', 'pivot_actuals', 'pivot_targets']);
    const tva = wb.getWorksheet('targets_vs_actuals')!;
    const header = (tva.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 5)).toEqual(['jurisdiction', 'indicator', 'indicator_label', 'measure', 'year']);
    const col = (name: string) => header.indexOf(name) + 1;
    let found = false;
    tva.eachRow((row, i) => {
      if (i === 1) return;
      if (row.getCell(col('jurisdiction')).value === 'shangcheng' && row.getCell(col('indicator')).value === 'fixed_asset_investment' && row.getCell(col('measure')).value === 'level' && row.getCell(col('year')).value === 2015) {
        expect(row.getCell(col('attainment_pct')).type).toBe(ExcelJS.ValueType.Number);
        expect(row.getCell(col('attainment_pct')).value).toBe(177.2);
        expect(row.getCell(col('actual')).value).toBe(88.6);
        found = true;
      }
    });
    expect(found).toBe(true);
    expect(tva.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(tva.autoFilter).toBeTruthy();
    // no cell is a formula
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('is byte-identical for identical input', () => {
    const again = path.join(tmpdir(), 'release');
    expect(cli(['--output', again]).status).toBe(0);
    expect(snapshot(again).get('yoy.xlsx')).toEqual(snapshot(out).get('yoy.xlsx'));
    expect(snapshot(again).get('report.html')).toEqual(snapshot(out).get('report.html'));
  });
});
