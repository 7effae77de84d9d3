// Charts for report.html: SVG written at build time, so the page needs no script or
// network to show them.
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
import type { TargetRow } from '../../derive/targets-vs-actuals.js';

/** CJK fonts first, so Chinese labels render wherever the page is opened. */
export const FONT = "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif";

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
export const TARGET_SHAPE: Record<string, string> = { exact: 'stroke', about: 'stroke', range: 'stroke', at_least: 'triangle-up', at_most: 'triangle-down' };

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

const escXml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const QUALIFIER_WORDS: Record<string, string> = { exact: '', about: 'about ', at_least: 'at least ', at_most: 'at most ', range: '' };

/** A number for the chart's words: plain decimals, never an exponent. */
const plainNumber = (v: number) => (Number.isInteger(v) ? String(v) : String(Number(v.toFixed(6))));

/**
 * The points of one series: the outcomes (each linked to its source by `hrefOf`), the
 * target as a band (range, about) and a marker (exact, at_least, at_most).
 */
export function seriesPoints(rows: TargetRow[], tolerancePp: number, tolerancePct: number, hrefOf: (reportId: string | null, start: number | null) => string | undefined = () => undefined): Point[] {
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
        year: r.year, kind: 'actual', value: r.actual, status, run, href: hrefOf(r.actual_report_id, r.actual_start),
        note: status === 'missed' || status === 'near' ? style.words : undefined,
        description: `${r.year} outcome ${plainNumber(r.actual)} ${unit}${r.actual_estimated ? ' (estimated)' : ''}: ${style.words}${r.target_value !== null ? `, target ${QUALIFIER_WORDS[r.target_qualifier ?? 'exact'] ?? ''}${plainNumber(r.target_value)}` : ''}`,
      });
    }
    if (r.target_value === null) continue;
    const q = r.target_qualifier ?? 'exact';
    let low = r.target_low, high = r.target_high;
    if (q === 'about') {
      const tol = r.measure === 'level' ? Math.abs(r.target_value) * (tolerancePct / 100) : tolerancePp;
      low = r.target_value - tol;
      high = r.target_value + tol;
    }
    const href = hrefOf(r.target_report_id, r.target_start);
    const what = q === 'range' ? `${plainNumber(r.target_low!)}–${plainNumber(r.target_high!)}` : `${QUALIFIER_WORDS[q] ?? ''}${plainNumber(r.target_value)}`;
    const description = `${r.year} target ${what} ${unit}`;
    if (q === 'range' || q === 'about') points.push({ year: r.year, kind: 'band', low, high, qualifier: q, href, description });
    points.push({ year: r.year, kind: 'target', value: r.target_value, qualifier: q, href, description });
  }
  return points;
}

/** A step of 1, 2 or 5 times a power of ten giving about `count` ticks over [lo, hi] (as d3's ticks). */
function tickStep(lo: number, hi: number, count: number): number {
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const e = raw / power;
  return (e >= Math.sqrt(50) ? 10 : e >= Math.sqrt(10) ? 5 : e >= Math.sqrt(2) ? 2 : 1) * power;
}

/** A tick label: plain decimals with the thousands grouped, a true minus sign, never an exponent. */
export function tickLabel(v: number, step: number): string {
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const [int, frac] = Math.abs(v).toFixed(decimals).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = frac && /[1-9]/.test(frac) ? `${grouped}.${frac.replace(/0+$/, '')}` : grouped;
  return (v < 0 && Number(text.replace(/,/g, '')) !== 0 ? '\u2212' : '') + text;
}

