// What users open, from the shared release: report.html in real headless Chromium,
// yoy.xlsx read back. (That both are byte-identical in another time zone and locale
// is tested in cli.test.ts.)
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { chromium, type Browser, type Page, type Locator } from 'playwright-core';
import { ROOT, RELEASE, cli, tmpdir } from './helpers.js';
import { smallInput } from './small-input.js';
import { loadInput } from '../pipeline/load/index.js';
import { readRelease } from '../pipeline/release/read.js';
import { writePages } from '../pipeline/release/views/index.js';
import { pageData } from '../pipeline/release/views/collect.js';
import { DEFAULT_TOLERANCE } from '../pipeline/derive/attainment.js';
import { SHEETS } from '../pipeline/release/views/sheets.js';
import { seriesPoints, targetMarker } from '../pipeline/release/views/charts.js';
import type { TargetRow } from '../pipeline/derive/targets-vs-actuals.js';

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

  // report.html, the heaviest page the tests open (every chart drawn, about 4 CPU-seconds of Chromium a load), loaded
  // once when a test first asks for it and shared by the tests that only read it (the font probe has a page of its own)
  let shared: Promise<{ page: Page; errors: string[]; requests: string[] }> | undefined;
  const report = () =>
    (shared ??= (async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('request', (r) => !r.url().startsWith('file:') && requests.push(r.url()));
      await page.goto(`file://${path.join(out, 'report.html')}`);
      return { page, errors, requests };
    })());

  it('opens without console errors, every chart has drawn marks, and a click shows the source sentence', async () => {
    const { page, errors, requests } = await report();

    // every chart's drawn marks, counted in the page in one call (a round trip per chart cost seconds)
    const charts = await page.locator('figure.chart').evaluateAll((figures) =>
      figures.map((f) => ({
        series: f.getAttribute('data-series'),
        marks: f.querySelectorAll('svg g.mark-symbol path, svg g.mark-line path, svg g.mark-rect path').length,
      })),
    );
    expect(charts.length).toBeGreaterThan(10);
    expect(charts.filter((c) => c.marks === 0)).toEqual([]);
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
    // (the shared page back as the others find it, the panel closed)
    await panel.locator('.close').click();
  });

  it('draws its Chinese labels in a font the page names (probed on a page of its own)', async () => {
    // CSS.enable makes some Chromium versions (150) log "Unsafe attempt to load URL file://…" into the
    // console of the page it probes: the probe gets a page of its own, so the page whose console must
    // stay empty (the test above) is never probed
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`file://${path.join(out, 'report.html')}`);
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
    await page.close();
  });

  it('review pages show every commitment of commitments.csv, and every outcome of one, as a commitment', async () => {
    const rows = parse(fs.readFileSync(path.join(out, 'commitments.csv')), {
      bom: true,
      columns: true,
      record_delimiter: '\r\n',
    }) as Array<Record<string, string>>;
    // each document's spans of commitments.csv: a commitment where it is made, an outcome where it is stated
    const spans = new Map<string, Array<{ start: number; end: number; text: string; outcome: boolean }>>();
    const add = (report: string, span: { start: number; end: number; text: string; outcome: boolean }) =>
      spans.set(report, [...(spans.get(report) ?? []), span]);
    for (const r of rows) {
      add(r.report_id, { start: Number(r.start), end: Number(r.end), text: r.item, outcome: false });
      if (r.outcome_report_id && r.outcome_start)
        add(r.outcome_report_id, {
          start: Number(r.outcome_start),
          end: Number(r.outcome_end),
          text: r.outcome_text,
          outcome: true,
        });
    }
    // the pages with an outcome of a commitment, the seed's, and the first few others in the release's order:
    // each page is read whole, character by character, and the 2026 provincial pages hold hundreds of items alike
    const written = [...spans.keys()].filter((id) => fs.existsSync(path.join(out, 'review', `${id}.html`)));
    const pages = written.filter(
      (id, i) => i < 6 || id.startsWith('shangcheng-') || spans.get(id)!.some((s) => s.outcome),
    );
    // the seed and its 33 commitments are among them, and outcomes of commitments on some page
    expect(pages).toContain('shangcheng-2015');
    expect(spans.get('shangcheng-2015')!.filter((s) => !s.outcome).length).toBe(33);
    expect(pages.some((id) => spans.get(id)!.some((s) => s.outcome))).toBe(true);
    const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    for (const id of pages) {
      await page.goto(`file://${path.join(out, 'review', `${id}.html`)}`);
      // every character of every span, found by its offset in the page's text: its words, its mark, and no dotted number
      const found = await page.evaluate((list) => {
        const text = document.querySelector('.text')!;
        const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
        const chars: Array<{ c: string; el: Element }> = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode())
          for (const c of n.textContent!.split('')) chars.push({ c, el: n.parentElement! });
        return list.map((s) => {
          const at = chars.slice(s.start, s.end);
          return {
            text: at.map((x) => x.c).join(''),
            marked: at.every((x) => x.el.closest('mark.commit') !== null),
            unread: at
              .filter((x) => x.el.closest('.unread'))
              .map((x) => x.c)
              .join(''),
          };
        });
      }, spans.get(id)!);
      spans.get(id)!.forEach((s, k) =>
        expect({ id, span: s.text, ...found[k] }).toEqual({
          id,
          span: s.text,
          text: s.text,
          marked: true,
          unread: '',
        }),
      );
      // the key shows a commitment of this page in its own words, not a number
      const key = await page.locator('.keys mark.commit').first().textContent();
      expect(key).toMatch(/\p{Script=Han}/u);
      expect(spans.get(id)!.some((s) => s.text.startsWith(key!.replace(/…$/, '')))).toBe(true);
    }
    // and the numbers no rule looked at are keyed by one of the page's own, in its words
    await page.goto(`file://${path.join(out, 'review', 'shangcheng-2015.html')}`);
    const unread = page.locator('.keys q');
    expect(await unread.locator('.unread').count()).toBe(1);
    expect(await unread.textContent()).toMatch(/\p{Script=Han}/u);
    await page.close();
  });

  it('charts read right: every band inside its plot, no two labels overlapping, triangles pointing where a target is met', async () => {
    const { page } = await report();
    type Box = { x: number; y: number; width: number; height: number };
    const charts = await page.evaluate(() => {
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      };
      return [...document.querySelectorAll('figure.chart[data-series], figure.chart.side')].map((figure) => {
        const svg = figure.querySelector('svg')!;
        return {
          series: `${figure.closest('section')!.id} ${figure.getAttribute('data-series') ?? figure.getAttribute('data-indicator')}`,
          // a side-by-side chart: a row per jurisdiction, its dots along x, the level above's band across every row
          side: figure.classList.contains('side'),
          // the plot: the root group's background, the size of the view inside the axes
          plot: box(svg.querySelector('g.role-frame.root > g > path.background')!),
          bands: [...svg.querySelectorAll('g.mark-rect path')].map((p) => ({
            label: p.getAttribute('aria-label') ?? '',
            ...box(p),
          })),
          labels: [...svg.querySelectorAll('text')]
            .filter((t) => t.getAttribute('opacity') !== '0' && t.textContent!.trim() !== '')
            .map((t) => ({ label: t.textContent!, ...box(t) })),
          // the centres of the outcomes and targets drawn
          figures: [...svg.querySelectorAll('g.mark-symbol path')].map((p) => {
            const r = p.getBoundingClientRect();
            return r.y + r.height / 2;
          }),
          targets: [
            ...svg.querySelectorAll('g.mark-symbol path[aria-label*=" target "]:not([aria-label*=" outcome "])'),
          ].map((p) => ({
            label: p.getAttribute('aria-label')!,
            d: p.getAttribute('d')!,
          })),
        };
      });
    });
    expect(charts.length).toBeGreaterThan(10);
    const inside = (b: Box, p: Box) =>
      b.x >= p.x - 0.5 &&
      b.y >= p.y - 0.5 &&
      b.x + b.width <= p.x + p.width + 0.5 &&
      b.y + b.height <= p.y + p.height + 0.5;
    const overlap = (a: Box, b: Box) =>
      Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 &&
      Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;
    const problems: string[] = [];
    let bands = 0,
      labels = 0,
      sides = 0;
    for (const c of charts) {
      labels += c.labels.length;
      for (let i = 0; i < c.labels.length; i++)
        for (let k = i + 1; k < c.labels.length; k++)
          if (overlap(c.labels[i], c.labels[k]))
            problems.push(`${c.series}: "${c.labels[i].label}" overlaps "${c.labels[k].label}"`);
      if (c.side) {
        sides++;
        for (const b of c.bands) if (!inside(b, c.plot)) problems.push(`${c.series}: the band lies outside its plot`);
        continue;
      }
      for (const b of c.bands) {
        bands++;
        if (!inside(b, c.plot)) problems.push(`${c.series}: band "${b.label}" outside its plot`);
        // a band never sets the scale: none fills the plot from top to bottom
        if (b.height >= c.plot.height - 1) problems.push(`${c.series}: band "${b.label}" fills the plot`);
      }
      // the figures set the scale, with a margin: the highest and the lowest are near the plot's top and bottom;
      // a range target's two ends are figures too (4.5–5: its marker stands at 4.5, its band reaches 5)
      const ends = c.bands.filter((b) => / target [\d.−-]+–/.test(b.label) && !/near:/.test(b.label));
      const edges = [...c.figures, ...ends.flatMap((b) => [b.y, b.y + b.height])];
      const [top, bottom] = [Math.min(...edges), Math.max(...edges)];
      if (
        bottom - top > 1 &&
        (top - c.plot.y > c.plot.height * 0.1 + 1 || c.plot.y + c.plot.height - bottom > c.plot.height * 0.1 + 1)
      )
        problems.push(
          `${c.series}: the figures span ${Math.round(top - c.plot.y)}–${Math.round(bottom - c.plot.y)} of a plot ${Math.round(c.plot.height)} high`,
        );
      // a triangle's apex (vega draws it first, at x 0) is up for a floor, down for a ceiling
      for (const t of c.targets) {
        const apex = /^M0,(-?[\d.]+)/.exec(t.d);
        if (/ target at least /.test(t.label) && !(apex && Number(apex[1]) < 0))
          problems.push(`${c.series}: "${t.label}" does not point up`);
        if (/ target at most /.test(t.label) && !(apex && Number(apex[1]) > 0))
          problems.push(`${c.series}: "${t.label}" does not point down`);
      }
    }
    expect(problems).toEqual([]);
    expect(bands).toBeGreaterThan(20);
    // the provinces' 2026 targets side by side, GDP among them
    expect(sides).toBeGreaterThanOrEqual(3);
    expect(charts.some((c) => c.side && c.series === 'side-by-side gdp')).toBe(true);
    expect(labels).toBeGreaterThan(100);
    // the State Council's 能源消耗强度要降低3.9%以上 of 2014: a ceiling at −3.9, drawn pointing down
    const china = charts.find((c) => c.series === 'j-china energy_intensity|growth')!;
    expect(china.targets.find((t) => t.label.startsWith('2014 target'))?.label).toBe(
      '2014 target at most -3.9 %, a fall of at least 3.9 %',
    );
  });
});

