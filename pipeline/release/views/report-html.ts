// report.html: one self-contained page (no network when viewed). Per jurisdiction:
// what was promised and what was achieved at a glance, a chart per indicator with
// targets, the shortfalls, what the reports say of their own targets, any further
// table of the page's registry (PAGE_TABLES), and every target; for every number
// its source sentence, highlighted, one click away, and for every report a review
// page with its whole text (review-html.ts).
import type { PageData } from './collect.js';
import type { TargetRow } from '../../derive/targets-vs-actuals.js';
import { ChartRenderer, seriesPoints, unitTitle, FONT, OUTCOME_STYLE, TARGET_COLOUR, FONT_SIZE } from './charts.js';
import { plain } from '../../derive/decimal.js';
import { headline, STATUSES } from '../../derive/attainment.js';
import { sortSlugs, knownJurisdictions } from '../../core/jurisdiction-order.js';
import { sideBySideSection } from './cross-section.js';
import { scorecardSection, SCORECARD_STYLE } from './scorecard.js';
import {
  esc,
  STATUS_WORDS,
  COMMITMENT_WORDS,
  DOC_KIND_WORDS,
  MEASURE_WORDS,
  Sources,
  table,
  reviewFile,
  type Column,
} from './page.js';

/** What the page needs of the dictionary: names for the labels. */
export interface IndicatorNames {
  label: string;
  label_en?: string;
  names: string[];
  /** the favourable direction (the dictionary's better; higher when not said) */
  better?: 'higher' | 'lower';
}

export interface ReportOptions {
  /** charts are drawn for at most this many jurisdictions (the rest are in the CSVs) */
  maxJurisdictions: number;
  tolerance: { pp: number; levelPct: number };
  /** the dictionary's names by indicator id (labels in English, names seen in the texts) */
  indicators?: Map<string, IndicatorNames>;
  /** the reports that have a review page */
  reviewed?: Set<string>;
}

const QUALIFIER_SIGN: Record<string, string> = { exact: '', about: '≈', at_least: '≥', at_most: '≤', range: '' };

type Row = Record<string, unknown>;

/** Everything a section's cells need. */
interface Ctx {
  sources: Sources;
  label: (jurisdiction: string, indicator: string, fallback: string) => string;
}

function button(body: string, src: number): string {
  return src >= 0
    ? `<button class="num" type="button" data-src="${src}" title="show the source sentence">${body}</button>`
    : body;
}

function figure(
  value: number | null,
  unit: string,
  qualifier: string | null,
  low: number | null,
  high: number | null,
  src: number,
): string {
  if (value === null) return '<span class="none">—</span>';
  const shown =
    qualifier === 'range' && low !== null && high !== null
      ? `${plain(low)}–${plain(high)}`
      : `${QUALIFIER_SIGN[qualifier ?? 'exact'] ?? ''}${plain(value)}`;
  return button(`${esc(shown)}<span class="unit">${esc(unit)}</span>`, src);
}

const statusBadge = (status: string) =>
  `<span class="status ${esc(status)}">${esc(STATUS_WORDS[status] ?? status)}</span>`;
const measure = (m: string) => `<span class="measure">${esc(MEASURE_WORDS[m] ?? m)}</span>`;

/** The target and outcome columns of a table of targets_vs_actuals rows. */
function targetColumns(ctx: Ctx, withYear: boolean): Column<TargetRow>[] {
  const cols: Column<TargetRow>[] = [
    {
      label: 'indicator',
      cell: (r) => `${ctx.label(r.jurisdiction, r.indicator, r.indicator_label)} ${measure(r.measure)}`,
    },
    {
      label: 'target',
      cell: (r) =>
        figure(
          r.target_value,
          r.unit,
          r.target_qualifier,
          r.target_low,
          r.target_high,
          ctx.sources.id(r.target_report_id, r.target_start),
        ),
    },
    {
      label: 'outcome',
      cell: (r) =>
        figure(r.actual, r.unit, 'exact', null, null, ctx.sources.id(r.actual_report_id, r.actual_start)) +
        (r.actual_estimated ? ' <span class="est">estimated 预计</span>' : ''),
    },
    {
      label: 'gap',
      numeric: true,
      cell: (r) =>
        esc(r.gap === null ? '' : `${r.gap > 0 ? '+' : ''}${plain(r.gap)}${r.measure === 'level' ? '' : ' pp'}`),
    },
    {
      label: 'shortfall',
      numeric: true,
      cell: (r) => esc(r.shortfall ? plain(r.shortfall) : r.shortfall === 0 ? '0' : ''),
    },
    { label: 'status', cell: (r) => statusBadge(r.status) },
  ];
  return withYear ? [{ label: 'year', cell: (r) => String(r.year) }, ...cols] : cols;
}

