// Rule: an infographic (一图读懂) sets each figure on a line of its own, and what it counts on the line after it
// (2512亿元\n重大工程全年完成投资) or, in others, before it; a thing done without a figure gets a stamp on the line
// after its name (粮食生产无人农场\n【超额完成】). Read line by line, the figure has no words and the words no
// figure. The line break between them becomes a space (the text keeps its length and every offset), so that the
// clause reader reads figure and words as one clause. A text is read so only where several figures stand alone
// beside such a caption: in a notice of prose, a line that is a figure alone is a table's cell.
import { commitmentsLexicon } from '../../../lexicon/commitments.js';

type Kind = 'figure' | 'part' | 'caption' | 'note' | 'stamp' | 'other';

/** The fewest lone figures beside a caption that make a text an infographic. */
const FIGURES_MIN = 3;
/** The longest a caption is: an infographic's line of words is a name, not a sentence. */
const CAPTION_MAX = 40;
/** What a caption never holds: the marks of a sentence, a clause or a table. */
const NOT_IN_CAPTION = /[。；;，,:：|]/;

function kindOf(line: string): Kind {
  const LEX = commitmentsLexicon();
  const words = line.trim();
  if (!words) return 'other';
  if (LEX.CAPTION_FIGURE_LINE_RE.test(words)) return 'figure';
  if (LEX.PART_ONLY_LINE_RE.test(words)) return 'part';
  if (LEX.DECORATED_HEADING_LINE_RE.test(words)) return 'other';
  if (LEX.STAMP_LINE_RE.test(words)) return LEX.DONE_RE.test(words) ? 'stamp' : 'other';
  // (a line of words with a figure in it, 占年度任务的88.2%, is most often a third line after a figure and its
  // caption: it may be a caption, but it opens no block)
  if (words.length <= CAPTION_MAX && /[\u4e00-\u9fff]/.test(words) && !NOT_IN_CAPTION.test(words))
    return /\d/.test(words) ? 'note' : 'caption';
  return 'other';
}

const isCaption = (k: Kind | undefined) => k === 'caption' || k === 'note';
/** What parts a change from the figure before it: a clause's comma. */
const CLAUSE_COMMA = ',';

/**
 * Where a line sets a figure and its caption side by side with a bar between them (▌1020个｜新增学位; a dashboard's
 * 新增学位 / 436个 / ↑4.3%), the bar's offset, and the offset of the slash before a change after them: a line, not a
 * table's row, where one side is a lone figure and the other a caption.
 */
function barBetween(line: string): { bar: number; change?: number } | undefined {
  const LEX = commitmentsLexicon();
  const m = LEX.FIGURE_BAR_CAPTION_LINE_RE.exec(line);
  if (!m) return undefined;
  const [before, after] = [m[1].trim(), m[2].trim()];
  const paired =
    (kindOf(before) === 'figure' && isCaption(kindOf(after))) ||
    (kindOf(after) === 'figure' && isCaption(kindOf(before)));
  if (!paired) return undefined;
  return { bar: line.search(/[｜|/]/), change: m[3] === undefined ? undefined : line.lastIndexOf('/') };
}

export function joinCaptions(text: string): string {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let from = 0; from <= text.length;) {
    const nl = text.indexOf('\n', from);
    const to = nl < 0 ? text.length : nl;
    starts.push(from);
    ends.push(to > from && text[to - 1] === '\r' ? to - 1 : to);
    from = to + 1;
  }
  // a figure and its caption on one line, a bar between them, where several lines are so (the bar becomes a space,
  // and a slash before a change after them a comma)
  const bars = starts.flatMap((s, k) => {
    const at = barBetween(text.slice(s, ends[k]));
    return at === undefined ? [] : [{ bar: s + at.bar, change: at.change === undefined ? undefined : s + at.change }];
  });
  if (bars.length >= FIGURES_MIN) {
    const chars = text.split('');
    for (const { bar, change } of bars) {
      chars[bar] = ' ';
      if (change !== undefined) chars[change] = CLAUSE_COMMA;
    }
    text = chars.join('');
  }
  const kinds = starts.map((s, k) => kindOf(text.slice(s, ends[k])));
  const at = (k: number): Kind | undefined => kinds[k];
  // the figure first, its words after it, where most runs of lines open on a figure (after a heading or a blank)
  let first = 0;
  let alone = 0;
  for (let k = 0; k < kinds.length; k++) {
    if (kinds[k] !== 'figure') continue;
    if (isCaption(at(k + 1)) || isCaption(at(k - 1))) alone++;
    const opens = k === 0 || at(k - 1) === 'other' || at(k - 1) === 'stamp' || at(k - 1) === 'note';
    if (opens && isCaption(at(k + 1))) first++;
    else if (at(k - 1) === 'caption' && (k < 2 || at(k - 2) !== 'figure')) first--;
  }
  if (alone < FIGURES_MIN) return text;
  const figureFirst = first >= 0;
  const joins = new Set<number>();
  const taken = new Set<number>();
  for (let k = 0; k < kinds.length; k++) {
    if (kinds[k] === 'figure') {
      // 其中\n38家\n跨国公司地区总部: the part word opens the figure's clause
      if (at(k - 1) === 'part') joins.add(k - 1);
      // (words on the line before and no words on the line after, only a note, are the figure's in any order: an
      // infographic may set 33个 over 推出人工智能标志性产品, then 攻克关键技术 over 118项 and 完成年度目标112.4%)
      // (…and words go before a note with a figure in it: 年度目标30个✔ over 86家 is the figure before's)
      const free = (j: number, kind: Kind) => at(j) === kind && !taken.has(j);
      const [wordsBefore, wordsAfter] = [free(k - 1, 'caption'), at(k + 1) === 'caption'];
      const after =
        wordsBefore || wordsAfter
          ? wordsAfter && (figureFirst || !wordsBefore)
          : at(k + 1) === 'note' && (figureFirst || !free(k - 1, 'note'));
      const before = !after && (wordsBefore || (!wordsAfter && !figureFirst && free(k - 1, 'note')));
      if (after) (joins.add(k), taken.add(k + 1));
      else if (before) (joins.add(k - 1), taken.add(k - 1));
    } else if (isCaption(kinds[k]) && !taken.has(k) && at(k + 1) === 'stamp') joins.add(k);
  }
  if (!joins.size) return text;
  const chars = text.split('');
  for (const k of joins) for (let i = ends[k]; i < starts[k + 1]; i++) chars[i] = ' ';
  return chars.join('');
}