describe('yoy.xlsx', () => {
  it('has the sheets of sheets.ts: the summary tables and the targets, a frozen header, a filter, typed numeric cells', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'yoy.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'README',
      'summary',
      'scorecard',
      'targets_vs_actuals',
      'pivot_targets',
      'pivot_actuals',
      'growth_deltas',
      'amplification',
      'stated_attainment',
      'commitments',
    ]);
    expect(wb.worksheets.map((w) => w.name).slice(1)).toEqual(SHEETS.map((s) => s.table.name));
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

  it("has every row of its table's CSV with the columns its entry keeps, blank cells for missing values; no sentences, no offsets", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'yoy.xlsx'));
    for (const ws of wb.worksheets) {
      if (ws.name === 'README') continue;
      const spec = SHEETS.find((s) => s.table.name === ws.name)!;
      const [csvHeader, ...rows] = parse(fs.readFileSync(path.join(out, spec.table.file)), {
        bom: true,
        record_delimiter: '\r\n',
      }) as string[][];
      const kept = csvHeader.filter((h) => /^\d+$/.test(h) || !spec.columns || spec.columns.includes(h));
      const header = (ws.getRow(1).values as unknown[]).slice(1);
      expect({ sheet: ws.name, header }).toEqual({ sheet: ws.name, header: kept });
      expect(
        header.some((h) => /sentence|(^|_)(start|end)$/.test(String(h))),
        ws.name,
      ).toBe(false);
      expect({ sheet: ws.name, rows: ws.actualRowCount }).toEqual({ sheet: ws.name, rows: rows.length + 1 });
      // a text cell is the CSV's cell
      const at = kept.map((h) => csvHeader.indexOf(h));
      ws.eachRow((row, i) => {
        if (i === 1) return;
        row.eachCell((c, j) => {
          if (typeof c.value === 'string') expect(c.value).toBe(rows[i - 2][at[j - 1]]);
        });
      });
    }
    // a missing value is no cell at all: actual is empty for a target without an outcome
    const tva = wb.getWorksheet('targets_vs_actuals')!;
    const header = (tva.getRow(1).values as unknown[]).slice(1);
    let blanks = 0;
    tva.eachRow((row, i) => {
      if (i > 1 && row.getCell(header.indexOf('actual') + 1).type === ExcelJS.ValueType.Null) blanks++;
    });
    expect(blanks).toBeGreaterThan(0);
    // the README says where the rest is
    const readme: string[] = [];
    wb.getWorksheet('README')!.eachRow((row) => row.eachCell((c) => readme.push(String(c.value))));
    expect(readme.join('\n')).toMatch(/sentences.*observations\.csv.*review\.csv/s);
  });
});

