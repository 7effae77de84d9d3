// What a line opens with when it starts a paragraph of its own, in a text whose line breaks
// are not all paragraph breaks (a PDF's text layer: lines cut at one width, page numbers
// between them): an indent, an item of a list, a salutation to the congress, or a progress
// notice's label (进展情况：).
import { escape, escapeClass, perLexicon } from '../lexicon/index.js';

/** What opens an item of a list: 1. 2、 (3) 四、 ● —— */
const opensItem = perLexicon(({ data, markers }) => {
  const n = escapeClass(data.markers.item_numerals);
  return new RegExp(
    `^(?:[0-9０-９]{1,2}[.、．。|](?![0-9０-９])|[(（][0-9${n}]{1,2}[)）]|[${n}]{1,2}、|[${markers.listMarkerClass}]|——)`,
  );
});

/** A salutation to the congress (各位代表！), which opens a paragraph of its own. */
const salutation = perLexicon(({ markers }) => markers.salutation);

/** A progress notice's label with its colon (进展情况：), which opens the outcome of an item on a line of its own. */
const label = perLexicon(
  ({ data }) => new RegExp(`^(?:${data.commitments.words.progress_labels.words.map(escape).join('|')})[:：]`),
);

/** Whether the line that starts at `from` opens a paragraph by its look. */
export function opensParagraph(source: string, from: number): boolean {
  const next = source.slice(from, from + 8);
  return /^[ \u3000\t\u00a0]/.test(next) || opensItem().test(next) || salutation().test(next) || label().test(next);
}