/** The shape of a point as an SVG path around (0, 0). */
function shapePath(shape: string, r: number): string {
  const f = (n: number) => Number(n.toFixed(2));
  switch (shape) {
    case 'diamond':
      return `M0,${f(-r * 1.3)}L${f(r * 1.3)},0L0,${f(r * 1.3)}L${f(-r * 1.3)},0Z`;
    case 'cross': {
      const a = f(r * 0.45), b = f(r * 1.25);
      return `M${-a},${-b}H${a}V${-a}H${b}V${a}H${a}V${b}H${-a}V${a}H${-b}V${-a}H${-a}Z`;
    }
    case 'square':
      return `M${f(-r * 0.9)},${f(-r * 0.9)}h${f(r * 1.8)}v${f(r * 1.8)}h${f(-r * 1.8)}Z`;
    case 'triangle-up':
      return `M0,${f(-r * 1.2)}L${f(r * 1.2)},${f(r * 0.9)}H${f(-r * 1.2)}Z`;
    case 'triangle-down':
      return `M0,${f(r * 1.2)}L${f(r * 1.2)},${f(-r * 0.9)}H${f(-r * 1.2)}Z`;
    default:
      return `M${f(-r)},0a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0`;
  }
}

/**
 * The chart of one series as an SVG element, CHART_WIDTH × CHART_HEIGHT in its viewBox
 * and no fixed size, so the page sizes it to its column. Drawn here rather than by a
 * charting library: the chart is always the same few marks, and written directly it
 * costs some 50 µs instead of 5 ms (750 charts at the 100 MB benchmark).
 */