describe('yoy.xlsx shows every number as it is', () => {
  /** Each sheet's numeric cells beside the CSV's text of the same cell, with the cell's number format. */
  async function numericCells() {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'yoy.xlsx'));
    const cells: Array<{ sheet: string; column: string; row: Record<string, string>; text: string; numFmt: string }> =
      [];
    for (const ws of wb.worksheets) {
      if (ws.name === 'README') continue;
      const rows = parse(fs.readFileSync(path.join(out, `${ws.name}.csv`)), {
        bom: true,
        columns: true,
        record_delimiter: '\r\n',
      }) as Array<Record<string, string>>;
      const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
      ws.eachRow((row, i) => {
        if (i === 1) return;
        row.eachCell((c, j) => {
          if (c.type !== ExcelJS.ValueType.Number) return;
          const column = header[j - 1];
          const csvRow = rows[i - 2];
          // the cell holds the CSV's number
          expect({ sheet: ws.name, column, i, value: c.value }).toEqual({
            sheet: ws.name,
            column,
            i,
            value: Number(csvRow[column]),
          });
          cells.push({ sheet: ws.name, column, row: csvRow, text: csvRow[column], numFmt: c.numFmt });
        });
      });
    }
    return cells;
  }

  /** The decimals a format shows of the value (Excel's own percent, an unquoted %, shows the value × 100). */
  const shownDecimals = (fmt: string) =>
    (/\.(0+)/.exec(fmt)?.[1].length ?? 0) + (/%$/.test(fmt) && !/"%"$/.test(fmt) ? 2 : 0);
  const decimalsOf = (text: string) => text.split('.')[1]?.length ?? 0;
  /** A share shown as a percentage has at least two decimals of the value: 1 is 100%. */
  const showsAsIs = (fmt: string, text: string) =>
    /%$/.test(fmt) && !/"%"$/.test(fmt)
      ? shownDecimals(fmt) === Math.max(2, decimalsOf(text))
      : shownDecimals(fmt) === decimalsOf(text);

  it('every numeric cell of every sheet shows its own decimals, and big numbers grouped', async () => {
    const cells = await numericCells();
    expect(cells.length).toBeGreaterThan(5000);
    const wrong = cells.filter((c) => !/^\d+$/.test(c.text) || c.numFmt !== '0');
    const rounded = wrong.filter((c) => !showsAsIs(c.numFmt, c.text));
    expect(rounded.map((c) => `${c.sheet}.${c.column} ${c.text}: ${c.numFmt}`)).toEqual([]);
    const ungrouped = cells.filter((c) => Math.abs(Number(c.text)) >= 10000 && !c.numFmt.startsWith('#,##0'));
    // years and offsets are integers without separators; every other big number is grouped
    expect(
      ungrouped.filter((c) => c.numFmt !== '0').map((c) => `${c.sheet}.${c.column} ${c.text}: ${c.numFmt}`),
    ).toEqual([]);
    expect(cells.some((c) => c.numFmt.startsWith('#,##0') && Math.abs(Number(c.text)) >= 1e4)).toBe(true);
  });

  it('percentages carry a % sign and percentage points "pp", in every sheet', async () => {
    const cells = await numericCells();
    const VALUES = new Set([
      'value',
      'target_value',
      'target_low',
      'target_high',
      'actual',
      'prev_actual',
      'prev_value',
    ]);
    const DIFFERENCES = new Set(['gap', 'shortfall', 'delta', 'difference', 'mean_gap', 'median_gap']);
    const growth = (c: (typeof cells)[number]) =>
      (c.row.measure === 'growth' || c.row.measure === 'rate') && (c.row.unit ?? '%') === '%';
    const percents = cells.filter((c) => growth(c) && VALUES.has(c.column));
    const points = cells.filter((c) => growth(c) && DIFFERENCES.has(c.column));
    // targets_vs_actuals, growth_deltas, amplification; and gaps in summary too
    expect(new Set(percents.map((c) => c.sheet)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(points.map((c) => c.sheet)).size).toBeGreaterThanOrEqual(3);
    expect(percents.filter((c) => !c.numFmt.endsWith('"%"')).map((c) => `${c.sheet}.${c.column}: ${c.numFmt}`)).toEqual(
      [],
    );
    expect(points.filter((c) => !c.numFmt.endsWith('" pp"')).map((c) => `${c.sheet}.${c.column}: ${c.numFmt}`)).toEqual(
      [],
    );
    // a level's figures have no sign of percent; its percent change does
    const levels = cells.filter((c) => c.row.measure === 'level' && VALUES.has(c.column));
    expect(levels.length).toBeGreaterThan(100);
    expect(levels.filter((c) => /%|pp/.test(c.numFmt))).toEqual([]);
    for (const c of cells.filter((c) => c.column === 'attainment_pct' || c.column === 'delta_pct'))
      expect(c.numFmt).toMatch(/"%"$/);

    // a percentage row, a pp cell, a big level and a decimal, by their cells
    const at = (sheet: string, column: string, where: (r: Record<string, string>) => boolean) => {
      const c = cells.find((x) => x.sheet === sheet && x.column === column && where(x.row));
      expect(c, `${sheet}.${column}`).toBeDefined();
      return c!.numFmt;
    };
    const shangcheng2015 = (r: Record<string, string>) =>
      r.jurisdiction === 'shangcheng' && r.indicator === 'gdp' && r.measure === 'growth' && r.year === '2015';
    // the seed's target of 7.5% GDP growth, its gap in pp, and the 8.1% growth it states of 2014
    expect(at('targets_vs_actuals', 'target_value', shangcheng2015)).toBe('#,##0.0"%"');
    expect(at('targets_vs_actuals', 'gap', shangcheng2015)).toMatch(/^#,##0(\.0+)?" pp"$/);
    expect(
      at(
        'targets_vs_actuals',
        'actual',
        (r) => r.jurisdiction === 'shangcheng' && r.indicator === 'gdp' && r.measure === 'growth' && r.year === '2014',
      ),
    ).toBe('#,##0.0"%"');
    // a level in 亿元 with one decimal, grouped
    expect(
      at(
        'targets_vs_actuals',
        'actual',
        (r) => r.jurisdiction === 'shangcheng' && r.indicator === 'gdp' && r.measure === 'level' && r.actual === '861',
      ),
    ).toBe('#,##0');
    // a decimal level: China's grain output of 2004 in 万亿斤, 0.939, shows its three decimals
    expect(
      at(
        'targets_vs_actuals',
        'actual',
        (r) => r.jurisdiction === 'china' && r.indicator === 'grain_output' && r.year === '2004',
      ),
    ).toBe('#,##0.000');
  });
});

