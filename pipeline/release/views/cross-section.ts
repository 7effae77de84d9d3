// The jurisdictions of one level side by side, one indicator at a time: each one's
// target for the latest year that most of them set, sorted, against the band the level
// above set (the provinces' GDP targets of 2026 against the nation's "about 4.5–5%").
// Drawn from amplification.csv's rows, which already pair each target with its
// ancestor's, so the page compares exactly what the release compares.
import * as vega from 'vega';
import * as vl from 'vega-lite';
import type { AmplificationRow } from '../../derive/amplification.js';
import { AXIS, FONT, FONT_SIZE, TARGET_COLOUR } from './charts.js';

/** A group shown: one indicator and measure in one year, at one level against one ancestor level. */
export interface CrossSection {
  indicator: string;
  measure: string;
  year: number;
  level: string;
  parentLevel: string;
  /** the ancestor's band (the same for every row where the ancestor is one jurisdiction) */
  parentLow: number;
  parentHigh: number;
  rows: AmplificationRow[];
}

/** At least this many jurisdictions must set the target for a comparison to be drawn. */
const MIN_ROWS = 3;
/** At most this many are drawn in one chart (all 31 provinces fit); the counts in words cover them all. */
const MAX_DRAWN = 40;

const mid = (lo: number, hi: number) => (lo + hi) / 2;

/** A band's ends; a one-sided target (5%以上, 4.5%以内) stands for its bound, as amplification reads it. */
export function ends(low: number | null, high: number | null): [number, number] {
  return [(low ?? high)!, (high ?? low)!];
}
const midOf = (low: number | null, high: number | null) => mid(...ends(low, high));

/**
 * The groups worth drawing: for each indicator and measure, at each level against one
 * ancestor, the latest year that at least MIN_ROWS jurisdictions set; most jurisdictions
 * first. Rows are sorted by the midpoint of their target, highest first.
 */
