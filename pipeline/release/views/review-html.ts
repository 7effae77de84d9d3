// review/<report_id>.html: one document's whole text, as read. Every figure that
// went into the release is highlighted where it stands; every figure the rules set
// aside is marked with the reason; what the report says of its own targets is
// underlined; the commitments (民生实事) it makes, and the outcomes of earlier
// commitments it states, are marked as such (commitments.csv); and the numbers no
// rule looked at (no indicator name before them, no commitment) are dotted, so a
// reader sees what was and was not read. Self-contained: no network.
import type { Observation } from '../../core/model.js';
import type { Dropped } from '../../extract/index.js';
import type { Account } from '../../extract/account.js';
import { SET_ASIDE_CODES, setAsideWords } from '../../extract/set-aside.js';
import { FONT } from './charts.js';
import { esc, DOC_KIND_WORDS } from './page.js';

export interface ReviewDoc {
  id: string;
  title: string;
  jurisdiction: string;
  doc_kind: string;
  source_url?: string | null;
  /** the body that publishes it officially, where the manifest names one */
  publisher?: string | null;
  /** the decoded text that every offset points into */
  source: string;
  /** the release's observations of this document */
  observations: Observation[];
  /** what the rules set aside, with the reason */
  dropped: Dropped[];
  /** what the report says of its own targets */
  stated: Array<{ start: number; end: number; stated: string; indicator: string }>;
  /** the commitments it makes, and the outcomes of commitments it states (commitments.csv), in words */
  commitments?: CommitmentSpan[];
  /** every number of the text and what became of it (extract/account.ts) */
  account?: Account;
}

/** A span of commitments.csv in this document: a commitment's item, or the outcome of one. */
export interface CommitmentSpan {
  start: number;
  end: number;
  outcome: boolean;
  /** what the panel says of it */
  words: string;
}

interface Span {
  start: number;
  end: number;
  kind: 'obs' | 'drop' | 'stated' | 'commit';
  i: number;
}

const STYLE = `
* { box-sizing: border-box; }
body { margin: 0; font-family: ${FONT}; color: #1f2328; line-height: 1.7; overflow-wrap: anywhere; }
header { padding: 12px max(16px, min(32px, 3vw)); border-bottom: 1px solid #d1d9e0; background: #f6f8fa; }
h1 { font-size: clamp(18px, 4vw, 24px); margin: 0 0 4px; line-height: 1.3; }
.note { color: #59636e; font-size: 13px; margin: 4px 0; }
.keys { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 14px; padding: 0; list-style: none; margin: 6px 0 0; }
main { padding: 8px max(16px, min(32px, 3vw)) 45vh; max-width: 60em; }
.text { white-space: pre-wrap; font-size: 16px; }
mark { color: inherit; border-radius: 2px; cursor: pointer; }
mark.obs { background: #fff0a8; box-shadow: 0 0 0 1px #d4a72c; }
mark.obs.target { background: #ddf4ff; box-shadow: 0 0 0 1px #54aeff; }
mark.drop { background: none; text-decoration: line-through 2px #cf222e; }
mark.drop.obs { text-decoration: none; }
mark.stated { background: none; text-decoration: underline 2px #8250df; text-underline-offset: 3px; }
mark.stated.obs { background: #fff0a8; }
mark.commit { background: #dafbe1; box-shadow: 0 0 0 1px #4ac26b; }
mark.commit.outcome { background: #eefbf1; box-shadow: 0 0 0 1px #4ac26b; text-decoration: underline dashed 1px #1a7f37; text-underline-offset: 3px; }
mark.commit.obs { background: #fff0a8; }
.unread { border-bottom: 1px dotted #8c959f; }
.unread.near { border-bottom: 2px dotted #cf222e; }
.account { font-size: 14px; margin: 6px 0 0; }
mark:target, mark.active { outline: 2px solid #0969da; }
a { color: #0969da; }
aside { position: fixed; left: 0; right: 0; bottom: 0; max-height: 40vh; overflow: auto; background: white; border-top: 1px solid #d1d9e0; box-shadow: 0 -4px 16px rgba(0,0,0,.1); padding: 8px max(16px, min(32px, 3vw)); font-size: 14px; }
aside[hidden] { display: none; }
aside ul { margin: 4px 0; padding-left: 18px; }
aside .close { float: right; font: inherit; border: 1px solid #d1d9e0; border-radius: 6px; background: white; cursor: pointer; }
`;

