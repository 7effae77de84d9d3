// What a reader sees (issue 14): one unit per series in every derived table, the
// headline with every status, and the page and review pages in real headless
// Chromium at a phone's width and a desktop's: no sideways scrolling, plain tick
// labels, chart text of 10 px or more, chart points that open their source, every
// observation highlighted on its review page, and no network request.
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { tmpdir, ROOT, RELEASE } from './helpers.js';
import { countStatuses, headline, STATUSES } from '../pipeline/derive/attainment.js';
import { compareDirs } from '../pipeline/release/publish.js';
import { esc } from '../pipeline/release/views/page.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
const WIDTHS = [390, 1440];

// the shared release of the default input, views included, built once by the CLI (test/global-setup.ts)
const out = RELEASE;
const stdout = inject('releaseLog');
const csv = (name: string) =>
  parse(fs.readFileSync(path.join(out, name)), { bom: true, columns: true, record_delimiter: '\r\n' }) as Array<
    Record<string, string>
  >;

describe('one unit per series', () => {
  it('every jurisdiction × indicator × measure has one unit in targets_vs_actuals.csv, both pivots, growth_deltas and outcome_sources', () => {
    const units = new Map<string, Set<string>>();
    for (const file of [
      'targets_vs_actuals.csv',
      'pivot_actuals.csv',
      'pivot_targets.csv',
      'growth_deltas.csv',
      'outcome_sources.csv',
    ]) {
      for (const r of csv(file)) {
        const k = `${r.jurisdiction}|${r.indicator}|${r.measure}`;
        if (!units.has(k)) units.set(k, new Set());
        units.get(k)!.add(r.unit);
      }
    }
    const mixed = [...units].filter(([, u]) => u.size > 1).map(([k, u]) => `${k}: ${[...u].join(', ')}`);
    expect(mixed).toEqual([]);
    // grain output: 万吨, 亿吨 and 万亿斤 as stated, one unit (its targets') in the tables; 斤 is 0.5 kg
    const grain = csv('targets_vs_actuals.csv').filter(
      (r) => r.jurisdiction === 'china' && r.indicator === 'grain_output' && r.measure === 'level',
    );
    expect(new Set(grain.map((r) => r.unit))).toEqual(new Set(['万亿斤']));
    expect(grain.find((r) => r.year === '2004')!.actual).toBe('0.939'); // 46950万吨
    expect(grain.find((r) => r.year === '2014')!.actual).toBe('1.214'); // 6.07亿吨
    // trade: 美元 and 元 never in one series; the other currency is listed in outcome_sources without a value
    const trade = csv('outcome_sources.csv').filter(
      (r) => r.jurisdiction === 'china' && r.indicator === 'trade' && r.measure === 'level',
    );
    const cny = trade.filter((r) => r.unit_as_stated.endsWith('亿元'));
    expect(cny.length).toBeGreaterThan(0);
    for (const r of cny) expect([r.value, r.chosen]).toEqual(['', 'false']);
    // observations keep every figure as stated
    expect(csv('observations.csv').some((o) => o.indicator === 'grain_output' && o.unit === '万吨')).toBe(true);
  });
});

describe('the headline counts every status', () => {
  it('in the CLI summary, bundle.json and report.html alike', () => {
    const counts = countStatuses(
      csv('targets_vs_actuals.csv') as unknown as Array<{ status: (typeof STATUSES)[number] }>,
    );
    const bundle = JSON.parse(fs.readFileSync(path.join(out, 'bundle.json'), 'utf8'));
    expect(bundle.counts.status).toEqual(counts);
    expect(stdout).toContain(headline(counts));
    const html = fs.readFileSync(path.join(out, 'report.html'), 'utf8');
    expect(html).toContain(esc(headline(counts)));
    for (const s of STATUSES) expect(html).toMatch(new RegExp(`<li><b>${counts[s]}</b>`));
  });
});

