// report.html: one self-contained page (no network when viewed). Per jurisdiction:
// what was promised and what was achieved at a glance, a chart per indicator with
// targets, the table of targets and outcomes with shortfalls, and for every
// number its source sentence, highlighted, one click away.
import type { Release } from '../read.js';
import type { TargetRow } from '../../derive/targets-vs-actuals.js';
import { ChartRenderer, seriesPoints, measureTitle, FONT } from './charts.js';
import { plain } from '../../derive/decimal.js';
import { countStatuses, headline } from '../../derive/attainment.js';
import type { Observation } from '../../core/model.js';

export interface ReportOptions {
  /** charts are drawn for at most this many jurisdictions (the rest are in the CSVs) */
  maxJurisdictions: number;
  tolerance: { pp: number; levelPct: number };
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STATUS_LABEL: Record<string, string> = {
  met: '✓ met 达成',
  near: '≈ near 接近',
  missed: '✗ missed 未达成',
  no_actual: '… no actual yet 尚无实际',
  no_target: '– no target 无目标',
};
const QUALIFIER_LABEL: Record<string, string> = { exact: '', about: '≈', at_least: '≥', at_most: '≤', range: '' };
const MEASURE_LABEL: Record<string, string> = { growth: 'growth', rate: 'rate', level: 'level', change_pp: 'change (pp)' };

class Sources {
  list: Array<Record<string, unknown>> = [];
  private index = new Map<string, number>();
  constructor(private byKey: Map<string, Observation>, private titles: Map<string, string>) {}
  /** The id of the source entry for an observation span, or -1. */
  id(reportId: string | null, start: number | null): number {
    if (reportId === null || start === null) return -1;
    const key = `${reportId}|${start}`;
    const known = this.index.get(key);
    if (known !== undefined) return known;
    const o = this.byKey.get(key);
    if (!o) return -1;
    const at = o.sentence.indexOf(o.text);
    this.list.push({
      report: o.report_id, title: this.titles.get(o.report_id) ?? o.report_id,
      before: at >= 0 ? o.sentence.slice(0, at) : '', text: o.text, after: at >= 0 ? o.sentence.slice(at + o.text.length) : '',
      start: o.start, end: o.end, kind: o.kind, period: o.period, measure: o.measure, value: o.value, unit: o.unit, qualifier: o.qualifier, rule: o.rule, confidence: o.confidence,
    });
    this.index.set(key, this.list.length - 1);
    return this.list.length - 1;
  }
}

function figure(value: number | null, unit: string, qualifier: string | null, low: number | null, high: number | null, src: number): string {
  if (value === null) return '<span class="none">—</span>';
  const shown = qualifier === 'range' && low !== null && high !== null ? `${plain(low)}–${plain(high)}` : `${QUALIFIER_LABEL[qualifier ?? 'exact'] ?? ''}${plain(value)}`;
  const body = `${esc(shown)}<span class="unit">${esc(unit)}</span>`;
  return src >= 0 ? `<button class="num" type="button" data-src="${src}" title="show the source sentence">${body}</button>` : body;
}

function statusBadge(status: string): string {
  return `<span class="status ${status}">${esc(STATUS_LABEL[status] ?? status)}</span>`;
}

function rowsTable(rows: TargetRow[], sources: Sources, withYear: boolean): string {
  const head = `<tr>${withYear ? '<th>year</th>' : ''}<th>indicator</th><th>target</th><th>actual</th><th>gap</th><th>shortfall</th><th>status</th></tr>`;
  const body = rows
    .map((r) => {
      const t = figure(r.target_value, r.unit, r.target_qualifier, r.target_low, r.target_high, sources.id(r.target_report_id, r.target_start));
      const a = figure(r.actual, r.unit, 'exact', null, null, sources.id(r.actual_report_id, r.actual_start));
      const gap = r.gap === null ? '' : `${r.gap > 0 ? '+' : ''}${plain(r.gap)}${r.measure === 'level' ? '' : ' pp'}`;
      const short = r.shortfall ? plain(r.shortfall) : r.shortfall === 0 ? '0' : '';
      return `<tr class="${r.status}">${withYear ? `<td>${r.year}</td>` : ''}<td>${esc(r.indicator_label)} <span class="measure">${esc(MEASURE_LABEL[r.measure] ?? r.measure)}</span></td><td>${t}</td><td>${a}</td><td class="n">${esc(gap)}</td><td class="n">${esc(short)}</td><td>${statusBadge(r.status)}</td></tr>`;
    })
    .join('\n');
  return `<table>${head}\n${body}</table>`;
}

const STYLE = `
:root { --fg:#1f2328; --muted:#59636e; --line:#d1d9e0; --met:#1a7f37; --near:#9a6700; --missed:#cf222e; --bg:#f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font-family: ${FONT}; color: var(--fg); line-height: 1.5; }
header { padding: 24px 32px 8px; border-bottom: 1px solid var(--line); }
h1 { margin: 0 0 4px; font-size: 24px; }
h2 { margin: 32px 0 8px; font-size: 20px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { margin: 20px 0 6px; font-size: 16px; }
.lead { color: var(--muted); margin: 4px 0; max-width: 60em; }
nav { padding: 8px 32px; background: var(--bg); border-bottom: 1px solid var(--line); position: sticky; top: 0; z-index: 1; }
nav a { margin-right: 16px; }
main { padding: 0 32px 48px; max-width: 1200px; }
.glance { display: flex; flex-wrap: wrap; gap: 10px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; min-width: 190px; }
.card .ind { font-weight: 600; }
.card .line { font-size: 14px; }
table { border-collapse: collapse; margin: 6px 0 12px; font-size: 14px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 10px; text-align: left; vertical-align: top; }
th { background: var(--bg); }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.missed td { background: #ffebe9; }
tr.near td { background: #fff8c5; }
.measure, .unit { color: var(--muted); font-size: 12px; margin-left: 2px; }
.status { white-space: nowrap; font-weight: 600; }
.status.met { color: var(--met); } .status.near { color: var(--near); } .status.missed { color: var(--missed); }
.status.no_actual, .status.no_target { color: var(--muted); font-weight: 400; }
button.num { font: inherit; border: 0; border-bottom: 1px dashed #0969da; background: none; padding: 0; color: #0969da; cursor: pointer; }
button.num:hover, button.num.active { background: #ddf4ff; }
.charts { display: flex; flex-wrap: wrap; gap: 16px; }
.chart { margin: 0; }
.chart figcaption { font-size: 14px; margin-left: 8px; }
.chart svg { max-width: 100%; height: auto; }
aside#source { position: fixed; right: 16px; bottom: 16px; width: min(520px, calc(100vw - 32px)); max-height: 60vh; overflow: auto; background: white; border: 1px solid var(--line); border-radius: 8px; box-shadow: 0 8px 24px rgba(0,0,0,.15); padding: 12px 16px; z-index: 2; }
aside#source[hidden] { display: none; }
aside#source .sentence { font-size: 15px; background: var(--bg); padding: 8px; border-radius: 4px; }
aside#source mark { background: #fff8c5; outline: 2px solid #d4a72c; }
aside#source dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; font-size: 13px; color: var(--muted); margin: 8px 0 0; }
aside#source dd { margin: 0; }
aside#source .close { float: right; }
.note { color: var(--muted); font-size: 13px; }
.waiting { flex-basis: 100%; color: var(--muted); font-size: 14px; margin: 4px 0 0; }
`;

const SCRIPT = `
(function () {
  var sources = JSON.parse(document.getElementById('sources').textContent);
  var panel = document.getElementById('source');
  function text(el, s) { el.textContent = s; }
  function show(i, button) {
    var s = sources[i];
    text(panel.querySelector('.title'), s.title + ' (' + s.report + ')');
    var sentence = panel.querySelector('.sentence');
    sentence.textContent = '';
    sentence.appendChild(document.createTextNode(s.before));
    var mark = document.createElement('mark');
    mark.textContent = s.text;
    sentence.appendChild(mark);
    sentence.appendChild(document.createTextNode(s.after));
    text(panel.querySelector('.what'), s.kind + ' for ' + s.period + ', ' + s.measure + ': ' + s.value + ' ' + s.unit + (s.qualifier !== 'exact' ? ' (' + s.qualifier + ')' : ''));
    text(panel.querySelector('.where'), 'characters ' + s.start + '–' + s.end + ' of the decoded report');
    text(panel.querySelector('.how'), 'rule ' + s.rule + ', confidence ' + s.confidence);
    panel.hidden = false;
    document.querySelectorAll('button.num.active').forEach(function (b) { b.classList.remove('active'); });
    if (button) button.classList.add('active');
  }
  document.addEventListener('click', function (e) {
    var b = e.target.closest && e.target.closest('button.num');
    if (b) show(Number(b.getAttribute('data-src')), b);
  });
  panel.querySelector('.close').addEventListener('click', function () { panel.hidden = true; });
})();
`;

export async function reportHtml(release: Release, opts: ReportOptions): Promise<string> {
  const { meta, derived, observations } = release;
  const titles = new Map(meta.reports.map((r) => [r.id, `${r.jurisdiction_name} ${r.report_year}年政府工作报告`]));
  const names = new Map(meta.reports.map((r) => [r.jurisdiction, r.jurisdiction_name]));
  const byKey = new Map(observations.map((o) => [`${o.report_id}|${o.start}`, o]));
  const sources = new Sources(byKey, titles);
  const jurisdictions = [...new Set(derived.targets_vs_actuals.map((r) => r.jurisdiction))].sort();
  const shown = jurisdictions.slice(0, opts.maxJurisdictions);
  const counts = countStatuses(derived.targets_vs_actuals);

  const sections: string[] = [];
  const renderer = new ChartRenderer();
  for (const j of shown) {
    const rows = derived.targets_vs_actuals.filter((r) => r.jurisdiction === j);
    const compared = rows.filter((r) => r.target_value !== null);
    // at a glance: the latest year whose targets can be compared, else the latest targets
    const withActual = compared.filter((r) => r.status === 'met' || r.status === 'near' || r.status === 'missed');
    const glanceYear = withActual.length ? Math.max(...withActual.map((r) => r.year)) : compared.length ? Math.max(...compared.map((r) => r.year)) : undefined;
    // outcomes first: met, near, missed before targets still waiting for an actual
    const order: Record<string, number> = { missed: 0, near: 1, met: 2, no_actual: 3 };
    const glance = glanceYear === undefined ? [] : compared.filter((r) => r.year === glanceYear).sort((a, b) => (order[a.status] ?? 4) - (order[b.status] ?? 4));
    const card = (r: TargetRow) =>
      `<div class="card ${r.status}"><div class="ind">${esc(r.indicator_label)} <span class="measure">${esc(MEASURE_LABEL[r.measure] ?? r.measure)}</span></div><div class="line">promised ${figure(r.target_value, r.unit, r.target_qualifier, r.target_low, r.target_high, sources.id(r.target_report_id, r.target_start))} · achieved ${figure(r.actual, r.unit, 'exact', null, null, sources.id(r.actual_report_id, r.actual_start))}</div><div>${statusBadge(r.status)}</div></div>`;
    const outcomes = glance.filter((r) => r.status !== 'no_actual');
    const waiting = glance.filter((r) => r.status === 'no_actual');
    const cards =
      outcomes.map(card).join('\n') +
      (waiting.length
        ? `<p class="waiting">Also promised for ${glanceYear}, no outcome stated yet: ${waiting.map((r) => `${esc(r.indicator_label)} ${figure(r.target_value, r.unit, r.target_qualifier, r.target_low, r.target_high, sources.id(r.target_report_id, r.target_start))}`).join(' · ')}</p>`
        : '');
    // charts: every indicator × measure with at least one target
    const series = new Map<string, TargetRow[]>();
    for (const r of rows) {
      const k = `${r.indicator}|${r.measure}`;
      if (!series.has(k)) series.set(k, []);
      series.get(k)!.push(r);
    }
    const charts: string[] = [];
    for (const [k, list] of [...series].sort(([a], [b]) => (a < b ? -1 : 1))) {
      // a chart needs a target and two years to say something; single items stay in the tables
      if (!list.some((r) => r.target_value !== null) || list.length < 2) continue;
      const svg = await renderer.render(seriesPoints(list, opts.tolerance.pp, opts.tolerance.levelPct));
      const unit = list.find((r) => r.unit)?.unit ?? '';
      charts.push(`<figure class="chart" data-series="${esc(k)}"><figcaption><b>${esc(list[0].indicator_label)}</b> · ${esc(measureTitle(list[0].measure, unit))}</figcaption>${svg}</figure>`);
    }
    const shortfalls = withActual.filter((r) => r.status !== 'met').sort((a, b) => b.year - a.year || (a.indicator < b.indicator ? -1 : 1));
    const all = compared.slice().sort((a, b) => b.year - a.year || (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : a.measure < b.measure ? -1 : 1));
    sections.push(`<section id="j-${esc(j)}">
<h2>${esc(names.get(j) ?? j)} <span class="measure">${esc(j)}</span></h2>
${glanceYear !== undefined ? `<h3>${glanceYear}: what was promised, what was achieved</h3>\n<div class="glance">${cards}</div>` : ''}
<h3>Targets against outcomes over the years</h3>
<p class="note">Blue: the target (a band for ranges and “about” targets, a triangle for “at least” ▲ and “at most” ▼); dots: the outcome, coloured by status.</p>
<div class="charts">${charts.join('\n')}</div>
<h3>Shortfalls</h3>
${shortfalls.length ? rowsTable(shortfalls, sources, true) : '<p class="note">No target compared so far was missed.</p>'}
<details><summary>Every target, ${all.length} rows</summary>${rowsTable(all, sources, true)}</details>
</section>`);
  }
  renderer.finalize();
  const more = jurisdictions.length - shown.length;
  const data = JSON.stringify(sources.list).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Targets and outcomes from government work reports — yoy ${esc(meta.tool.version)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>What was promised, what was achieved</h1>
<p class="lead">Targets set in government work reports (政府工作报告) against the outcomes that later documents state (${meta.reports.length} documents): ${esc(headline(counts))}. Every number is a link: click it to read the sentence it was taken from.</p>
<p class="note">yoy ${esc(meta.tool.version)}${meta.created ? ` · ${esc(meta.created)}` : ''} · ${observations.length} figures read · the same data as CSV in this folder (targets_vs_actuals.csv, observations.csv) and in yoy.xlsx</p>
</header>
<nav>${shown.map((j) => `<a href="#j-${esc(j)}">${esc(names.get(j) ?? j)}</a>`).join('')}${more > 0 ? `<span class="note">and ${more} more jurisdictions in the CSVs</span>` : ''}</nav>
<main>
${sections.join('\n')}
</main>
<aside id="source" hidden aria-live="polite"><button type="button" class="close">close ×</button><h4 class="title"></h4><p class="sentence"></p><dl><dt>figure</dt><dd class="what"></dd><dt>where</dt><dd class="where"></dd><dt>read by</dt><dd class="how"></dd></dl></aside>
<script id="sources" type="application/json">${data}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
