// Charts for report.html: vega-lite specs compiled and rendered to SVG by vega in
// Node at build time, so the page needs no script or network to show them.
import * as vega from 'vega';
import * as vl from 'vega-lite';
import type { TargetRow } from '../../derive/targets-vs-actuals.js';

/** CJK fonts first, so Chinese labels render wherever the page is opened. */
export const FONT = "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif";

const STATUS_COLOURS = { domain: ['met', 'near', 'missed', 'no_target'], range: ['#1a7f37', '#bf8700', '#cf222e', '#57606a'] };
const MEASURE_TITLE: Record<string, string> = { growth: '增长 growth, %', rate: '比率 rate, %', level: '总量 level', change_pp: '百分点 pp' };

interface Point {
  year: number;
  kind: string;
  value?: number | null;
  low?: number | null;
  high?: number | null;
  status?: string;
  qualifier?: string;
}

/** The points of one series: the outcomes, the target as a band (range, about) or a marker (exact, at_least, at_most). */
export function seriesPoints(rows: TargetRow[], tolerancePp: number, tolerancePct: number): Point[] {
  const points: Point[] = [];
  const years = rows.map((r) => r.year);
  // every year between the first and the last, so the axis is evenly spaced
  for (let y = Math.min(...years); y <= Math.max(...years); y++) points.push({ year: y, kind: 'pad' });
  for (const r of rows) {
    if (r.actual !== null) points.push({ year: r.year, kind: 'actual', value: r.actual, status: r.target_value === null ? 'no_target' : r.status });
    if (r.target_value === null) continue;
    const q = r.target_qualifier ?? 'exact';
    let low = r.target_low, high = r.target_high;
    if (q === 'about') {
      const tol = r.measure === 'level' ? Math.abs(r.target_value) * (tolerancePct / 100) : tolerancePp;
      low = r.target_value - tol;
      high = r.target_value + tol;
    }
    if (q === 'range' || q === 'about') points.push({ year: r.year, kind: 'band', low, high, qualifier: q });
    points.push({ year: r.year, kind: 'target', value: r.target_value, qualifier: q });
  }
  return points;
}

/** One chart template for every series; the data changes, the parsed view is reused. */
const TEMPLATE: vl.TopLevelSpec = (() => {
  const x = { field: 'year', type: 'ordinal' as const, title: null, axis: { labelAngle: 0, labelOverlap: true } };
  const y = { field: 'value', type: 'quantitative' as const, title: null, scale: { zero: false, padding: 12 } };
  return {
    width: 420,
    height: 170,
    // the view is reused: lay it out again for each series' labels
    autosize: { type: 'pad', resize: true },
    data: { name: 'points' },
    config: { font: FONT, view: { stroke: null }, axis: { labelFont: FONT, titleFont: FONT }, axisY: { format: '~g' }, legend: { labelFont: FONT, titleFont: FONT } },
    layer: [
      { transform: [{ filter: "datum.kind === 'pad'" }], mark: { type: 'rule', opacity: 0 }, encoding: { x } },
      {
        transform: [{ filter: "datum.kind === 'band'" }],
        mark: { type: 'bar', color: '#0969da', opacity: 0.18, width: { band: 0.7 } },
        encoding: { x, y: { ...y, field: 'low' }, y2: { field: 'high' }, tooltip: [{ field: 'year' }, { field: 'qualifier', title: 'target' }, { field: 'low' }, { field: 'high' }] },
      },
      {
        transform: [{ filter: "datum.kind === 'target'" }],
        mark: { type: 'point', shape: 'stroke', size: 260, strokeWidth: 2.5, color: '#0969da' },
        encoding: {
          x, y,
          shape: { field: 'qualifier', type: 'nominal', title: 'target', scale: { domain: ['exact', 'about', 'range', 'at_least', 'at_most'], range: ['stroke', 'stroke', 'stroke', 'triangle-up', 'triangle-down'] }, legend: { orient: 'bottom', direction: 'horizontal' } },
          tooltip: [{ field: 'year' }, { field: 'qualifier', title: 'target' }, { field: 'value', title: 'target value' }],
        },
      },
      { transform: [{ filter: "datum.kind === 'actual'" }], mark: { type: 'line', color: '#24292f', strokeWidth: 1.5 }, encoding: { x, y } },
      {
        transform: [{ filter: "datum.kind === 'actual'" }],
        mark: { type: 'point', filled: true, size: 60 },
        encoding: {
          x, y,
          color: { field: 'status', type: 'nominal', title: 'actual', scale: STATUS_COLOURS, legend: { orient: 'bottom', direction: 'horizontal' } },
          tooltip: [{ field: 'year' }, { field: 'value', title: 'actual' }, { field: 'status' }],
        },
      },
    ],
  } as vl.TopLevelSpec;
})();

export class ChartRenderer {
  private view = new vega.View(vega.parse(vl.compile(TEMPLATE).spec), { renderer: 'none' });

  async render(points: Point[]): Promise<string> {
    this.view.change('points', vega.changeset().remove(() => true).insert(points));
    await this.view.runAsync();
    return this.view.toSVG();
  }

  finalize() {
    this.view.finalize();
  }
}

export const measureTitle = (measure: string, unit: string) => `${MEASURE_TITLE[measure] ?? measure}${measure === 'level' ? ` (${unit})` : ''}`;
