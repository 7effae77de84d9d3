// A task system's export pasted as JSON, one flat object a line ({"任务": "抓好省重大项目建设", "年度目标": 550, …}),
// is read as the records it is, one field a line (任务: 抓好省重大项目建设 / 年度目标: 550), as an export of key: value
// lines is (commitments/parsers/records.ts): normalize() drops its marks of JSON (the braces, the quotes round keys and
// values, a comma after a record) and writes the comma between two fields as a line break.

/** The fewest fields of an object that make it a record. */
const FIELDS_MIN = 3;

export interface JsonRecordMarks {
  /** [start, end) pairs of the source to drop */
  drops: number[];
  /** [start, end) pairs of the source (a comma and the spaces after it) to write as a line break */
  breaks: number[];
  /** line breaks kept whatever stands round them (these, and the one after each record): a field may end in a figure */
  keep: number[];
}

export function jsonRecordMarks(source: string): JsonRecordMarks {
  const marks: JsonRecordMarks = { drops: [], breaks: [], keep: [] };
  if (!source.includes('{"')) return marks;
  for (let at = source.indexOf('{"'); at >= 0; at = source.indexOf('{"', at + 1)) {
    const end = source.indexOf('}', at);
    if (end < 0) break;
    // (one record a line, as such an export writes it)
    const nl = source.indexOf('\n', at);
    if ((nl >= 0 && nl < end) || !flatRecord(source.slice(at, end + 1))) continue;
    markRecord(source, at, end, marks);
    at = end;
  }
  return marks;
}

/** Whether a stretch is one JSON object of a few fields, each a string or a number. */
function flatRecord(json: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return false;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const values = Object.values(value);
  return values.length >= FIELDS_MIN && values.every((v) => typeof v === 'string' || typeof v === 'number');
}

/** The marks of the object at [at, end]: its braces and quotes dropped, the commas between its fields breaks. */
function markRecord(source: string, at: number, end: number, marks: JsonRecordMarks): void {
  marks.drops.push(at, at + 1);
  let quoted = false;
  for (let i = at + 1; i < end; i++) {
    const c = source[i];
    if (quoted && c === '\\') i++;
    else if (c === '"') {
      quoted = !quoted;
      marks.drops.push(i, i + 1);
    } else if (!quoted && c === ',') {
      let j = i + 1;
      while (source[j] === ' ') j++;
      marks.breaks.push(i, j);
      marks.keep.push(i);
      i = j - 1;
    }
  }
  marks.drops.push(end, end + 1);
  if (source[end + 1] === ',') marks.drops.push(end + 1, end + 2);
  const nl = source.indexOf('\n', end);
  if (nl >= 0) marks.keep.push(nl);
}