/**
 * A further table on the page: rows of a released table (read from the release by its
 * registry name), per jurisdiction, with its columns. A table the release does not hold
 * is left out, so an entry may wait for its table (commitments).
 */
export interface PageTable {
  /** the registry name of the table (format/tables.ts) */
  table: string;
  id: string;
  title: string;
  note?: string;
  columns: (ctx: Ctx) => Column<Row>[];
  order?: (a: Row, b: Row) => number;
  rowClass?: (r: Row) => string;
}

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const num = (v: unknown) => (typeof v === 'number' ? v : null);
const span = (ctx: Ctx, r: Row, report: string, start: string, end: string, text: string) =>
  ctx.sources.id(r[report] as string | null, num(r[start]), num(r[end]), r[text] as string | null);

/** A document's source: the body that publishes it first, then the URL it was read at (often a repost, never called the source). */
const readAt = (publisher: string | null | undefined, url: string | null | undefined) =>
  (publisher ? ` · published by ${esc(publisher)}` : '') +
  (url ? ` · read at <a href="${esc(url)}" rel="noopener noreferrer">${esc(url)}</a>` : '');

const STATED_WORDS: Record<string, string> = { met: 'met 完成', missed: 'missed 未完成' };

/** The page's further tables, in order: a new section is one entry here. */
export const PAGE_TABLES: PageTable[] = [
  {
    table: 'stated_attainment',
    id: 'stated',
    title: 'What the reports say of their own targets',
    note: 'A report’s words about last year’s targets (超过预期目标, 低于预期目标, 圆满完成…各项目标任务) beside the status computed from the figures; “disagrees” where they differ.',
    order: (a, b) => num(b.year)! - num(a.year)! || str(a.indicator).localeCompare(str(b.indicator)),
    rowClass: (r) => (r.agrees === false ? 'missed' : ''),
    columns: (ctx) => [
      { label: 'year', cell: (r) => str(r.year) },
      {
        label: 'indicator',
        cell: (r) =>
          (r.indicator === '*'
            ? 'all targets 各项目标'
            : ctx.label(str(r.jurisdiction), str(r.indicator), str(r.indicator))) +
          (r.measure ? ` ${measure(str(r.measure))}` : ''),
      },
      {
        label: 'the report says',
        cell: (r) =>
          button(
            `${esc(STATED_WORDS[str(r.stated)] ?? str(r.stated))}: <q>${esc(str(r.text))}</q>`,
            span(ctx, r, 'report_id', 'start', 'end', 'text'),
          ),
      },
      {
        label: 'computed',
        cell: (r) =>
          r.computed_status ? statusBadge(str(r.computed_status)) : '<span class="none">not compared</span>',
      },
      {
        label: 'agrees',
        cell: (r) =>
          r.agrees === true ? 'agrees' : r.agrees === false ? '<b class="status missed">disagrees</b>' : '',
      },
    ],
  },
  {
    table: 'commitments',
    id: 'commitments',
    title: 'Commitments (民生实事) and what became of them',
    order: (a, b) => num(b.year)! - num(a.year)! || (num(a.start) ?? 0) - (num(b.start) ?? 0),
    rowClass: (r) => (r.status === 'partly' ? 'near' : r.status === 'not_stated' ? 'missed' : ''),
    columns: (ctx) => [
      { label: 'year', cell: (r) => str(r.year) },
      { label: 'commitment', cell: (r) => button(esc(str(r.item)), span(ctx, r, 'report_id', 'start', 'end', 'item')) },
      {
        label: 'promised',
        numeric: true,
        cell: (r) =>
          num(r.value) === null ? '' : `${esc(plain(num(r.value)!))}<span class="unit">${esc(str(r.unit))}</span>`,
      },
      {
        label: 'outcome',
        numeric: true,
        cell: (r) =>
          (num(r.outcome_value) === null
            ? r.outcome_text
              ? button(
                  esc(str(r.outcome_text)),
                  span(ctx, r, 'outcome_report_id', 'outcome_start', 'outcome_end', 'outcome_text'),
                )
              : ''
            : button(
                `${esc(plain(num(r.outcome_value)!))}<span class="unit">${esc(str(r.outcome_unit))}</span>`,
                span(ctx, r, 'outcome_report_id', 'outcome_start', 'outcome_end', 'outcome_text'),
              )) + (r.outcome_as_of ? ` <span class="est">as of ${esc(str(r.outcome_as_of))}</span>` : ''),
      },
      {
        label: 'status',
        cell: (r) =>
          `<span class="status ${esc(str(r.status))}">${esc(COMMITMENT_WORDS[str(r.status)] ?? str(r.status))}</span>`,
      },
    ],
  },
];