const SCRIPT = `
(function () {
  var data = JSON.parse(document.getElementById('marks').textContent);
  var panel = document.getElementById('what');
  var list = panel.querySelector('ul');
  function li(s) { var e = document.createElement('li'); e.textContent = s; list.appendChild(e); }
  document.addEventListener('click', function (e) {
    var m = e.target.closest && e.target.closest('mark');
    if (!m) return;
    list.textContent = '';
    (m.getAttribute('data-obs') || '').split(' ').filter(Boolean).forEach(function (i) { li('read: ' + data.figures[i]); });
    (m.getAttribute('data-drop') || '').split(' ').filter(Boolean).forEach(function (i) { li('set aside: ' + data.dropped[i]); });
    (m.getAttribute('data-stated') || '').split(' ').filter(Boolean).forEach(function (i) { li('the report says of its targets: ' + data.stated[i]); });
    (m.getAttribute('data-commit') || '').split(' ').filter(Boolean).forEach(function (i) { li(data.commitments[i]); });
    document.querySelectorAll('mark.active').forEach(function (x) { x.classList.remove('active'); });
    m.classList.add('active');
    panel.hidden = false;
  });
  panel.querySelector('.close').addEventListener('click', function () { panel.hidden = true; });
})();
`;

/** Numbers in the text (Arabic digits, with decimals), for those no rule looked at. */
const NUMBER = /[0-9０-９][0-9０-９.．,，]*[0-9０-９]|[0-9０-９]/g;

/** Up to five characters of the text before (side −1) or after (side 1) a position, within its line. */
function wordsAround(text: string, at: number, side: -1 | 1): string {
  const chars = side < 0 ? [...text.slice(Math.max(0, at - 12), at)] : [...text.slice(at, at + 12)];
  const near = side < 0 ? chars.slice(-5) : chars.slice(0, 5);
  const line = near.join('');
  return side < 0 ? line.slice(line.lastIndexOf('\n') + 1) : line.split('\n')[0];
}

/** A short example of a span's own text for the key: its first characters. */
const example = (source: string, s: { start: number; end: number }) => {
  const text = source.slice(s.start, s.end);
  return [...text].length > 14 ? `${[...text].slice(0, 13).join('')}…` : text;
};

/** The key of the commitments' marks, each with a real example of its own text: none when the text has none. */
function keyOfCommitments(source: string, spans: CommitmentSpan[]): string {
  const made = spans.filter((s) => !s.outcome);
  const outcomes = spans.filter((s) => s.outcome);
  return [
    made.length
      ? `<li><mark class="commit">${esc(example(source, made[0]))}</mark> a commitment (民生实事), one of ${made.length}</li>`
      : '',
    outcomes.length
      ? `<li><mark class="commit outcome">${esc(example(source, outcomes[0]))}</mark> the outcome of an earlier commitment, one of ${outcomes.length}</li>`
      : '',
  ]
    .filter(Boolean)
    .join('\n');
}