export function crossSections(rows: AmplificationRow[], max = 6): CrossSection[] {
  const groups = new Map<string, AmplificationRow[]>();
  for (const r of rows) {
    if (r.target_low === null && r.target_high === null) continue;
    if (r.parent_target_low === null && r.parent_target_high === null) continue;
    const k = [r.indicator, r.measure, r.year, r.level, r.parent, r.parent_level].join('|');
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  const latest = new Map<string, AmplificationRow[]>();
  for (const g of groups.values()) {
    if (g.length < MIN_ROWS) continue;
    const r = g[0];
    const k = [r.indicator, r.measure, r.level, r.parent_level].join('|');
    const had = latest.get(k);
    if (!had || had[0].year < r.year || (had[0].year === r.year && had.length < g.length)) latest.set(k, g);
  }
  return [...latest.values()]
    .sort((a, b) => b.length - a.length || a[0].indicator.localeCompare(b[0].indicator))
    .slice(0, max)
    .map((g) => ({
      indicator: g[0].indicator,
      measure: g[0].measure,
      year: g[0].year,
      level: g[0].level,
      parentLevel: g[0].parent_level,
      parentLow: ends(g[0].parent_target_low, g[0].parent_target_high)[0],
      parentHigh: ends(g[0].parent_target_low, g[0].parent_target_high)[1],
      rows: [...g].sort(
        (a, b) =>
          midOf(b.target_low, b.target_high) - midOf(a.target_low, a.target_high) ||
          a.jurisdiction.localeCompare(b.jurisdiction),
      ),
    }));
}

interface Dot {
  name: string;
  order: number;
  low: number;
  high: number;
  mid: number;
  above: string;
  href?: string;
  description: string;
}

/** Rows are this tall: a finger's width, and room for a name at the page's smallest text. */
const ROW = 22;
export const CROSS_WIDTH = 290;

const plain = (v: number) => String(Number(v.toFixed(4)));

function spec(dots: Dot[], band: { low: number; high: number }, unit: string): vl.TopLevelSpec {
  // vega measures text without a font in Node and takes a CJK character for about half its width:
  // room for the longest name, so that no name is cut at the left edge
  const longest = Math.max(...dots.map((d) => d.name.length));
  const y = {
    field: 'name',
    type: 'nominal' as const,
    sort: { field: 'order', op: 'min' as const },
    title: null,
    axis: { labelFontSize: FONT_SIZE, ticks: false, domain: false, labelLimit: 140 },
  };
  const x = { type: 'quantitative' as const, title: unit, scale: { zero: false, padding: 12 } };
  const colour = {
    field: 'above',
    type: 'nominal' as const,
    scale: { domain: ['above', 'within', 'below'], range: ['#bc4c00', TARGET_COLOUR, '#6e7781'] },
    legend: null,
  };
  return {
    width: CROSS_WIDTH,
    height: { step: ROW },
    autosize: { type: 'pad' },
    padding: { left: 4 + Math.ceil(longest * FONT_SIZE * 0.5), right: 12, top: 6, bottom: 4 },
    config: {
      font: FONT,
      view: { stroke: null },
      axis: AXIS,
      // the unit under the axis clear of its tick labels
      axisX: { format: ',~f', tickCount: 6, titlePadding: 8 },
    },
    layer: [
      // the level above's band, across every row, its ends drawn so that a single value shows too
      {
        data: { values: [band] },
        mark: { type: 'rect', color: TARGET_COLOUR, opacity: 0.12 },
        encoding: { x: { ...x, field: 'low' }, x2: { field: 'high' } },
      },
      {
        data: { values: [{ at: band.low }, { at: band.high }] },
        mark: { type: 'rule', color: TARGET_COLOUR, strokeDash: [4, 3], opacity: 0.8 },
        encoding: { x: { ...x, field: 'at' } },
      },
      {
        data: { values: dots },
        mark: { type: 'rule', strokeWidth: 3 },
        encoding: { y, x: { ...x, field: 'low' }, x2: { field: 'high' }, color: colour },
      },
      {
        data: { values: dots },
        mark: { type: 'point', filled: true, size: 110, cursor: 'pointer' },
        encoding: {
          y,
          x: { ...x, field: 'mid' },
          color: colour,
          href: { field: 'href', type: 'nominal' },
          description: { field: 'description', type: 'nominal' },
        },
      },
    ],
  } as vl.TopLevelSpec;
}

/** The chart of one group, as SVG sized to its column (a viewBox, no fixed size). */
export async function crossSectionSvg(
  s: CrossSection,
  names: (jurisdiction: string) => string,
  hrefOf: (r: AmplificationRow) => string | undefined,
  unit: string,
): Promise<string> {
  const pLow = s.parentLow,
    pHigh = s.parentHigh;
  const dots: Dot[] = s.rows.map((r, i) => {
    const [low, high] = ends(r.target_low, r.target_high);
    const m = mid(low, high);
    const above = m > pHigh ? 'above' : m < pLow ? 'below' : 'within';
    return {
      name: names(r.jurisdiction),
      order: i,
      low,
      high,
      mid: m,
      above,
      href: hrefOf(r),
      description: `${names(r.jurisdiction)} ${s.year}: ${low === high ? plain(low) : `${plain(low)}–${plain(high)}`} ${unit}, ${above} the ${s.parentLevel} band ${pLow === pHigh ? plain(pLow) : `${plain(pLow)}–${plain(pHigh)}`}`,
    };
  });
  const view = new vega.View(vega.parse(vl.compile(spec(dots, { low: pLow, high: pHigh }, unit)).spec), {
    renderer: 'none',
  });
  try {
    await view.runAsync();
    const svg = await view.toSVG();
    return svg.replace(/^<svg([^>]*?) width="[\d.]+" height="[\d.]+"/, '<svg$1 preserveAspectRatio="xMinYMin meet"');
  } finally {
    view.finalize();
  }
}

/** What the page lends the section: names, labels and links to source sentences. */
export interface SideBySideContext {
  name: (jurisdiction: string) => string;
  label: (jurisdiction: string, indicator: string) => string;
  measureWords: (measure: string) => string;
  /** the link to the sentence that sets a jurisdiction's target, where the page has it */
  targetHref: (jurisdiction: string, indicator: string, measure: string, year: number) => string | undefined;
}

/**
 * The page's section that sets the jurisdictions of one level side by side: a sorted
 * dot plot per indicator, against the band of the level above, with the same in words
 * (above, within, below) for a reader who does not read charts.
 */
export async function sideBySideSection(rows: AmplificationRow[], ctx: SideBySideContext): Promise<string> {
  const groups = crossSections(rows);
  if (!groups.length) return '';
  const esc = (s: string) =>
    s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
  const figures: string[] = [];
  for (const g of groups) {
    const unit = g.measure === 'change_pp' ? 'pp' : '%';
    // a level of hundreds (a province's counties) would be a chart no one reads: its ends are drawn
    const drawn =
      g.rows.length > MAX_DRAWN
        ? { ...g, rows: [...g.rows.slice(0, MAX_DRAWN / 2), ...g.rows.slice(-MAX_DRAWN / 2)] }
        : g;
    const svg = await crossSectionSvg(
      drawn,
      ctx.name,
      (r) => ctx.targetHref(r.jurisdiction, r.indicator, r.measure, r.year),
      unit,
    );
    const band = g.parentLow === g.parentHigh ? plain(g.parentLow) : `${plain(g.parentLow)}–${plain(g.parentHigh)}`;
    const above = g.rows.filter((r) => mid(...ends(r.target_low, r.target_high)) > g.parentHigh).length;
    const below = g.rows.filter((r) => mid(...ends(r.target_low, r.target_high)) < g.parentLow).length;
    const parentName = ctx.name(g.rows[0].parent);
    figures.push(
      `<figure class="chart side" data-indicator="${esc(g.indicator)}" data-year="${g.year}"><figcaption><b>${ctx.label(g.rows[0].jurisdiction, g.indicator)}</b> · ${esc(ctx.measureWords(g.measure))} · ${g.year}: ${g.rows.length} ${esc(g.level)} targets against the ${esc(g.parentLevel)} target ${esc(band)}${esc(unit)} (${esc(parentName)}, the shaded band): ${above} above, ${g.rows.length - above - below} within, ${below} below${drawn === g ? '' : `; the ${MAX_DRAWN / 2} highest and the ${MAX_DRAWN / 2} lowest are drawn`}</figcaption>${svg}</figure>`,
    );
  }
  return `<section id="side-by-side">
<h2>Side by side: targets against the level above</h2>
<p class="note">One indicator at a time, for the latest year that at least ${MIN_ROWS} set a target: each dot is a target (a line for a range; a one-sided target at its bound), sorted from the highest; orange above the band of the level above, blue within, grey below. The same numbers are in amplification.csv. Click a dot to read its sentence.</p>
<div class="charts side-by-side">${figures.join('\n')}</div>
</section>`;
}
