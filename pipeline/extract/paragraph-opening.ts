// What a line opens with when it starts a paragraph of its own, in a text whose line breaks
// are not all paragraph breaks (a PDF's text layer: lines cut at one width, page numbers
// between them): an indent, an item of a list, a salutation to the congress, or a progress
// notice's label (进展情况：) or an item's owner's (责任单位：).
import { escape, escapeClass, perLexicon, WHITE_SPACE } from '../lexicon/index.js';

/** What opens an item of a list: 1. 2、 (3) 四、 ● ——, or a heading in brackets (【妇女健康】) */
const opensItem = perLexicon(({ data, markers }) => {
  const n = escapeClass(data.markers.item_numerals);
  return new RegExp(
    `^(?:[0-9０-９]{1,2}[.、．。|](?![0-9０-９])|[(（][0-9${n}]{1,2}[)）]|[${n}]{1,2}、|[${markers.listMarkerClass}]|——|【)`,
  );
});

/** A salutation to the congress (各位代表！), which opens a paragraph of its own. */
const salutation = perLexicon(({ markers }) => markers.salutation);

/**
 * A progress notice's label with its colon (进展情况：), which opens the outcome of an item on a line of its own; so
 * does the label of who answers for an item (责任单位：州教育局), after an item line that ends without a stop.
 */
const label = perLexicon(({ data }) => {
  const { words, patterns } = data.commitments;
  return new RegExp(
    `^(?:${words.progress_labels.words.map(escape).join('|')}|${patterns.table_owner_column.pattern})[:：]`,
  );
});

/** Whether the line that starts at `from` opens a paragraph by its look. */
export function opensParagraph(source: string, from: number): boolean {
  const next = source.slice(from, from + 8);
  return (
    /^[ \u3000\t\u00a0]/.test(next) ||
    opensItem().test(next) ||
    salutation().test(next) ||
    label().test(next) ||
    fieldOfRecord(source, from)
  );
}

/**
 * Whether the line at `from` is a field of a record: it opens as one, and so does the line before or after it (a
 * wrapped line that happens to open on 目标任务为: stands alone).
 */
export function fieldOfRecord(source: string, from: number): boolean {
  if (!FIELD_OPENING.test(source.slice(from, from + 10))) return false;
  const nl = source.indexOf('\n', from);
  if (nl >= 0 && FIELD_OPENING.test(source.slice(nl + 1, nl + 11))) return true;
  if (from < 2) return false;
  const before = source.lastIndexOf('\n', from - 2) + 1;
  return FIELD_OPENING.test(source.slice(before, before + 10));
}

/**
 * A field of a record, one a line (任务名称: 引进培育首店, 单位: 公里): a key of a few words, a colon, and a space or a
 * value that is no sentence's next words; a system's export sets each on its own line.
 */
export const FIELD_OPENING = /^[\u4e00-\u9fff]{2,6}[:：][ \t]?(?=\S)/;

/** A bare item marker at a line's end (…一、 or …2、): no paragraph ends on one, so the next line goes on with it. */
const endsInMarker = perLexicon(({ data }) => {
  const n = escapeClass(data.markers.item_numerals);
  return new RegExp(`(?:^|[^0-9０-９.%${n}])[0-9０-９${n}]{1,2}、$`);
});

/** Whether the line [from, to) ends in a bare item marker, the next line carrying on the list it opened. */
export function endsInItemMarker(source: string, from: number, to: number): boolean {
  return endsInMarker().test(source.slice(Math.max(from, to - 4), to));
}

/** The characters that end a paragraph (。；：！？ and closing quotes and brackets), as a lookup table. */
const paragraphEnds = perLexicon(({ data }) => {
  const table = new Uint8Array(0x10000);
  for (const ch of data.markers.paragraph_end) table[ch.charCodeAt(0)] = 1;
  return table;
});

/** Whether a line ends as a paragraph does: its last character, spaces aside, is a stop. */
export function endsParagraph(source: string, from: number, to: number): boolean {
  let k = to - 1;
  while (k >= from && WHITE_SPACE[source.charCodeAt(k)]) k--;
  return k >= from && paragraphEnds()[source.charCodeAt(k)] === 1;
}