/** The legend of every chart, once for the page: shapes and colours with their words. */
function legend(): string {
  const sym = (shape: string, colour: string, filled = true) => {
    const d: Record<string, string> = {
      circle: '<circle cx="9" cy="9" r="5"/>',
      diamond: '<path d="M9 3l6 6-6 6-6-6z"/>',
      cross: '<path d="M7 3h4v4h4v4h-4v4H7v-4H3V7h4z"/>',
      square: '<rect x="4.5" y="4.5" width="9" height="9"/>',
      stroke: '<path d="M2 9h14" stroke-width="2.5"/>',
      'triangle-up': '<path d="M9 3l6 11H3z"/>',
      'triangle-down': '<path d="M3 4h12L9 15z"/>',
      band: '<rect x="2" y="3" width="14" height="12" opacity=".2"/>',
      line: '<path d="M1 13L6 7l5 3 6-7" fill="none" stroke-width="1.5"/>',
    };
    return `<svg class="sym" viewBox="0 0 18 18" width="18" height="18" aria-hidden="true" fill="${filled ? colour : 'none'}" stroke="${colour}">${d[shape]}</svg>`;
  };
  const item = (svg: string, words: string) => `<li>${svg}<span>${words}</span></li>`;
  return `<ul class="legend-list">
${item(sym('stroke', TARGET_COLOUR, false), 'target 目标 (a bar)')}
${item(sym('band', TARGET_COLOUR), 'a range 区间 (the band), or where an “about” target 左右 is near (the band on the side that misses)')}
${item(sym('triangle-up', TARGET_COLOUR, false), 'at least 以上: met at or above')}
${item(sym('triangle-down', TARGET_COLOUR, false), 'at most 以内, or a fall of at least 下降…以上: met at or below')}
${Object.entries(OUTCOME_STYLE)
  .map(([, s]) => item(sym(s.shape, s.colour), `outcome: ${esc(s.words)} ${esc(s.zh)}`))
  .join('\n')}
${item(sym('line', '#424a53'), 'outcomes of consecutive years; a gap is a year without one')}
</ul>
<p class="note">Under each chart's title, the years missed and near in words; over a point, its figures and its status.</p>`;
}