export function reviewHtml(doc: ReviewDoc, back: string): string {
  const spans: Span[] = [];
  doc.observations.forEach((o, i) => spans.push({ start: o.start, end: o.end, kind: 'obs', i }));
  doc.dropped.forEach((d, i) => spans.push({ start: d.start, end: d.end, kind: 'drop', i }));
  doc.stated.forEach((s, i) => spans.push({ start: s.start, end: s.end, kind: 'stated', i }));
  const commitments = doc.commitments ?? [];
  commitments.forEach((s, i) => spans.push({ start: s.start, end: s.end, kind: 'commit', i }));
  // cut the text at every span's ends: each piece is covered by a set of spans (spans overlap:
  // 地区生产总值861亿元,同比增长9.2% holds a level and a growth)
  const cuts = new Set<number>([0, doc.source.length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const at = [...cuts].sort((a, b) => a - b);
  const index = new Map(at.map((x, k) => [x, k]));
  const cover: Span[][] = at.map(() => []);
  for (const s of spans) for (let k = index.get(s.start)!; k < index.get(s.end)!; k++) cover[k].push(s);
  const parts: string[] = [];
  // the key shows a real one: the first number of the text that no rule looked at, in its words
  let unreadExample: string | undefined;
  // the numbers next to an indicator's name that no rule explained (the account), by where they start
  const near = new Map((doc.account?.unexplained_near_name ?? []).map((u) => [u.start, u]));
  for (let k = 0; k < at.length - 1; k++) {
    const piece = doc.source.slice(at[k], at[k + 1]);
    const c = cover[k];
    if (!c.length) {
      // numbers outside every span: no rule read them
      let last = 0;
      for (const m of piece.matchAll(NUMBER)) {
        parts.push(esc(piece.slice(last, m.index)));
        const u = near.get(at[k] + m.index!);
        if (u)
          parts.push(
            `<span class="unread near" title="not read: it stands next to the name of ${esc(u.indicator)} and no rule said why">${esc(m[0])}</span>`,
          );
        else if (/^\d{4}$/.test(m[0])) parts.push(m[0]);
        else {
          const mark = `<span class="unread" title="not read: no indicator is named before it">${esc(m[0])}</span>`;
          unreadExample ??= `${esc(wordsAround(piece, m.index!, -1))}${mark}${esc(wordsAround(piece, m.index! + m[0].length, 1))}`;
          parts.push(mark);
        }
        last = m.index! + m[0].length;
      }
      parts.push(esc(piece.slice(last)));
      continue;
    }
    const ids = (kind: Span['kind']) =>
      c
        .filter((s) => s.kind === kind)
        .map((s) => s.i)
        .join(' ');
    const obs = ids('obs'),
      drop = ids('drop'),
      stated = ids('stated'),
      commit = ids('commit');
    const cls = [
      obs && 'obs',
      obs && c.some((s) => s.kind === 'obs' && doc.observations[s.i].kind === 'target') && 'target',
      drop && 'drop',
      stated && 'stated',
      commit && 'commit',
      commit && c.every((s) => s.kind !== 'commit' || commitments[s.i].outcome) && 'outcome',
    ]
      .filter(Boolean)
      .join(' ');
    // the anchor of a span, where it begins (report.html links to #at-<start>)
    const anchor = c.some((s) => s.start === at[k]) ? ` id="at-${at[k]}"` : '';
    const title =
      drop && !obs
        ? ` title="set aside: ${esc(
            c
              .filter((s) => s.kind === 'drop')
              .map((s) => doc.dropped[s.i].reason)
              .join('; '),
          )}"`
        : '';
    parts.push(
      `<mark class="${cls}"${anchor}${obs ? ` data-obs="${obs}"` : ''}${drop ? ` data-drop="${drop}"` : ''}${stated ? ` data-stated="${stated}"` : ''}${commit ? ` data-commit="${commit}"` : ''}${title}>${esc(piece)}</mark>`,
    );
  }
  const figures = doc.observations.map(
    (o) =>
      `${o.indicator_label} (${o.indicator}), ${o.kind} for ${o.period}, ${o.measure}: ${o.value} ${o.unit}${o.qualifier !== 'exact' ? ` (${o.qualifier})` : ''}${o.estimated ? ', estimated 预计' : ''}; rule ${o.rule}, confidence ${o.confidence}; characters ${o.start}–${o.end}`,
  );
  const dropped = doc.dropped.map((d) => `${d.indicator}: ${d.reason} (${d.code}; characters ${d.start}–${d.end})`);
  const stated = doc.stated.map((s) => `${s.stated} (${s.indicator === '*' ? 'all targets' : s.indicator})`);
  const data = JSON.stringify({
    figures,
    dropped,
    stated,
    commitments: commitments.map((s) => s.words),
    spans: doc.observations.map((o) => [o.start, o.end]),
    commitmentSpans: commitments.map((s) => [s.start, s.end]),
  }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.title)} — what yoy read</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${esc(doc.title)}</h1>
<p class="note">${esc(doc.id)} · ${esc(DOC_KIND_WORDS[doc.doc_kind] ?? doc.doc_kind)}${doc.publisher ? ` · published by ${esc(doc.publisher)}` : ''}${doc.source_url ? ` · read at <a href="${esc(doc.source_url)}" rel="noopener noreferrer">${esc(doc.source_url)}</a>` : ''} · <a href="${esc(back)}">back to the report</a></p>
<ul class="keys">
<li><mark class="obs">${doc.observations.filter((o) => o.kind !== 'target').length} outcomes read</mark></li>
<li><mark class="obs target">${doc.observations.filter((o) => o.kind === 'target').length} targets read</mark></li>
<li><mark class="drop">${doc.dropped.length} set aside by a rule</mark> (the reason on a click)</li>
<li><mark class="stated">${doc.stated.length} statements about its own targets</mark></li>
${keyOfCommitments(doc.source, commitments)}
<li>${unreadExample === undefined ? 'no number that no rule looked at' : `<q>${unreadExample}</q> a number no rule looked at (no indicator, no commitment)`}</li>
</ul>
${doc.account ? accountNote(doc.account) : ''}
</header>
<main><div class="text">${parts.join('')}</div></main>
<aside id="what" hidden aria-live="polite"><button type="button" class="close">close ×</button><ul></ul></aside>
<script id="marks" type="application/json">${data}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

/** The account in words: what became of each of the text's numbers, the set-aside ones by code. */
function accountNote(a: Account): string {
  const codes = SET_ASIDE_CODES.filter((c) => a.set_aside[c])
    .map((c) => `<abbr title="${esc(setAsideWords(c))}">${c}</abbr> ${a.set_aside[c]}`)
    .join(', ');
  const o = a.outcomes;
  return `<p class="account">Its ${a.numbers} numbers: ${o.observation} read as figures, ${o.commitment} as commitments, ${o.set_aside} set aside${codes ? ` (${codes})` : ''}, <span class="unread near">${o.unexplained_near_name} unexplained next to an indicator's name</span>, <span class="unread">${o.unexplained_no_name} with no name near</span>.</p>`;
}
