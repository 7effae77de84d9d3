// What report.html and the review pages share: escaping, words for statuses and
// kinds of documents, the source entries behind every clickable number, a table
// that reflows on a phone, and the file name of a report's review page.
import { createHash } from 'node:crypto';
import type { Observation } from '../../core/model.js';

export const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Every status in words (English and Chinese), with a sign that survives without colour. */
export const STATUS_WORDS: Record<string, string> = {
  met: '✓ met 达成',
  near: '≈ near 接近',
  missed: '✗ missed 未达成',
  no_actual: '? not stated in the input 输入中未见结果',
  pending: '… not yet due at the input’s date 截至输入日期尚未到期',
  declined: '– declined to set one 未设数字目标',
  no_target: '○ no target 无目标',
  no_report: '○ no report that year 无当年报告',
};

/** What became of a commitment, in words with a sign. */
export const COMMITMENT_WORDS: Record<string, string> = {
  done: '✓ done 完成',
  partly: '◐ partly 部分完成',
  done_no_figure: '✓ done, no figure 称已完成',
  not_stated: '? not stated in the input 输入中未提及',
  pending: '… not yet due at the input’s date 截至输入日期尚未到期',
};

export const DOC_KIND_WORDS: Record<string, string> = {
  work_report: 'work report 政府工作报告',
  statistical_communique: 'statistical communiqué 统计公报',
  progress: 'progress notice 完成情况通报',
  series: 'series file 统计数据',
  commitments: 'list of commitments 民生实事',
  override: 'correction by a person (overrides.json)',
};

export const MEASURE_WORDS: Record<string, string> = {
  growth: 'growth 增长',
  rate: 'rate 比率',
  level: 'level 总量',
  change_pp: 'change 变动 (pp)',
};

/** The file of a report's review page, under review/: its id where that is a safe file name, else the id made safe with a short hash. */
export function reviewFile(reportId: string): string {
  const safe = reportId.replace(/[^A-Za-z0-9._-]/g, '_');
  return safe === reportId && !safe.startsWith('.')
    ? `${safe}.html`
    : `${safe}-${createHash('sha256').update(reportId).digest('hex').slice(0, 8)}.html`;
}

export interface SourceEntry {
  report: string;
  title: string;
  before: string;
  text: string;
  after: string;
  start: number;
  end: number;
  /** the figure in words, when the span is an observation */
  what?: string;
  estimated?: boolean;
  doc_kind?: string;
  url?: string | null;
  /** the body that publishes it officially, where the input names one */
  publisher?: string | null;
  as_of?: string | null;
  how?: string;
  /** the review page, at the span */
  review?: string;
}

/** The source entries behind the page's clickable numbers: one per span, each shown in the source panel. */
export class Sources {
  list: SourceEntry[] = [];
  private index = new Map<string, number>();
  constructor(
    private byKey: Map<string, Observation>,
    private titles: Map<string, string>,
    private reviewed: Set<string>,
    private docs: Map<string, { doc_kind: string; url: string | null; publisher?: string | null }>,
  ) {}

  /** The id of the source entry of an observation's span (or of any quoted span), or -1. */
  id(reportId: string | null, start: number | null, end?: number | null, text?: string | null): number {
    if (reportId === null || start === null) return -1;
    const key = `${reportId}|${start}`;
    const known = this.index.get(key);
    if (known !== undefined) return known;
    const o = this.byKey.get(key);
    const review = this.reviewed.has(reportId) ? `review/${reviewFile(reportId)}#at-${start}` : undefined;
    const title = this.titles.get(reportId) ?? reportId;
    let entry: SourceEntry;
    if (o) {
      const at = o.sentence.indexOf(o.text);
      const q =
        o.qualifier === 'exact'
          ? ''
          : o.qualifier === 'range'
            ? ` (range ${o.value_low}–${o.value_high})`
            : ` (${o.qualifier.replace('_', ' ')})`;
      entry = {
        report: o.report_id,
        title,
        before: at >= 0 ? o.sentence.slice(0, at) : '',
        text: o.text,
        after: at >= 0 ? o.sentence.slice(at + o.text.length) : '',
        start: o.start,
        end: o.end,
        what: `${o.kind === 'target' ? 'target' : 'outcome'} for ${o.period}, ${o.measure}: ${o.value} ${o.unit}${q}`,
        estimated: o.estimated,
        doc_kind: o.doc_kind,
        url: o.source_url,
        publisher: o.publisher ?? null,
        as_of: o.as_of,
        how: `rule ${o.rule}, confidence ${o.confidence}${o.override ? `; corrected by a person: ${o.override}` : ''}`,
        review,
      };
    } else if (text) {
      const d = this.docs.get(reportId);
      entry = {
        report: reportId,
        title,
        before: '',
        text,
        after: '',
        start,
        end: end ?? start + text.length,
        doc_kind: d?.doc_kind,
        url: d?.url ?? null,
        publisher: d?.publisher ?? null,
        review,
      };
    } else return -1;
    this.list.push(entry);
    this.index.set(key, this.list.length - 1);
    return this.list.length - 1;
  }
}

export interface Column<R> {
  label: string;
  /** the cell's HTML */
  cell: (r: R) => string;
  numeric?: boolean;
}

/** A table that scrolls inside itself where it is wide, and on a phone reflows into one card per row (each cell labelled). */
export function table<R>(columns: Column<R>[], rows: R[], rowClass: (r: R) => string = () => ''): string {
  const head = `<thead><tr>${columns.map((c) => `<th${c.numeric ? ' class="n"' : ''}>${esc(c.label)}</th>`).join('')}</tr></thead>`;
  const body = rows
    .map((r) => {
      const cls = rowClass(r);
      return `<tr${cls ? ` class="${cls}"` : ''}>${columns.map((c) => `<td data-label="${esc(c.label)}"${c.numeric ? ' class="n"' : ''}>${c.cell(r)}</td>`).join('')}</tr>`;
    })
    .join('\n');
  return `<div class="scroll"><table class="reflow">${head}<tbody>\n${body}</tbody></table></div>`;
}