export function renderChart(points: Point[], unit: string): string {
  const years = points.filter((p) => p.kind === 'pad').map((p) => p.year);
  const first = Math.min(...years), last = Math.max(...years);
  const values: number[] = [];
  for (const p of points) for (const v of [p.value, p.low, p.high]) if (typeof v === 'number') values.push(v);
  let lo = Math.min(...values), hi = Math.max(...values);
  if (!values.length) (lo = 0), (hi = 1);
  if (lo === hi) (lo -= Math.abs(lo) * 0.1 || 1), (hi += Math.abs(hi) * 0.1 || 1);
  const step = tickStep(lo, hi, 4);
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) ticks.push(Number(t.toPrecision(12)));
  const labels = ticks.map((t) => tickLabel(t, step));
  const charW = FONT_SIZE * 0.62;
  const left = 6 + Math.max(...labels.map((l) => l.length)) * charW + 6;
  const top = 24, right = 10, bottom = 22;
  const plotW = CHART_WIDTH - left - right, plotH = CHART_HEIGHT - top - bottom;
  const pad = 12; // px inside the plot above the highest and below the lowest value
  const n = last - first + 1;
  const band = plotW / n;
  const x = (year: number) => left + (year - first + 0.5) * band;
  const y = (v: number) => top + pad + (hi - v) / (hi - lo) * (plotH - 2 * pad);
  const f = (v: number) => Number(v.toFixed(1));
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" preserveAspectRatio="xMinYMin meet" font-family="${FONT.replace(/'/g, '&apos;')}" font-size="${FONT_SIZE}px" role="img">`);
  out.push(`<text class="unit-title" x="4" y="14" fill="#424a53">${escXml(unit)}</text>`);
  // the y axis: grid lines at the ticks, their labels
  out.push('<g class="axis-y" aria-hidden="true">');
  ticks.forEach((t, i) => {
    const ty = f(y(t));
    out.push(`<line x1="${f(left)}" x2="${CHART_WIDTH - right}" y1="${ty}" y2="${ty}" stroke="#eaeef2"/><text x="${f(left - 6)}" y="${ty}" dy="0.35em" text-anchor="end" fill="#424a53">${labels[i]}</text>`);
  });
  out.push('</g>');
  // the x axis: every year has its place; labels every k years so that they do not overlap
  const every = Math.max(1, Math.ceil((4 * charW + 8) / band));
  out.push(`<g class="axis-x" aria-hidden="true"><line x1="${f(left)}" x2="${CHART_WIDTH - right}" y1="${top + plotH}" y2="${top + plotH}" stroke="#8c959f"/>`);
  for (let yr = first; yr <= last; yr++) if ((yr - first) % every === 0) out.push(`<text x="${f(x(yr))}" y="${top + plotH + 16}" text-anchor="middle" fill="#424a53">${yr}</text>`);
  out.push('</g>');
  const link = (p: Point, body: string) => (p.href ? `<a href="${p.href}">${body}</a>` : body);
  const label = (p: Point) => (p.description ? ` role="graphics-symbol" aria-label="${escXml(p.description)}"` : '');
  // the targets: a band for a range or an "about" target, a bar or a triangle for the figure
  out.push('<g class="bands">');
  for (const p of points) {
    if (p.kind !== 'band' || p.low == null || p.high == null) continue;
    const w = band * 0.7, y1 = y(p.high), y2 = y(p.low);
    out.push(link(p, `<path${label(p)} d="M${f(x(p.year) - w / 2)},${f(y1)}h${f(w)}v${f(Math.max(1, y2 - y1))}h${f(-w)}Z" fill="${TARGET_COLOUR}" fill-opacity="0.16"/>`));
  }
  out.push('</g><g class="targets">');
  for (const p of points) {
    if (p.kind !== 'target' || p.value == null) continue;
    const shape = TARGET_SHAPE[p.qualifier ?? 'exact'] ?? 'stroke';
    const cx = f(x(p.year)), cy = f(y(p.value));
    const w = Math.min(16, band * 0.8);
    const body = shape === 'stroke' ? `<path${label(p)} d="M${f(cx - w / 2)},${cy}h${f(w)}" stroke="${TARGET_COLOUR}" stroke-width="2.5"/>` : `<path${label(p)} transform="translate(${cx},${cy})" d="${shapePath(shape, 5)}" fill="white" fill-opacity="0.6" stroke="${TARGET_COLOUR}" stroke-width="2"/>`;
    out.push(link(p, `${body}<circle cx="${cx}" cy="${cy}" r="9" fill="transparent"/>`));
  }
  out.push('</g>');
  // the outcomes: a line through each run of consecutive years (a missing year is a gap), then the points
  const actual = points.filter((p) => p.kind === 'actual' && p.value != null).sort((a, b) => a.year - b.year);
  const runs = new Map<number, Point[]>();
  for (const p of actual) runs.set(p.run ?? 0, [...(runs.get(p.run ?? 0) ?? []), p]);
  out.push('<g class="lines" aria-hidden="true">');
  for (const run of runs.values()) if (run.length > 1) out.push(`<path d="${run.map((p, i) => `${i ? 'L' : 'M'}${f(x(p.year))},${f(y(p.value!))}`).join('')}" fill="none" stroke="#424a53" stroke-width="1.5"/>`);
  out.push('</g><g class="outcomes">');
  for (const p of actual) {
    const style = OUTCOME_STYLE[p.status ?? 'no_target'] ?? OUTCOME_STYLE.no_target;
    const cx = f(x(p.year)), cy = f(y(p.value!));
    out.push(link(p, `<path${label(p)} class="${p.status}" transform="translate(${cx},${cy})" d="${shapePath(style.shape, 4.5)}" fill="${style.colour}"/><circle cx="${cx}" cy="${cy}" r="10" fill="transparent"/>`));
  }
  out.push('</g><g class="notes" aria-hidden="true">');
  for (const p of actual) if (p.note) out.push(`<text x="${f(x(p.year))}" y="${f(y(p.value!) - 10)}" text-anchor="middle" font-weight="bold" fill="${OUTCOME_STYLE[p.status!].colour}">${escXml(p.note)}</text>`);
  out.push('</g></svg>');
  return out.join('');
}

/** The axis title: the series' unit (万亿斤, 亿元, %), in words for percentage points. */
export const unitTitle = (measure: string, unit: string) => (measure === 'change_pp' ? '百分点 pp' : unit || (measure === 'level' ? '' : '%'));
