// Charts for report.html: vega-lite specs compiled and rendered to SVG by vega in
// Node at build time, so the page needs no script or network to show them.
//
// What a reader needs from them, and how each is done here:
// - plain numbers on the axes (50,000, never 5e+4), the series' one unit as the axis title;
// - one legend in words for the whole page (report-html.ts), none under each chart;
// - a missing year is a gap: the line of outcomes is drawn in runs of consecutive years;
// - the status in shape as well as colour (the page's legend says each in words, each
//   point's tooltip says its own, and the caption lists the years missed and near): no
//   word is written beside a point, so no label can overlap another;
// - a target drawn in its direction: a floor (at least) points up, a ceiling (at most,
//   and a fall of at least: 下降3.9%以上 is growth of −3.9 or less) points down; an
//   "about" target's band is where it is near, on the side that misses (below it when
//   higher is better, above it when lower is better);
// - the y axis spans the figures (outcomes and targets) with a margin, and a band
//   reaching beyond it is cut at the plot's edge: a band never sets the scale;
// - every point is a link (#src-N) to its source sentence, like every number of the page;
// - sized to its container: the SVG has a viewBox and no fixed size, and is laid out
//   at the width of a phone's column, so its text stays at 10 px or more down to a
//   300 px column (CHART_WIDTH, FONT_SIZE).
import * as vega from 'vega';
import * as vl from 'vega-lite';
import type { TargetRow } from '../../derive/targets-vs-actuals.js';

// A chart's links are the page's own anchors (#src-N), which need no sanitising. vega
// sanitises every link asynchronously, and its headless SVG renderer then waits for a 10 ms
// timer and draws the chart a second time: most of a chart's time. Such links are written
// at once; any other goes through vega as before.
type HrefRenderer = { headless: { prototype: { href(item: { href?: unknown }): unknown } } };
const svgRenderer = (vega.renderModule as unknown as (name: string) => HrefRenderer)('svg').headless.prototype;
const sanitised = svgRenderer.href;
svgRenderer.href = function (this: unknown, item: { href?: unknown }) {
  return typeof item.href === 'string' && item.href.startsWith('#')
    ? { 'xlink:href': item.href }
    : sanitised.call(this, item);
};

/** CJK fonts first, so Chinese labels render wherever the page is opened. */
export const FONT =
  "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif";

/** The width a chart is laid out at (CSS pixels); the page scales it to its column. */
export const CHART_WIDTH = 360;
export const CHART_HEIGHT = 210;
/** The smallest text of a chart at its laid-out size. */
export const FONT_SIZE = 12;

/** The axes of every chart of the page: its fonts at the page's smallest size, quiet lines. */
export const AXIS = {
  labelFont: FONT,
  titleFont: FONT,
  labelFontSize: FONT_SIZE,
  titleFontSize: FONT_SIZE,
  labelColor: '#424a53',
  gridColor: '#eaeef2',
  domainColor: '#8c959f',
};

/** The status of an outcome: its colour, its shape and its words (the page's legend says them once). */
export const OUTCOME_STYLE: Record<string, { colour: string; shape: string; words: string; zh: string }> = {
  met: { colour: '#1a7f37', shape: 'circle', words: 'met', zh: '达成' },
  near: { colour: '#9a6700', shape: 'diamond', words: 'near', zh: '接近' },
  missed: { colour: '#cf222e', shape: 'cross', words: 'missed', zh: '未达成' },
  no_target: { colour: '#6e7781', shape: 'square', words: 'no target', zh: '无目标' },
};
export const TARGET_COLOUR = '#0969da';
/** A target's marker by its direction: a bar for a figure, a triangle for a floor or a ceiling (the band is drawn apart). */
export const TARGET_SHAPE: Record<string, string> = {
  figure: 'stroke',
  floor: 'triangle-up',
  ceiling: 'triangle-down',
};

interface Point {
  year: number;
  kind: string;
  value?: number | null;
  low?: number | null;
  high?: number | null;
  status?: string;
  qualifier?: string;
  /** a target's marker: a figure, a floor or a ceiling (TARGET_SHAPE) */
  marker?: keyof typeof TARGET_SHAPE;
  /** the link to the source sentence (#src-N), or none */
  href?: string;
  /** a run of consecutive years of outcomes: the line breaks between runs */
  run?: number;
  /** what a screen reader says of the point */
  description?: string;
}

const escXml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const QUALIFIER_WORDS: Record<string, string> = {
  exact: '',
  about: 'about ',
  at_least: 'at least ',
  at_most: 'at most ',
  range: '',
};

/** A number for the chart's words: plain decimals, never an exponent. */
const plainNumber = (v: number) => (Number.isInteger(v) ? String(v) : String(Number(v.toFixed(6))));

/** How a target bounds its outcomes: a floor (met at or above), a ceiling (met at or below), or a figure. */
export function targetMarker(r: TargetRow): keyof typeof TARGET_SHAPE {
  if (r.target_qualifier !== 'at_least' && r.target_qualifier !== 'at_most') return 'figure';
  // the band says it: 下降3.9%以上 (at_least) is target_high −3.9, a ceiling
  if (r.target_low !== null && r.target_high === null) return 'floor';
  if (r.target_high !== null && r.target_low === null) return 'ceiling';
  return 'figure';
}