const STYLE = `
:root { --fg:#1f2328; --muted:#59636e; --line:#d1d9e0; --met:#1a7f37; --near:#9a6700; --missed:#cf222e; --bg:#f6f8fa; --link:#0969da; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; scroll-padding-top: 48px; }
body { margin: 0; font-family: ${FONT}; color: var(--fg); line-height: 1.5; overflow-wrap: anywhere; }
header, main, footer { padding-left: max(16px, min(32px, 3vw)); padding-right: max(16px, min(32px, 3vw)); }
header { padding-top: 16px; padding-bottom: 8px; border-bottom: 1px solid var(--line); }
.top { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 8px; }
h1 { margin: 0 0 4px; font-size: clamp(20px, 4vw, 26px); line-height: 1.25; }
h2 { margin: 32px 0 8px; font-size: 20px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { margin: 22px 0 6px; font-size: 16px; }
.lead { margin: 6px 0; max-width: 62em; }
.counts { list-style: none; padding: 0; margin: 8px 0; display: flex; flex-wrap: wrap; gap: 6px 10px; font-size: 14px; }
.counts li { border: 1px solid var(--line); border-radius: 12px; padding: 1px 10px; }
details.legend { margin: 8px 0; font-size: 14px; }
details.legend summary { cursor: pointer; color: var(--link); }
.legend-list { list-style: none; padding: 0; margin: 6px 0; display: flex; flex-wrap: wrap; gap: 4px 18px; }
.legend-list li { display: flex; align-items: center; gap: 6px; }
.sym { flex: none; }
nav { padding: 6px max(16px, min(32px, 3vw)); background: var(--bg); border-bottom: 1px solid var(--line); position: sticky; top: 0; z-index: 1; display: flex; gap: 4px 16px; overflow-x: auto; white-space: nowrap; }
main { max-width: 1440px; padding-bottom: 48px; }
a { color: var(--link); }
.glance { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 240px), 1fr)); gap: 10px; }
.card { border: 1px solid var(--line); border-left-width: 4px; border-radius: 6px; padding: 8px 12px; }
.card.met { border-left-color: var(--met); } .card.near { border-left-color: var(--near); } .card.missed { border-left-color: var(--missed); }
.card .ind { font-weight: 600; }
.card .line { font-size: 14px; }
.scroll { max-width: 100%; overflow-x: auto; }
table { border-collapse: collapse; margin: 6px 0 12px; font-size: 14px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 10px; text-align: left; vertical-align: top; }
th { background: var(--bg); }
th.n, td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.missed td { background: #ffebe9; }
tr.near td { background: #fff8c5; }
.measure, .unit { color: var(--muted); font-size: 12px; margin-left: 2px; }
.est { color: var(--near); font-size: 12px; }
.status { white-space: nowrap; font-weight: 600; }
.status.met, .status.done { color: var(--met); } .status.near, .status.partly { color: var(--near); } .status.missed, .status.not_stated { color: var(--missed); }
.status.no_actual, .status.pending, .status.declined, .status.no_target, .status.no_report, .status.done_no_figure { color: var(--muted); font-weight: 400; }
button.num { font: inherit; border: 0; border-bottom: 1px dashed var(--link); background: none; padding: 0; color: var(--link); cursor: pointer; text-align: left; }
button.num:hover, button.num.active { background: #ddf4ff; }
button.toggle { font: inherit; font-size: 14px; border: 1px solid var(--line); border-radius: 6px; background: white; padding: 2px 10px; cursor: pointer; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 330px), 1fr)); gap: 18px 28px; }
/* a side-by-side chart has a name per row: columns wide enough that its text stays at 10 px or more */
.charts.side-by-side { grid-template-columns: repeat(auto-fill, minmax(min(100%, 400px), 1fr)); }
.chart { margin: 0; min-width: 0; }
.chart figcaption { font-size: 14px; }
.chart .statuses { font-size: 13px; }
.chart svg { display: block; width: 100%; height: auto; }
.chart svg a { cursor: pointer; }
/* words and lines never stand between a finger and a point (vega's text, line and axis groups) */
.chart svg .mark-text, .chart svg .mark-line, .chart svg .unit-title, .chart svg .role-axis { pointer-events: none; }
.chart .aside { color: var(--muted); font-size: 12px; }
aside#source { position: fixed; right: 16px; bottom: 16px; width: min(540px, calc(100vw - 32px)); max-height: 70vh; overflow: auto; background: white; border: 1px solid var(--line); border-radius: 8px; box-shadow: 0 8px 24px rgba(0,0,0,.15); padding: 12px 16px; z-index: 2; }
aside#source[hidden] { display: none; }
aside#source h4 { margin: 0 0 6px; padding-right: 64px; }
aside#source .sentence { font-size: 15px; background: var(--bg); padding: 8px; border-radius: 4px; }
aside#source mark { background: #fff8c5; outline: 2px solid #d4a72c; }
aside#source dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; font-size: 13px; color: var(--muted); margin: 8px 0 0; }
aside#source dd { margin: 0; min-width: 0; }
aside#source .close { position: absolute; right: 12px; top: 10px; }
.note { color: var(--muted); font-size: 13px; }
.waiting { grid-column: 1 / -1; color: var(--muted); font-size: 14px; margin: 4px 0 0; }
footer { border-top: 1px solid var(--line); padding-top: 8px; padding-bottom: 32px; font-size: 14px; }
footer ul { padding-left: 18px; }
@media (max-width: 640px) {
  table.reflow, table.reflow tbody, table.reflow tr, table.reflow td { display: block; width: 100%; }
  table.reflow thead { display: none; }
  table.reflow tr { border: 1px solid var(--line); border-radius: 6px; margin: 8px 0; padding: 4px 10px; }
  table.reflow td { border: 0; padding: 2px 0; text-align: left; }
  table.reflow td:empty { display: none; }
  table.reflow td::before { content: attr(data-label); display: inline-block; min-width: 6.5em; color: var(--muted); font-size: 13px; }
  tr.missed td, tr.near td { background: none; }
  tr.missed { border-left: 4px solid var(--missed); } tr.near { border-left: 4px solid var(--near); }
}
`;

