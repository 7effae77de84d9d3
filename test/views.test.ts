// What users open, from the shared release: report.html in real headless Chromium,
// yoy.xlsx read back. (That both are byte-identical in another time zone and locale
// is tested in cli.test.ts.)
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page, type Locator } from 'playwright-core';
import { ROOT, RELEASE, INPUT, cli, tmpdir } from './helpers.js';
import { loadInput } from '../pipeline/load/index.js';
import { readRelease } from '../pipeline/release/read.js';
import { writePages } from '../pipeline/release/views/index.js';
import { pageData } from '../pipeline/release/views/collect.js';
import { DEFAULT_TOLERANCE } from '../pipeline/derive/attainment.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
const out = RELEASE;

const GENERIC = new Set([
  'serif',
  'sans-serif',
  'monospace',
  'cursive',
  'fantasy',
  'system-ui',
  'ui-sans-serif',
  'ui-serif',
  'ui-monospace',
  'math',
  'emoji',
  'fangsong',
]);

/**
 * The fonts the platform really drew an element's text with (Chromium's
 * CSS.getPlatformFontsForNode, glyphs counted per font), beside the families its
 * CSS names. A family that is not installed draws nothing: the text falls back to
 * some other font, which is then not one the page names. (document.fonts.check,
 * used before, answers true even for a family that does not exist.)
 */