/** A target in words, in its direction: "at most -3.9 %, a fall of at least 3.9 %". */
function targetWords(r: TargetRow, marker: keyof typeof TARGET_SHAPE): string {
  const q = r.target_qualifier ?? 'exact';
  const v = r.target_value!;
  const u = r.unit ? ` ${r.unit}` : '';
  if (q === 'range') return `${plainNumber(r.target_low!)}–${plainNumber(r.target_high!)}${u}`;
  if (marker === 'floor') return `at least ${plainNumber(v)}${u}`;
  if (marker === 'ceiling')
    return `at most ${plainNumber(v)}${u}${q === 'at_least' && v < 0 ? `, a fall of at least ${plainNumber(-v)}${u}` : ''}`;
  return `${QUALIFIER_WORDS[q] ?? ''}${plainNumber(v)}${u}`;
}

export interface SeriesOptions {
  tolerancePp: number;
  tolerancePct: number;
  /** the indicator's favourable direction (the dictionary's better): which side of an "about" target misses */
  higherIsBetter: boolean;
  /** the link to a figure's source sentence */
  hrefOf?: (reportId: string | null, start: number | null) => string | undefined;
}

/**
 * The points of one series: the outcomes (each linked to its source), the target as a
 * marker in its direction, and a band (range: the range; about: where it is near).
 * Two invisible points fix the y axis: the figures' extent with a margin; bands are
 * cut to it.
 */
export function seriesPoints(rows: TargetRow[], opts: SeriesOptions): Point[] {
  const { tolerancePp, tolerancePct, higherIsBetter, hrefOf = () => undefined } = opts;
  const points: Point[] = [];
  const years = rows.map((r) => r.year);
  // every year between the first and the last, so the axis is evenly spaced and a missing year shows
  for (let y = Math.min(...years); y <= Math.max(...years); y++) points.push({ year: y, kind: 'pad' });
  const unit = rows[0]?.unit ?? '';
  const bands: Point[] = [];
  const figures: number[] = [];
  let run = 0;
  let last: number | undefined;
  for (const r of [...rows].sort((a, b) => a.year - b.year)) {
    if (r.actual !== null) {
      if (last !== undefined && r.year !== last + 1) run++;
      last = r.year;
      figures.push(r.actual);
      const status = r.target_value === null ? 'no_target' : r.status;
      const style = OUTCOME_STYLE[status] ?? OUTCOME_STYLE.no_target;
      points.push({
        year: r.year,
        kind: 'actual',
        value: r.actual,
        status,
        run,
        href: hrefOf(r.actual_report_id, r.actual_start),
        description: `${r.year} outcome ${plainNumber(r.actual)} ${unit}${r.actual_estimated ? ' (estimated)' : ''}: ${style.words}${r.target_value !== null ? `, target ${targetWords(r, targetMarker(r))}` : ''}`,
      });
    }
    if (r.target_value === null) continue;
    const q = r.target_qualifier ?? 'exact';
    const marker = targetMarker(r);
    figures.push(r.target_value);
    const href = hrefOf(r.target_report_id, r.target_start);
    const description = `${r.year} target ${targetWords(r, marker)}`;
    if (q === 'range' && r.target_low !== null && r.target_high !== null) {
      figures.push(r.target_low, r.target_high);
      bands.push({
        year: r.year,
        kind: 'band',
        low: r.target_low,
        high: r.target_high,
        qualifier: q,
        href,
        description,
      });
    } else if (q === 'about') {
      // near: missed by at most the tolerance, on the side that misses
      const tol = r.measure === 'level' ? Math.abs(r.target_value) * (tolerancePct / 100) : tolerancePp;
      const [low, high] = higherIsBetter
        ? [r.target_value - tol, r.target_value]
        : [r.target_value, r.target_value + tol];
      bands.push({
        year: r.year,
        kind: 'band',
        low,
        high,
        qualifier: q,
        href,
        description: `${description}; near: ${plainNumber(low)}–${plainNumber(high)}${unit ? ` ${unit}` : ''}`,
      });
    }
    points.push({ year: r.year, kind: 'target', value: r.target_value, qualifier: q, marker, href, description });
  }
  if (!figures.length) return points;
  // the y axis: the figures' extent and a margin (a single figure: 5% of it, or 1)
  const lo = Math.min(...figures);
  const hi = Math.max(...figures);
  const margin = hi > lo ? (hi - lo) * 0.08 : Math.abs(hi) * 0.05 || 1;
  const [bottom, top] = [lo - margin, hi + margin];
  points.push({ year: rows[0].year, kind: 'edge', value: bottom }, { year: rows[0].year, kind: 'edge', value: top });
  for (const b of bands) {
    const low = Math.max(b.low!, bottom);
    const high = Math.min(b.high!, top);
    if (low < high) points.push({ ...b, low, high });
  }
  return points;
}

const domain = Object.keys(OUTCOME_STYLE);