describe('chart points from the real release', () => {
  const rows = readRelease(out).derived.targets_vs_actuals as TargetRow[];
  const series = (jurisdiction: string, indicator: string, measure: string) =>
    rows.filter((r) => r.jurisdiction === jurisdiction && r.indicator === indicator && r.measure === measure);
  const opts = (higherIsBetter: boolean) => ({
    tolerancePp: DEFAULT_TOLERANCE.pp,
    tolerancePct: DEFAULT_TOLERANCE.levelPct,
    higherIsBetter,
  });

  it('an "about" target\'s band is where it is near, on the side that misses, and inside the axis', () => {
    // unemployment, lower is better: about 5.5 is near from 5.5 up to 6
    const unemployment = seriesPoints(series('china', 'surveyed_unemployment_rate', 'rate'), opts(false));
    // GDP growth, higher is better: about 7.5 is near from 7 up to 7.5
    const gdp = seriesPoints(series('china', 'gdp', 'growth'), opts(true));
    for (const [points, higher] of [
      [unemployment, false],
      [gdp, true],
    ] as const) {
      const edges = points.filter((p) => p.kind === 'edge').map((p) => p.value!);
      expect(edges.length).toBe(2);
      const about = points.filter((p) => p.kind === 'band' && p.qualifier === 'about');
      expect(about.length).toBeGreaterThan(2);
      for (const b of about) {
        const target = points.find((p) => p.kind === 'target' && p.year === b.year)!.value!;
        if (higher) expect(b.high).toBe(target);
        else expect(b.low).toBe(target);
        expect(b.low!).toBeGreaterThanOrEqual(Math.min(...edges));
        expect(b.high!).toBeLessThanOrEqual(Math.max(...edges));
      }
      // the axis spans the figures, not the bands: every outcome and target inside, with a margin
      const figures = points.filter((p) => p.kind === 'actual' || p.kind === 'target').map((p) => p.value!);
      expect(Math.min(...edges)).toBeLessThan(Math.min(...figures));
      expect(Math.max(...edges)).toBeGreaterThan(Math.max(...figures));
    }
  });

  it('a target is drawn in its direction: 下降3.9%以上 is a ceiling, 4.6%以内 a ceiling, 以上 on a rise a floor', () => {
    const markers = new Map(rows.filter((r) => r.target_value !== null).map((r) => [r, targetMarker(r)]));
    const fall = [...markers].find(
      ([r]) => r.jurisdiction === 'china' && r.indicator === 'energy_intensity' && r.year === 2014,
    )!;
    expect([fall[0].target_qualifier, fall[0].target_value, fall[1]]).toEqual(['at_least', -3.9, 'ceiling']);
    // every bounded target: a floor where only target_low bounds it, a ceiling where only target_high does
    for (const [r, m] of markers) {
      if (r.target_qualifier !== 'at_least' && r.target_qualifier !== 'at_most') continue;
      expect({ r: `${r.jurisdiction} ${r.indicator} ${r.year}`, m }).toEqual({
        r: `${r.jurisdiction} ${r.indicator} ${r.year}`,
        m: r.target_low === null ? 'ceiling' : 'floor',
      });
    }
    expect([...markers.values()].filter((m) => m === 'floor').length).toBeGreaterThan(5);
    expect([...markers.values()].filter((m) => m === 'ceiling').length).toBeGreaterThan(5);
  });
});

describe('the pages from the run', () => {
  it('are the pages written from the release read back, with fewer jurisdictions drawn than there are', async () => {
    // a small input of two jurisdictions, one drawn: the run keeps only its rows, and counts the rest
    const small = smallInput();
    const dir = path.join(tmpdir('yoy-pages-'), 'release');
    const r = cli(['--input', small, '--output', dir, '--report-max', '1'], { views: true });
    expect(r.status, r.stderr).toBe(0);
    const again = tmpdir('yoy-pages-again-');
    const input = loadInput(small, { maxFileBytes: 200e6 });
    const written = await writePages(pageData(readRelease(dir), 1), again, {
      reportMaxJurisdictions: 1,
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
    expect(drawn).toBe(1);
    expect(html).toContain('and 1 more jurisdiction in the CSVs');
  });
});