describe('report.html and the review pages in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    expect(fs.existsSync(CHROMIUM), `Chromium is needed at ${CHROMIUM}`).toBe(true);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
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

  async function open(file: string, width: number): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => !r.url().startsWith('file:') && requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`file://${file}`);
    return { page, requests, errors };
  }

  // report.html is the heaviest page the tests open (every chart drawn, about 4 CPU-seconds of Chromium a load): it is
  // loaded once per width, when a test first asks for it, and shared by the tests of that width, which leave it open
  const reports = new Map<number, ReturnType<typeof open>>();
  const report = (width: number) => {
    if (!reports.has(width)) reports.set(width, open(path.join(out, 'report.html'), width));
    return reports.get(width)!;
  };

  const overflow = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  for (const width of WIDTHS) {
    it(`at ${width} px: no sideways scrolling, plain ticks, chart text of 10 px or more, no network`, async () => {
      const { page, requests, errors } = await report(width);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      // with every table opened too
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      const texts = await page.evaluate(() =>
        [...document.querySelectorAll('figure.chart svg text')]
          .filter(
            (t) =>
              (t as SVGTextElement).getAttribute('opacity') !== '0' && (t as SVGTextElement).textContent!.trim() !== '',
          )
          .map((t) => {
            const el = t as SVGTextElement;
            const size = parseFloat(el.getAttribute('font-size') ?? getComputedStyle(el).fontSize);
            return { text: el.textContent!, px: size * el.getScreenCTM()!.a };
          }),
      );
      expect(texts.length).toBeGreaterThan(100);
      expect(texts.filter((t) => /\de[+-]?\d/i.test(t.text))).toEqual([]);
      expect(texts.filter((t) => t.px < 10)).toEqual([]);
      // the charts fill their column
      const widths = await page.evaluate(() =>
        [...document.querySelectorAll('figure.chart svg')].map((s) => [
          s.getBoundingClientRect().width,
          (s.closest('figure') as HTMLElement).clientWidth,
        ]),
      );
      for (const [svg, col] of widths) expect(svg).toBeGreaterThanOrEqual(col - 1);
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = false)));
      await page.screenshot({ path: path.join(ARTIFACTS, `report-${width}.png`) });
      await page.locator('figure.chart').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, `report-charts-${width}.png`) });
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  it('a click on a chart point opens its source sentence', async () => {
    const { page, requests } = await report(390);
    // China's GDP growth in 2014: 7.4% against about 7.5%, near
    const point = page.locator(
      '#j-china figure.chart[data-series="gdp|growth"] a path[aria-label^="2014 outcome 7.4"]',
    );
    expect(await point.count()).toBe(1);
    await point.click();
    const panel = page.locator('aside#source');
    await expect.poll(() => panel.isVisible()).toBe(true);
    // its outcome comes from the series of official figures (input/statistics), the row as written
    expect(await panel.locator('mark').textContent()).toContain('china,gdp,2014,growth,7.4');
    expect(await panel.locator('dl').textContent()).toContain('series file');
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-source-390.png') });
    // a target too (its marker and its band link the same sentence): 2003's, about 7%, away from its outcome
    await panel.locator('.close').click();
    const target = page.locator(
      '#j-china figure.chart[data-series="gdp|growth"] g.mark-symbol a path[aria-label^="2003 target about 7 "]',
    );
    expect(await target.count()).toBe(1);
    // the marker is a thin stroke over its band: a tap at its centre lands on one of the two, both links to one sentence
    await target.click({ force: true });
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.locator('mark').textContent()).toMatch(/7%/);
    expect(await panel.locator('.title').textContent()).toContain('china-2003');
    expect(requests).toEqual([]);
    await panel.locator('.close').click();
  });

  it('the source panel says when a figure is an estimate, its document kind, and links its URL', async () => {
    const bundle = JSON.parse(fs.readFileSync(path.join(out, 'bundle.json'), 'utf8'));
    const sources = await (async () => {
      const html = fs.readFileSync(path.join(out, 'report.html'), 'utf8');
      return JSON.parse(/<script id="sources" type="application\/json">([\s\S]*?)<\/script>/.exec(html)![1]) as Array<
        Record<string, unknown>
      >;
    })();
    expect(sources.some((s) => s.estimated === true)).toBe(
      bundle.observations.some((o: { estimated: boolean }) => o.estimated),
    );
    const i = sources.findIndex((s) => typeof s.url === 'string' && s.doc_kind === 'work_report');
    expect(i).toBeGreaterThanOrEqual(0);
    const { page } = await report(1440);
    await page.locator(`button.num[data-src="${i}"]`).first().click();
    const panel = page.locator('aside#source');
    expect(await panel.locator(`a[href="${sources[i].url}"]`).count()).toBe(1);
    expect(await panel.textContent()).toContain('work report');
    // the national series is labelled by the name its reports use
    expect(await page.locator('#j-china figure.chart[data-series="gdp|growth"] figcaption').textContent()).toContain(
      '国内生产总值',
    );
    expect(
      await page.locator('#j-shangcheng figure.chart[data-series="gdp|growth"] figcaption').textContent(),
    ).toContain('地区生产总值');
    // English labels on request
    await page.locator('#lang').click();
    expect(await page.locator('#j-china figure.chart[data-series="gdp|growth"] figcaption').innerText()).toContain(
      'Gross domestic',
    );
    // (the shared page back as the others find it: Chinese labels, the panel closed)
    await page.locator('#lang').click();
    await panel.locator('.close').click();
  });

  it('review pages: every observation of a document is highlighted over its exact span, set-aside figures carry their reason, no network', async () => {
    const bundle = JSON.parse(fs.readFileSync(path.join(out, 'bundle.json'), 'utf8'));
    const html = fs.readFileSync(path.join(out, 'report.html'), 'utf8');
    const ids = [
      'shangcheng-2015',
      'shangcheng-2016',
      'china-2015',
      'china-2024-communique',
      'china-headline-outcomes',
    ];
    for (const id of ids) expect(html).toContain(`href="review/${id}.html"`);
    let dropped = 0;
    for (const id of ids) {
      const { page, requests, errors } = await open(path.join(out, 'review', `${id}.html`), 390);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      const mine = bundle.observations.filter((o: { report_id: string }) => o.report_id === id) as Array<{
        start: number;
        end: number;
        text: string;
      }>;
      expect(mine.length).toBeGreaterThan(0);
      const got = await page.evaluate(() => {
        const spans = JSON.parse(document.getElementById('marks')!.textContent!).spans as Array<[number, number]>;
        return spans.map((s, k) => ({
          start: s[0],
          end: s[1],
          text: [...document.querySelectorAll('mark[data-obs]')]
            .filter((m) => m.getAttribute('data-obs')!.split(' ').includes(String(k)))
            .map((m) => m.textContent)
            .join(''),
        }));
      });
      for (const o of mine)
        expect(got.find((g) => g.start === o.start && g.end === o.end)?.text, `${id} ${o.start}-${o.end}`).toBe(o.text);
      expect(got.length).toBe(mine.length);
      dropped += await page.locator('mark.drop[title^="set aside: "]').count();
      if (id === 'china-2015') await page.screenshot({ path: path.join(ARTIFACTS, 'review-390.png') });
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
    expect(dropped).toBeGreaterThan(0);
  });
});