/** One chart template for every series; the data and the axis title change, the parsed view is reused. */
const TEMPLATE: vl.TopLevelSpec = (() => {
  const x = {
    field: 'year',
    type: 'ordinal' as const,
    title: null,
    axis: { labelAngle: 0, labelOverlap: 'greedy' as const, labelSeparation: 6, ticks: false },
  };
  // the domain is the data's: the figures and the two edge points (seriesPoints), bands cut to it
  const y = {
    field: 'value',
    type: 'quantitative' as const,
    title: null,
    scale: { zero: false, nice: false, padding: 0 },
  };
  const link = {
    href: { field: 'href', type: 'nominal' as const },
    description: { field: 'description', type: 'nominal' as const },
  };
  return {
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    // the whole SVG, axes and all, is CHART_WIDTH × CHART_HEIGHT: the page scales it as one
    autosize: { type: 'fit', contains: 'padding', resize: true },
    padding: { left: 4, right: 12, top: 22, bottom: 4 },
    data: { name: 'points' },
    // targets and outcomes each have their own shapes
    resolve: { scale: { shape: 'independent', color: 'independent' } },
    config: {
      font: FONT,
      view: { stroke: null },
      axis: AXIS,
      // plain numbers: thousands grouped, trailing zeros trimmed, never an exponent
      axisY: { format: ',~f', tickCount: 5, labelLimit: 80 },
      legend: { disable: true },
    },
    layer: [
      {
        transform: [{ filter: "datum.kind === 'pad'" }],
        mark: { type: 'rule', opacity: 0, interactive: false },
        encoding: { x },
      },
      {
        transform: [{ filter: "datum.kind === 'edge'" }],
        mark: { type: 'rule', opacity: 0, interactive: false },
        encoding: { y },
      },
      {
        transform: [{ filter: "datum.kind === 'band'" }],
        mark: { type: 'bar', color: TARGET_COLOUR, opacity: 0.16, width: { band: 0.7 }, cursor: 'pointer' },
        encoding: { x, y: { ...y, field: 'low' }, y2: { field: 'high' }, ...link },
      },
      {
        transform: [{ filter: "datum.kind === 'target'" }],
        mark: { type: 'point', size: 240, strokeWidth: 2.5, color: TARGET_COLOUR, cursor: 'pointer' },
        encoding: {
          x,
          y,
          shape: {
            field: 'marker',
            type: 'nominal',
            scale: { domain: Object.keys(TARGET_SHAPE), range: Object.values(TARGET_SHAPE) },
          },
          ...link,
        },
      },
      // the outcomes, one line per run of consecutive years: a missing year is a gap
      {
        transform: [{ filter: "datum.kind === 'actual'" }],
        mark: { type: 'line', color: '#424a53', strokeWidth: 1.5 },
        encoding: { x, y, detail: { field: 'run', type: 'nominal' } },
      },
      {
        transform: [{ filter: "datum.kind === 'actual'" }],
        mark: { type: 'point', filled: true, size: 90, opacity: 1, cursor: 'pointer' },
        encoding: {
          x,
          y,
          color: {
            field: 'status',
            type: 'nominal',
            scale: { domain, range: domain.map((s) => OUTCOME_STYLE[s].colour) },
          },
          shape: {
            field: 'status',
            type: 'nominal',
            scale: { domain, range: domain.map((s) => OUTCOME_STYLE[s].shape) },
          },
          ...link,
        },
      },
    ],
  } as vl.TopLevelSpec;
})();

export class ChartRenderer {
  private view = new vega.View(vega.parse(vl.compile(TEMPLATE).spec), { renderer: 'none' });

  /** The chart as an SVG element that fills its container's width (viewBox, no fixed size). */
  async render(points: Point[], unitTitle: string): Promise<string> {
    this.view.change(
      'points',
      vega
        .changeset()
        .remove(() => true)
        .insert(points),
    );
    await this.view.runAsync();
    const svg = await this.view.toSVG();
    // no fixed size (the page sizes it to its column; vega gives the viewBox), the unit written above the
    // y axis, and each point's words as its tooltip (vega writes them as aria-label only)
    return svg
      .replace(/<path aria-label="([^"]*)"([^>]*)\/>/g, '<path aria-label="$1"$2><title>$1</title></path>')
      .replace(/^<svg([^>]*?) width="[\d.]+" height="[\d.]+"/, '<svg$1 preserveAspectRatio="xMinYMin meet"')
      .replace(
        /(<rect width="[\d.]+" height="[\d.]+" fill="white"\/>)/,
        `$1<text class="unit-title" x="4" y="14" font-family="${FONT.replace(/'/g, '&apos;')}" font-size="${FONT_SIZE}px" fill="#424a53">${escXml(unitTitle)}</text>`,
      );
  }

  finalize() {
    this.view.finalize();
  }
}

/** The axis title: the series' unit (万亿斤, 亿元, %), in words for percentage points. */
export const unitTitle = (measure: string, unit: string) =>
  measure === 'change_pp' ? '百分点 pp' : unit || (measure === 'level' ? '' : '%');