const SCRIPT = `
(function () {
  var sources = JSON.parse(document.getElementById('sources').textContent);
  var panel = document.getElementById('source');
  function text(el, s) { el.textContent = s; }
  function row(label, node) {
    var dt = document.createElement('dt'); dt.textContent = label;
    var dd = document.createElement('dd');
    if (typeof node === 'string') dd.textContent = node; else dd.appendChild(node);
    var dl = panel.querySelector('dl'); dl.appendChild(dt); dl.appendChild(dd);
  }
  function link(href, words, external) {
    var a = document.createElement('a'); a.href = href; a.textContent = words;
    if (external) { a.target = '_blank'; a.rel = 'noopener noreferrer'; }
    return a;
  }
  function show(i, el, k) {
    var s = sources[i];
    if (!s) return;
    var t = k === null || k === undefined ? undefined : sources[Number(k)];
    text(panel.querySelector('.title'), (t ? 'Target: ' : '') + s.title + ' (' + s.report + ')');
    // a scorecard cell opens two sentences: the target's, then the outcome's
    var second = panel.querySelector('.second');
    second.textContent = '';
    second.hidden = !t;
    if (t) {
      var h = document.createElement('h4'); h.textContent = 'Outcome: ' + t.title + ' (' + t.report + ')';
      var p = document.createElement('p'); p.className = 'sentence';
      p.appendChild(document.createTextNode(t.before));
      var m = document.createElement('mark'); m.textContent = t.text; p.appendChild(m);
      p.appendChild(document.createTextNode(t.after));
      second.appendChild(h); second.appendChild(p);
      if (t.publisher) { var q = document.createElement('p'); q.className = 'note'; q.textContent = 'published by ' + t.publisher; second.appendChild(q); }
      if (t.review) second.appendChild(link(t.review, 'read the outcome in the whole text'));
    }
    var sentence = panel.querySelector('.sentence');
    sentence.textContent = '';
    sentence.appendChild(document.createTextNode(s.before));
    var mark = document.createElement('mark');
    mark.textContent = s.text;
    sentence.appendChild(mark);
    sentence.appendChild(document.createTextNode(s.after));
    panel.querySelector('dl').textContent = '';
    if (s.what) row('figure', s.what + (s.estimated ? ' — estimated (预计): stated before the year was over' : ''));
    if (s.doc_kind) row('document', (${JSON.stringify(DOC_KIND_WORDS)})[s.doc_kind] || s.doc_kind);
    if (s.as_of) row('as of', s.as_of);
    // the body that publishes the figure is the source; a URL is only where it was read (often a repost)
    if (s.publisher) row('published by', s.publisher);
    if (s.url) row('read at', link(s.url, s.url, true));
    row('where', 'characters ' + s.start + '–' + s.end + ' of the decoded document');
    if (s.review) row('in context', link(s.review, 'read it in the whole text, with every figure marked'));
    if (s.how) row('read by', s.how);
    panel.hidden = false;
    document.querySelectorAll('.active').forEach(function (b) { b.classList.remove('active'); });
    if (el && el.classList) el.classList.add('active');
  }
  document.addEventListener('click', function (e) {
    var t = e.target;
    var b = t.closest && t.closest('button.num');
    if (b) { show(Number(b.getAttribute('data-src')), b, b.getAttribute('data-src2')); return; }
    var a = t.closest && t.closest('a');
    var href = a && (a.getAttribute('href') || a.getAttributeNS('http://www.w3.org/1999/xlink', 'href'));
    if (href && href.indexOf('#src-') === 0) { e.preventDefault(); show(Number(href.slice(5)), a); }
  });
  if (location.hash.indexOf('#src-') === 0) show(Number(location.hash.slice(5)));
  panel.querySelector('.close').addEventListener('click', function () { panel.hidden = true; });
  var toggle = document.getElementById('lang');
  toggle.hidden = false;
  toggle.addEventListener('click', function () {
    var en = document.documentElement.getAttribute('data-lang') !== 'en';
    document.documentElement.setAttribute('data-lang', en ? 'en' : 'zh');
    document.querySelectorAll('.lbl[data-en]').forEach(function (l) {
      if (!l.hasAttribute('data-zh')) l.setAttribute('data-zh', l.textContent);
      l.textContent = l.getAttribute(en ? 'data-en' : 'data-zh');
      l.lang = en ? 'en' : '';
    });
    toggle.setAttribute('aria-pressed', String(en));
    toggle.textContent = en ? '中文名称' : 'English labels';
  });
})();
`;

/**
 * The label of an indicator on the page. The dictionary's label is often a local one
 * (地区生产总值); where a jurisdiction's own texts use another of the dictionary's
 * names for the indicator more often (国内生产总值 in the State Council's reports),
 * and that name is as full as the label (as long, ending in the same two characters),
 * that name is shown. With the English toggle, the dictionary's label_en.
 */
function labeller(release: PageData, indicators: Map<string, IndicatorNames> | undefined) {
  const seen = new Map<string, Map<string, number>>();
  if (indicators) {
    for (const o of release.observations) {
      const names = indicators.get(o.indicator)?.names;
      if (!names) continue;
      const k = `${o.jurisdiction}|${o.indicator}`;
      let m = seen.get(k);
      if (!m) seen.set(k, (m = new Map()));
      // the longest of the dictionary's names the span begins with (国内生产总值, not 生产总值)
      let best = '';
      for (const n of names) if (n.length > best.length && o.text.startsWith(n) && /\p{Script=Han}/u.test(n)) best = n;
      if (best) m.set(best, (m.get(best) ?? 0) + 1);
    }
  }
  const cache = new Map<string, string>();
  return (jurisdiction: string, indicator: string, fallback: string): string => {
    const k = `${jurisdiction}|${indicator}`;
    let html = cache.get(k);
    if (html === undefined) {
      const def = indicators?.get(indicator);
      let zh = def?.label ?? fallback;
      let n = 0;
      // a name stands for the label only where it is as full a name: as long, and ending the same way
      // (国内生产总值 for 地区生产总值, 一般公共预算收入 for 地方财政收入; not 竣工 for 竣工面积)
      const full = (name: string) =>
        !def || (name.length >= def.label.length && name.slice(-2) === def.label.slice(-2));
      for (const [name, c] of seen.get(k) ?? [])
        if (full(name) && (c > n || (c === n && name === def?.label))) [zh, n] = [name, c];
      // the English label waits in an attribute: the toggle swaps the text, so the page holds one label at a time
      html = def?.label_en ? `<span class="lbl" data-en="${esc(def.label_en)}">${esc(zh)}</span>` : esc(zh);
      cache.set(k, html);
    }
    return html;
  };
}