describe('yoy.xlsx', () => {
  it('has a README of every column, formatted numbers and percentages, blank cells for missing values', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'yoy.xlsx'));
    const readme = wb.getWorksheet('README')!;
    const described = new Set<string>();
    readme.eachRow((r) => described.add(`${r.getCell(1).value}|${r.getCell(2).value}`));
    const tva = wb.getWorksheet('targets_vs_actuals')!;
    const header = (tva.getRow(1).values as unknown[]).slice(1) as string[];
    for (const h of header) expect(described.has(`targets_vs_actuals|${h}`), h).toBe(true);
    const col = (name: string) => header.indexOf(name) + 1;
    let blank = 0;
    tva.eachRow((row, i) => {
      if (i === 1) return;
      expect(row.getCell(col('year')).numFmt).toBe('0');
      const pct = row.getCell(col('attainment_pct'));
      if (pct.value !== null) expect(pct.numFmt).toContain('%');
      const actual = row.getCell(col('actual'));
      if (actual.value === null) {
        expect(actual.type).toBe(ExcelJS.ValueType.Null);
        blank++;
      }
      expect(row.getCell(col('actual_url')).value).not.toBe('');
    });
    expect(blank).toBeGreaterThan(0);
    expect(tva.getRow(1).getCell(1).font?.bold).toBe(true);
  });
});

describe('--check', () => {
  it('compares the review pages too', () => {
    const other = path.join(tmpdir(), 'release');
    fs.cpSync(out, other, { recursive: true });
    expect(compareDirs(out, other)).toEqual([]);
    const page = fs.readdirSync(path.join(other, 'review'))[0];
    fs.appendFileSync(path.join(other, 'review', page), ' ');
    expect(compareDirs(out, other)).toEqual([
      `review/${page}: differs from line ${fs.readFileSync(path.join(out, 'review', page), 'utf8').split('\n').length} (${fs.readFileSync(path.join(out, 'review', page), 'utf8').split('\n').length} lines rebuilt, ${fs.readFileSync(path.join(other, 'review', page), 'utf8').split('\n').length} committed)`,
    ]);
  });
});
