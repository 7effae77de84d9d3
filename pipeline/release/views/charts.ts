// Charts for report.html: vega-lite specs compiled and rendered to SVG by vega in
// Node at build time, so the page needs no script or network to show them.
//
// What a reader needs from them, and how each is done here:
// - plain numbers on the axes (50,000, never 5e+4), the series' one unit as the axis title;
// - one legend in words for the whole page (report-html.ts), none under each chart;
// - a missing year is a gap: the line of outcomes is drawn in runs of consecutive years;
// - the status in words as well as colour: a shape per status, and "missed" / "near"
//   written beside such outcomes;
// - every point is a link (#src-N) to its source sentence, like every number of the page;
// - sized to its container: the SVG has a viewBox and no fixed size, and is laid out
//   at the width of a phone's column, so its text stays at 10 px or more down to a
//   300 px column (CHART_WIDTH, FONT_SIZE).
import * as vega from 'vega';
import * as vl from 'vega-lite';
import type { TargetRow } from '../../derive/targets-vs-actuals.js';

/** CJK fonts first, so Chinese labels render wherever the page is opened. */
export const FONT =
  "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif";

/** The width a chart is laid out at (CSS pixels); the page scales it to its column. */
export const CHART_WIDTH = 360;
export const CHART_HEIGHT = 210;
/** The smallest text of a chart at its laid-out size. */
export const FONT_SIZE = 12;

/** The status of an outcome: its colour, its shape and its words (the page's legend says them once). */
export const OUTCOME_STYLE: Record<string, { colour: string; shape: string; words: string; zh: string }> = {
  met: { colour: '#1a7f37', shape: 'circle', words: 'met', zh: '达成' },
  near: { colour: '#9a6700', shape: 'diamond', words: 'near', zh: '接近' },
  missed: { colour: '#cf222e', shape: 'cross', words: 'missed', zh: '未达成' },
  no_target: { colour: '#6e7781', shape: 'square', words: 'no target', zh: '无目标' },
};
export const TARGET_COLOUR = '#0969da';
/** A target's marker by its qualifier: a bar for a figure, a triangle for a floor or a ceiling (the band is drawn apart). */
export const TARGET_SHAPE: Record<string, string> = {
  exact: 'stroke',
  about: 'stroke',
  range: 'stroke',
  at_least: 'triangle-up',
  at_most: 'triangle-down',
};

interface Point {
  year: number;
  kind: string;
  value?: number | null;
  low?: number | null;
  high?: number | null;
  status?: string;
  qualifier?: string;
  /** the link to the source sentence (#src-N), or none */
  href?: string;
  /** a run of consecutive years of outcomes: the line breaks between runs */
  run?: number;
  /** words written beside the point (missed, near) */
  note?: string;
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

/**
 * The points of one series: the outcomes (each linked to its source by `hrefOf`), the
 * target as a band (range, about) and a marker (exact, at_least, at_most).
 */
export function seriesPoints(
  rows: TargetRow[],
  tolerancePp: number,
  tolerancePct: number,
  hrefOf: (reportId: string | null, start: number | null) => string | undefined = () => undefined,
): Point[] {
  const points: Point[] = [];
  const years = rows.map((r) => r.year);
  // every year between the first and the last, so the axis is evenly spaced and a missing year shows
  for (let y = Math.min(...years); y <= Math.max(...years); y++) points.push({ year: y, kind: 'pad' });
  const unit = rows[0]?.unit ?? '';
  let run = 0;
  let last: number | undefined;
  for (const r of [...rows].sort((a, b) => a.year - b.year)) {
    if (r.actual !== null) {
      if (last !== undefined && r.year !== last + 1) run++;
      last = r.year;
      const status = r.target_value === null ? 'no_target' : r.status;
      const style = OUTCOME_STYLE[status] ?? OUTCOME_STYLE.no_target;
      points.push({
        year: r.year,
        kind: 'actual',
        value: r.actual,
        status,
        run,
        href: hrefOf(r.actual_report_id, r.actual_start),
        note: status === 'missed' || status === 'near' ? style.words : undefined,
        description: `${r.year} outcome ${plainNumber(r.actual)} ${unit}${r.actual_estimated ? ' (estimated)' : ''}: ${style.words}${r.target_value !== null ? `, target ${QUALIFIER_WORDS[r.target_qualifier ?? 'exact'] ?? ''}${plainNumber(r.target_value)}` : ''}`,
      });
    }
    if (r.target_value === null) continue;
    const q = r.target_qualifier ?? 'exact';
    let low = r.target_low,
      high = r.target_high;
    if (q === 'about') {
      const tol = r.measure === 'level' ? Math.abs(r.target_value) * (tolerancePct / 100) : tolerancePp;
      low = r.target_value - tol;
      high = r.target_value + tol;
    }
    const href = hrefOf(r.target_report_id, r.target_start);
    const what =
      q === 'range'
        ? `${plainNumber(r.target_low!)}–${plainNumber(r.target_high!)}`
        : `${QUALIFIER_WORDS[q] ?? ''}${plainNumber(r.target_value)}`;
    const description = `${r.year} target ${what} ${unit}`;
    if (q === 'range' || q === 'about')
      points.push({ year: r.year, kind: 'band', low, high, qualifier: q, href, description });
    points.push({ year: r.year, kind: 'target', value: r.target_value, qualifier: q, href, description });
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
  const y = { field: 'value', type: 'quantitative' as const, title: null, scale: { zero: false, padding: 14 } };
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
      axis: {
        labelFont: FONT,
        titleFont: FONT,
        labelFontSize: FONT_SIZE,
        titleFontSize: FONT_SIZE,
        labelColor: '#424a53',
        gridColor: '#eaeef2',
        domainColor: '#8c959f',
      },
      // plain numbers: thousands grouped, trailing zeros trimmed, never an exponent
      axisY: { format: ',~f', tickCount: 5, labelLimit: 80 },
      legend: { disable: true },
    },
    layer: [
      { transform: [{ filter: "datum.kind === 'pad'" }], mark: { type: 'rule', opacity: 0 }, encoding: { x } },
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
            field: 'qualifier',
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
      {
        transform: [{ filter: "datum.kind === 'actual' && datum.note" }],
        mark: { type: 'text', dy: -13, fontSize: FONT_SIZE, fontWeight: 'bold' },
        encoding: {
          x,
          y,
          text: { field: 'note' },
          color: {
            field: 'status',
            type: 'nominal',
            scale: { domain, range: domain.map((s) => OUTCOME_STYLE[s].colour) },
          },
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
    // no fixed size (the page sizes it to its column; vega gives the viewBox), and the unit written above the y axis
    return svg
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
