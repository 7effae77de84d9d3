// Charts for report.html: vega-lite specs compiled and rendered to SVG by vega in
// Node at build time, so the page needs no script or network to show them.
import * as vega from 'vega';
import * as vl from 'vega-lite';
import type { TargetRow } from '../derive/targets-vs-actuals.js';

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

/** One series: the actual line, the target as a band (range, about) or a marker (exact, at_least, at_most). */
export function seriesSpec(rows: TargetRow[], tolerancePp: number, tolerancePct: number, title: string): vl.TopLevelSpec {
  const unit = rows.find((r) => r.unit)?.unit ?? '';
  const points: Point[] = [];
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
  const years = rows.map((r) => r.year);
  const x = { field: 'year', type: 'ordinal' as const, title: null, scale: { domain: Array.from({ length: Math.max(...years) - Math.min(...years) + 1 }, (_, i) => Math.min(...years) + i) }, axis: { labelAngle: 0, labelOverlap: true } };
  const yTitle = `${MEASURE_TITLE[rows[0].measure] ?? rows[0].measure}${rows[0].measure === 'level' ? ` (${unit})` : ''}`;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title, anchor: 'start', fontSize: 13 },
    width: Math.max(220, Math.min(640, 34 * (Math.max(...years) - Math.min(...years) + 1))),
    height: 170,
    data: { values: points as unknown as Record<string, unknown>[] },
    config: { font: FONT, view: { stroke: null }, axis: { labelFont: FONT, titleFont: FONT }, axisY: { format: '~g' }, legend: { labelFont: FONT, titleFont: FONT } },
    layer: [
      {
        transform: [{ filter: "datum.kind === 'band'" }],
        mark: { type: 'bar', color: '#0969da', opacity: 0.18, width: { band: 0.7 } },
        encoding: { x, y: { field: 'low', type: 'quantitative', title: yTitle, scale: { zero: false, padding: 12 } }, y2: { field: 'high' }, tooltip: [{ field: 'year' }, { field: 'qualifier', title: 'target' }, { field: 'low' }, { field: 'high' }] },
      },
      {
        transform: [{ filter: "datum.kind === 'target'" }],
        mark: { type: 'point', shape: 'stroke', size: 260, strokeWidth: 2.5, color: '#0969da' },
        encoding: {
          x,
          y: { field: 'value', type: 'quantitative', title: yTitle, scale: { zero: false, padding: 12 } },
          shape: { field: 'qualifier', type: 'nominal', title: 'target', scale: { domain: ['exact', 'about', 'range', 'at_least', 'at_most'], range: ['stroke', 'stroke', 'stroke', 'triangle-up', 'triangle-down'] }, legend: { orient: 'bottom', direction: 'horizontal' } },
          tooltip: [{ field: 'year' }, { field: 'qualifier', title: 'target' }, { field: 'value', title: 'target value' }],
        },
      },
      {
        transform: [{ filter: "datum.kind === 'actual'" }],
        mark: { type: 'line', color: '#24292f', strokeWidth: 1.5 },
        encoding: { x, y: { field: 'value', type: 'quantitative', scale: { zero: false, padding: 12 } } },
      },
      {
        transform: [{ filter: "datum.kind === 'actual'" }],
        mark: { type: 'point', filled: true, size: 60 },
        encoding: {
          x,
          y: { field: 'value', type: 'quantitative', scale: { zero: false, padding: 12 } },
          color: { field: 'status', type: 'nominal', title: 'actual', scale: STATUS_COLOURS, legend: { orient: 'bottom', direction: 'horizontal' } },
          tooltip: [{ field: 'year' }, { field: 'value', title: 'actual' }, { field: 'status' }],
        },
      },
    ],
  } as vl.TopLevelSpec;
}

export async function renderSvg(spec: vl.TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