async function drawnFonts(
  page: Page,
  element: Locator,
): Promise<{ text: string; named: string[]; drawn: Array<{ family: string; glyphs: number }> }> {
  const probe = `p${Math.random().toString(36).slice(2)}`;
  const { text, family } = await element.evaluate((el, id) => {
    el.setAttribute('data-font-probe', id);
    return { text: el.textContent ?? '', family: getComputedStyle(el).fontFamily };
  }, probe);
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: `[data-font-probe="${probe}"]`,
    });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const named = family
      .split(',')
      .map((f) => f.trim().replace(/^["']|["']$/g, ''))
      .filter((f) => !GENERIC.has(f.toLowerCase()));
    return { text, named, drawn: fonts.map((f) => ({ family: f.familyName, glyphs: f.glyphCount })) };
  } finally {
    await cdp.detach();
  }
}

/** The families an element's text was drawn with that its CSS does not name: [] when its own fonts drew it all. */
async function fallbackFonts(page: Page, element: Locator): Promise<string[]> {
  const f = await drawnFonts(page, element);
  expect(f.drawn.length, `no text drawn in "${f.text}"`).toBeGreaterThan(0);
  // every character is a glyph of some font
  expect(
    f.drawn.reduce((a, d) => a + d.glyphs, 0),
    f.text,
  ).toBeGreaterThanOrEqual([...f.text.replace(/\s/g, '')].length);
  return f.drawn.map((d) => d.family).filter((d) => !f.named.includes(d));
}

describe('report.html', () => {
  let browser: Browser;
  beforeAll(async () => {
    expect(
      fs.existsSync(CHROMIUM),
      `Chromium is needed at ${CHROMIUM} (apt-get install chromium; .ci/run installs it)`,
    ).toBe(true);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
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
      const marks = await charts
        .nth(i)
        .locator('svg g.mark-symbol path, svg g.mark-line path, svg g.mark-rect path')
        .count();
      expect(marks, `chart ${i} (${await charts.nth(i).getAttribute('data-series')})`).toBeGreaterThan(0);
    }
    // Chinese labels render in a font the page names: the chart captions, the cards, the headings and the
    // chart's own SVG text are drawn by a family of the page's font stack, not by a fallback
    const caption = page.locator('figure.chart figcaption b', { hasText: '地区生产总值' }).first();
    expect(await caption.count()).toBe(1);
    for (const element of [
      caption,
      page.locator('.card .ind', { hasText: '地区生产总值' }).first(),
      page.locator('h2', { hasText: '上城区' }).first(),
      page.locator('figure.chart svg text').first(),
    ]) {
      expect(await fallbackFonts(page, element), (await element.textContent()) ?? '').toEqual([]);
    }
    // and the check can fail: text whose CSS names only a font that is not installed is drawn by a fallback
    await page.evaluate(() => {
      const span = document.createElement('span');
      span.id = 'missing-font';
      span.style.fontFamily = '"Yoy No Such Font", sans-serif';
      span.textContent = '地区生产总值';
      document.body.append(span);
    });
    expect(await fallbackFonts(page, page.locator('#missing-font'))).not.toEqual([]);
    await page.locator('#missing-font').evaluate((el) => el.remove());

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
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'README',
      'observations',
      'targets_vs_actuals',
      'growth_deltas',
      'summary',
      'revisions',
      'review',
      'stated_attainment',
      'outcome_sources',
      'commitments',
      'amplification',
      'pivot_actuals',
      'pivot_targets',
    ]);
    const tva = wb.getWorksheet('targets_vs_actuals')!;
    const header = (tva.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 6)).toEqual([
      'jurisdiction',
      'division_code',
      'indicator',
      'indicator_label',
      'measure',
      'year',
    ]);
    const col = (name: string) => header.indexOf(name) + 1;
    let found = false;
    tva.eachRow((row, i) => {
      if (i === 1) return;
      if (
        row.getCell(col('jurisdiction')).value === 'shangcheng' &&
        row.getCell(col('indicator')).value === 'fixed_asset_investment' &&
        row.getCell(col('measure')).value === 'level' &&
        row.getCell(col('year')).value === 2015
      ) {
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
    for (const ws of wb.worksheets)
      ws.eachRow((row) => row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('has every row of every CSV, the review sheet with the commitments to review too, and blank cells for missing values', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'yoy.xlsx'));
    for (const ws of wb.worksheets) {
      if (ws.name === 'README') continue;
      const lines = fs
        .readFileSync(path.join(out, `${ws.name}.csv`), 'utf8')
        .split('\r\n')
        .filter(Boolean);
      // no CSV of the default release has a line break inside a cell, so its lines are its rows
      expect({ sheet: ws.name, rows: ws.actualRowCount }).toEqual({ sheet: ws.name, rows: lines.length });
    }
    const review = fs.readFileSync(path.join(out, 'review.csv'), 'utf8');
    expect(review).toMatch(/,commitment,/);
    // a missing value is no cell at all: actual is empty for a target without an outcome
    const tva = wb.getWorksheet('targets_vs_actuals')!;
    const header = (tva.getRow(1).values as unknown[]).slice(1);
    let blanks = 0;
    tva.eachRow((row, i) => {
      if (i > 1 && row.getCell(header.indexOf('actual') + 1).type === ExcelJS.ValueType.Null) blanks++;
    });
    expect(blanks).toBeGreaterThan(0);
  });
});

describe('the pages from the run', () => {
  it('are the pages written from the release read back, with fewer jurisdictions drawn than there are', async () => {
    // two jurisdictions drawn: the run keeps only their rows, and counts the rest
    const dir = path.join(tmpdir('yoy-pages-'), 'release');
    const r = cli(['--output', dir, '--report-max', '2'], { views: true });
    expect(r.status, r.stderr).toBe(0);
    const again = tmpdir('yoy-pages-again-');
    const input = loadInput(INPUT, { maxFileBytes: 200e6 });
    const written = await writePages(pageData(readRelease(dir), 2), again, {
      reportMaxJurisdictions: 2,
      tolerance: DEFAULT_TOLERANCE,
      input,
    });
    expect(written.filter((f) => f.startsWith('review/')).length).toBeGreaterThan(1);
    for (const f of written)
      expect({ f, same: fs.readFileSync(path.join(dir, f)).equals(fs.readFileSync(path.join(again, f))) }).toEqual({
        f,
        same: true,
      });
    const html = fs.readFileSync(path.join(dir, 'report.html'), 'utf8');
    const drawn = html.match(/<section id="j-/g)?.length;
    expect(drawn).toBe(2);
    expect(html).toMatch(/and \d+ more jurisdictions in the CSVs/);
  });
});