const DONE = new Set(['met', 'near', 'missed']);

export async function reportHtml(release: PageData, opts: ReportOptions): Promise<string> {
  const { meta, derived, observations, totals } = release;
  const docTitle = (r: (typeof meta.reports)[number]) => `${r.jurisdiction_name} ${r.report_year}年政府工作报告`;
  const titles = new Map(meta.reports.map((r) => [r.id, docTitle(r)]));
  // a communiqué or a series file is titled by its kind, not as a work report
  for (const r of meta.reports)
    if (r.kind !== 'work_report')
      titles.set(
        r.id,
        `${r.jurisdiction_name} ${DOC_KIND_WORDS[r.kind] ?? r.kind}${r.report_year > 0 ? ` ${r.report_year}` : ''}`.trim(),
      );
  const names = new Map(meta.reports.map((r) => [r.jurisdiction, r.jurisdiction_name]));
  const byKey = new Map(observations.map((o) => [`${o.report_id}|${o.start}`, o]));
  const docs = new Map<string, { doc_kind: string; url: string | null; publisher: string | null }>();
  for (const o of observations)
    if (!docs.has(o.report_id))
      docs.set(o.report_id, { doc_kind: o.doc_kind, url: o.source_url, publisher: o.publisher ?? null });
  const reviewed = opts.reviewed ?? new Set<string>();
  const sources = new Sources(byKey, titles, reviewed, docs);
  const label = labeller(release, opts.indicators);
  const ctx: Ctx = { sources, label };

  // every table's rows by jurisdiction, grouped once
  const byJurisdiction = <R extends { jurisdiction: string }>(rows: R[]) => {
    const m = new Map<string, R[]>();
    for (const r of rows) {
      const l = m.get(r.jurisdiction);
      if (l) l.push(r);
      else m.set(r.jurisdiction, [r]);
    }
    return m;
  };
  const tva = byJurisdiction(derived.targets_vs_actuals);
  const aside = new Map<string, Array<{ unit: string; year: number }>>();
  for (const r of derived.outcome_sources) {
    if (r.value !== null) continue;
    const k = `${r.jurisdiction}|${r.indicator}|${r.measure}`;
    if (!aside.has(k)) aside.set(k, []);
    aside.get(k)!.push({ unit: r.unit_as_stated, year: r.year });
  }
  const extra = PAGE_TABLES.map((t) => ({
    t,
    rows: byJurisdiction(
      ((derived as unknown as Record<string, unknown>)[t.table] as Array<Row & { jurisdiction: string }> | undefined) ??
        [],
    ),
  }));
  const jurisdictions = sortSlugs(tva.keys(), knownJurisdictions(meta));
  const shown = jurisdictions.slice(0, opts.maxJurisdictions);
  const counts = totals.status;

  const sections: string[] = [];
  // one vega view, parsed once, renders every chart
  const renderer = new ChartRenderer();
  const hrefOf = (reportId: string | null, start: number | null) => {
    const i = sources.id(reportId, start);
    return i >= 0 ? `#src-${i}` : undefined;
  };
  for (const j of shown) {
    const rows = tva.get(j)!;
    const compared = rows.filter((r) => r.target_value !== null);
    // at a glance: the latest year whose targets can be compared, else the latest targets
    const withActual = compared.filter((r) => DONE.has(r.status));
    const glanceYear = withActual.length
      ? Math.max(...withActual.map((r) => r.year))
      : compared.length
        ? Math.max(...compared.map((r) => r.year))
        : undefined;
    // outcomes first: missed, near, met before targets still waiting for an outcome
    const order: Record<string, number> = { missed: 0, near: 1, met: 2 };
    const glance =
      glanceYear === undefined
        ? []
        : compared.filter((r) => r.year === glanceYear).sort((a, b) => (order[a.status] ?? 4) - (order[b.status] ?? 4));
    const card = (r: TargetRow) =>
      `<div class="card ${r.status}"><div class="ind">${label(j, r.indicator, r.indicator_label)} ${measure(r.measure)}</div><div class="line">promised ${figure(r.target_value, r.unit, r.target_qualifier, r.target_low, r.target_high, sources.id(r.target_report_id, r.target_start))} · achieved ${figure(r.actual, r.unit, 'exact', null, null, sources.id(r.actual_report_id, r.actual_start))}${r.actual_estimated ? ' <span class="est">estimated 预计</span>' : ''}</div><div>${statusBadge(r.status)}</div></div>`;
    const outcomes = glance.filter((r) => DONE.has(r.status));
    const waiting = glance.filter((r) => !DONE.has(r.status));
    const cards =
      outcomes.map(card).join('\n') +
      (waiting.length
        ? `<p class="waiting">Also promised for ${glanceYear}, no outcome to compare: ${waiting.map((r) => `${label(j, r.indicator, r.indicator_label)} ${figure(r.target_value, r.unit, r.target_qualifier, r.target_low, r.target_high, sources.id(r.target_report_id, r.target_start))} (${esc(STATUS_WORDS[r.status] ?? r.status)})`).join(' · ')}</p>`
        : '');
    // charts: every indicator × measure with a target and two years
    const series = new Map<string, TargetRow[]>();
    for (const r of rows) {
      const k = `${r.indicator}|${r.measure}`;
      const l = series.get(k);
      if (l) l.push(r);
      else series.set(k, [r]);
    }
    const charts: string[] = [];
    for (const [k, list] of [...series].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (!list.some((r) => r.target_value !== null) || list.length < 2) continue;
      const unit = list[0].unit;
      const svg = await renderer.render(
        seriesPoints(list, {
          tolerancePp: opts.tolerance.pp,
          tolerancePct: opts.tolerance.levelPct,
          higherIsBetter: opts.indicators?.get(list[0].indicator)?.better !== 'lower',
          hrefOf,
        }),
        unitTitle(list[0].measure, unit),
      );
      const left = aside.get(`${j}|${k}`);
      const note = left
        ? `<div class="aside">Not drawn: ${left.map((x) => `${x.year} (${esc(x.unit)})`).join(', ')}, in another unit family than ${esc(unit)} (outcome_sources.csv)</div>`
        : '';
      // the years missed and near, in words: the chart shows them by shape and colour only
      const inWords = (['missed', 'near'] as const)
        .map((s) => [s, list.filter((r) => r.status === s).map((r) => r.year)] as const)
        .filter(([, ys]) => ys.length)
        .map(([s, ys]) => `<span class="status ${s}">${esc(STATUS_WORDS[s])}</span> ${ys.sort().join(', ')}`)
        .join(' · ');
      charts.push(
        `<figure class="chart" data-series="${esc(k)}"><figcaption><b>${label(j, list[0].indicator, list[0].indicator_label)}</b> · ${esc(MEASURE_WORDS[list[0].measure] ?? list[0].measure)}${list[0].measure === 'level' ? `, ${esc(unit)}` : ''}${inWords ? `<br><span class="statuses">${inWords}</span>` : ''}</figcaption>${svg}${note}</figure>`,
      );
    }
    const shortfalls = withActual
      .filter((r) => r.status !== 'met')
      .sort((a, b) => b.year - a.year || (a.indicator < b.indicator ? -1 : 1));
    const all = compared
      .slice()
      .sort(
        (a, b) =>
          b.year - a.year ||
          (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : a.measure < b.measure ? -1 : 1),
      );
    const further = extra
      .map(({ t, rows: m }) => {
        const list = m.get(j);
        if (!list?.length) return '';
        const sorted = t.order ? list.slice().sort(t.order) : list;
        // a long table waits behind its summary, so that the page stays readable
        const body = table(t.columns(ctx), sorted, t.rowClass);
        return `<h3 id="${esc(t.id)}-${esc(j)}">${esc(t.title)}</h3>${t.note ? `<p class="note">${esc(t.note)}</p>` : ''}\n${sorted.length > 25 ? `<details><summary>${sorted.length} rows</summary>${body}</details>` : body}`;
      })
      .join('\n');
    const docsOf = meta.reports
      .filter((r) => r.jurisdiction === j)
      .sort((a, b) => a.report_year - b.report_year || (a.id < b.id ? -1 : 1));
    const reading = docsOf
      .filter((r) => reviewed.has(r.id))
      .map((r) => `<a href="review/${esc(encodeURIComponent(reviewFile(r.id)))}">${esc(r.id)}</a>`);
    sections.push(`<section id="j-${esc(j)}">
<h2>${esc(names.get(j) ?? j)} <span class="measure">${esc(j)}</span></h2>
${reading.length ? `<p class="note">Each document's whole text with every figure read and every figure set aside: ${reading.join(' · ')}</p>` : ''}
${glanceYear !== undefined ? `<h3>${glanceYear}: what was promised, what was achieved</h3>\n<div class="glance">${cards}</div>` : ''}
<h3>Targets against outcomes over the years</h3>
${charts.length ? `<div class="charts">${charts.join('\n')}</div>` : '<p class="note">No indicator has a target and two years to draw.</p>'}
<h3>Shortfalls</h3>
${shortfalls.length ? table(targetColumns(ctx, true), shortfalls, (r) => r.status) : '<p class="note">No target compared so far was missed.</p>'}
${further}
<details><summary>Every target, ${all.length} rows</summary>${table(targetColumns(ctx, true), all, (r) => r.status)}</details>
</section>`);
  }
  renderer.finalize();
  // the jurisdictions of one level side by side, against the level above (amplification.csv)
  const targetOf = new Map(
    derived.targets_vs_actuals.map((r) => [`${r.jurisdiction}|${r.indicator}|${r.measure}|${r.year}`, r]),
  );
  const levelNames = new Map(knownJurisdictions(meta).map((k) => [k.jurisdiction, k.jurisdiction_name]));
  const side = await sideBySideSection(release.amplification, {
    name: (j) => names.get(j) ?? levelNames.get(j) ?? j,
    label: (j, indicator) => label(j, indicator, indicator),
    measureWords: (m) => MEASURE_WORDS[m] ?? m,
    targetHref: (j, indicator, m, year) => {
      const r = targetOf.get(`${j}|${indicator}|${m}|${year}`);
      return r ? hrefOf(r.target_report_id, r.target_start) : undefined;
    },
  });
  const scorecard = scorecardSection(release.scorecard, {
    sourceId: (reportId, start, end, text) => sources.id(reportId, start, end, text),
    label: (indicator, fallback) => label('', indicator, fallback),
  });
  const more = totals.jurisdictions - shown.length;
  const data = JSON.stringify(sources.list).replace(/</g, '\\u003c');
  const countList = STATUSES.map((s) => `<li><b>${counts[s]}</b> ${esc(STATUS_WORDS[s])}</li>`).join('');
  return `<!doctype html>
<html lang="zh-CN" data-lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Targets and outcomes from government work reports — yoy ${esc(meta.tool.version)}</title>
<style>${STYLE}${SCORECARD_STYLE}</style>
</head>
<body>
<header>
<div class="top"><h1>What was promised, what was achieved</h1><button id="lang" class="toggle" type="button" aria-pressed="false" hidden>English labels</button></div>
<p class="lead">Targets set in government work reports (政府工作报告) against the outcomes that later documents state (${meta.reports.length} documents${meta.input_date ? `, the latest of ${esc(meta.input_date)}: the input’s date` : ''}): ${esc(headline(counts))}.</p>
<ul class="counts" aria-label="targets and outcomes by status">${countList}</ul>
<p class="note">Every number is a link: click it, or a point of a chart, to read the sentence it was taken from. yoy ${esc(meta.tool.version)}${meta.created ? ` · ${esc(meta.created)}` : ''} · ${totals.observations} figures read · the same data as CSV in this folder (targets_vs_actuals.csv, observations.csv) and in yoy.xlsx</p>
<details class="legend" open><summary>How to read the charts</summary>${legend()}<p class="note">Each series is in one unit (the unit of its targets): figures stated in another unit of the same kind are converted (万吨 → 万亿斤), and figures in another currency are not drawn. Text in the charts is ${FONT_SIZE} px at a column of 360 px.</p></details>
</header>
<nav>${scorecard ? '<a href="#scorecard">Scorecard</a>' : ''}${side ? '<a href="#side-by-side">Side by side</a>' : ''}${shown.map((j) => `<a href="#j-${esc(j)}">${esc(names.get(j) ?? j)}</a>`).join('')}${more > 0 ? `<span class="note">and ${more} more ${more === 1 ? 'jurisdiction' : 'jurisdictions'} in the CSVs</span>` : ''}</nav>
<main>
${scorecard}
${side}
${sections.join('\n')}
</main>
<footer>
<p>Documents read (${meta.reports.length}), with their review pages where the jurisdiction is drawn above:</p>
<ul>${meta.reports.map((r) => `<li>${reviewed.has(r.id) ? `<a href="review/${esc(encodeURIComponent(reviewFile(r.id)))}">${esc(titles.get(r.id) ?? r.id)}</a>` : esc(titles.get(r.id) ?? r.id)} <span class="note">${esc(r.id)} · ${r.observations} figures</span>${readAt(r.publisher, r.source_url)}</li>`).join('')}</ul>
</footer>
<aside id="source" hidden aria-live="polite"><button type="button" class="close toggle">close ×</button><h4 class="title"></h4><p class="sentence"></p><dl></dl><div class="second" hidden></div></aside>
<script id="sources" type="application/json">${data}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
