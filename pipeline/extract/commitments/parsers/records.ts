// Rule: records exported from a system that tracks tasks, pasted as text, one field a line
// (任务名称: 引进培育首店 / 年度目标: 100家 / 完成值: 112家 / 单位: 公里), a record a block (an
// export of JSON objects is read so too: ../../json-records.ts).
// Each record is a table's row whose header is its keys: the key of a target heads the
// target's cell, the key of what was done the done cell's, 单位 the unit of their bare
// numbers (目标值: 72). The table's own reading (table.ts) then reads them as it reads a row.
import { commitmentsLexicon } from '../../../lexicon/commitments.js';
import { BARE_NUMBER, type TableRow } from './table.js';
import { verbRunOpening } from './clauses.js';

/** A field's line: a key of a few words, a colon, and the value (任务名称: 引进培育首店). */
const FIELD = /^[ \t\u3000]*([\u4e00-\u9fffA-Za-z]{2,6})[ \t\u3000]*[:：][ \t\u3000]*(\S.*?)?[ \t\u3000]*$/;
/** The fewest fields of a record, and the fewest records of one set of keys: a system's export, not a notice's labels. */
const FIELDS_MIN = 4;
const RECORDS_MIN = 3;

interface Field {
  key: string;
  from: number;
  to: number;
}

/** The records of a text, each the fields of consecutive lines, the value's span each. */
function records(text: string): Field[][] {
  const out: Field[][] = [];
  let run: Field[] = [];
  for (let from = 0; from <= text.length;) {
    const nl = text.indexOf('\n', from);
    const to = nl < 0 ? text.length : nl;
    const m = FIELD.exec(text.slice(from, to));
    // (a key the record has already opens the next: the blank line between records is gone once normalised)
    if (m && run.some((f) => f.key === m[1])) {
      if (run.length >= FIELDS_MIN) out.push(run);
      run = [];
    }
    if (m) {
      const valueFrom = m[2] === undefined ? to : from + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length);
      run.push({ key: m[1], from: valueFrom, to: m[2] === undefined ? to : valueFrom + m[2].length });
    } else {
      if (run.length >= FIELDS_MIN) out.push(run);
      run = [];
    }
    if (nl < 0) break;
    from = nl + 1;
  }
  if (run.length >= FIELDS_MIN) out.push(run);
  return atLeadingKey(out);
}

/**
 * The runs cut again at the key most of them open with (任务编号): an export's heading fields (导出时间, 记录数) run on
 * into its first record once the blank line between them is gone.
 */
function atLeadingKey(runs: Field[][]): Field[][] {
  const opening = new Map<string, number>();
  for (const r of runs) opening.set(r[0].key, (opening.get(r[0].key) ?? 0) + 1);
  const [lead] = [...opening].reduce((a, b) => (b[1] > a[1] ? b : a), ['', 0]);
  const out: Field[][] = [];
  for (const r of runs) {
    let from = 0;
    for (let k = 1; k <= r.length; k++)
      if (k === r.length || r[k].key === lead) {
        if (k - from >= FIELDS_MIN) out.push(r.slice(from, k));
        from = k;
      }
  }
  return out;
}

/**
 * The rows of a text's records, where at least three share their keys and the keys name a target and what was done,
 * or a target and its unit after it (a list's records). Of keys that name a target (建设内容, 目标值), the one whose
 * value is a bare number in most records is the target's, else the first.
 */
export function recordRows(text: string): TableRow[] {
  if (!text.includes(':') && !text.includes('：')) return [];
  const all = records(text);
  if (all.length < RECORDS_MIN) return [];
  const {
    TABLE_TARGET_COLUMN_RE,
    TABLE_DONE_COLUMN_RE,
    TABLE_UNIT_COLUMN_RE,
    TABLE_NAME_COLUMN_RE,
    TABLE_OWNER_COLUMN_RE,
    TABLE_PERIOD_COLUMN_RE,
    RECORD_NO_FIGURE_KEY_RE,
  } = commitmentsLexicon();
  // records of one set share the keys of their name, their targets and what was done; another key (单位, 备注) one
  // record may have and the next not, as an export leaves an empty field out
  const roleOf = (k: string) =>
    TABLE_NAME_COLUMN_RE.test(k) ||
    (TABLE_TARGET_COLUMN_RE.test(k) && !RECORD_NO_FIGURE_KEY_RE.test(k)) ||
    (TABLE_DONE_COLUMN_RE.test(k) && !TABLE_PERIOD_COLUMN_RE.test(k));
  const sets = new Map<string, Field[][]>();
  for (const r of all) {
    const roles = r
      .map((f) => f.key)
      .filter(roleOf)
      .join('\u0000');
    sets.set(roles, [...(sets.get(roles) ?? []), r]);
  }
  const rows: TableRow[] = [];
  for (const set of sets.values()) {
    if (set.length < RECORDS_MIN) continue;
    const keys = set[0].map((f) => f.key);
    const nameKey = keys.find((k) => TABLE_NAME_COLUMN_RE.test(k));
    const targetKeys = keys.filter(
      (k) => k !== nameKey && TABLE_TARGET_COLUMN_RE.test(k) && !RECORD_NO_FIGURE_KEY_RE.test(k),
    );
    if (!targetKeys.length) continue;
    const at = (r: Field[], k: string | undefined) => (k === undefined ? -1 : r.findIndex((f) => f.key === k));
    const bareIn = (k: string) =>
      set.filter((r) => BARE_NUMBER.test(text.slice(r[at(r, k)].from, r[at(r, k)].to))).length;
    const targetKey = targetKeys.reduce((best, k) => (bareIn(k) > bareIn(best) ? k : best));
    const doneKey = keys.find(
      (k) => k !== targetKey && TABLE_DONE_COLUMN_RE.test(k) && !TABLE_PERIOD_COLUMN_RE.test(k),
    );
    const unitKey = (r: Field[]) => r.find((f) => TABLE_UNIT_COLUMN_RE.test(f.key))?.key;
    // (a list's records: a unit after the target in each)
    if (doneKey === undefined && set.some((r) => at(r, unitKey(r)) < at(r, targetKey))) continue;
    // (建设内容: 新改建农村公路，重点实施… beside 项目名称: 农村公路新改建工程: the work's first clause names it with its
    // verb where the name has none)
    const contentKey = targetKeys.find((k) => k !== targetKey);
    for (const r of set) {
      const [name, target, done, unit, content] = [nameKey, targetKey, doneKey, unitKey(r), contentKey].map((k) =>
        at(r, k),
      );
      const cells = r.map((f) => ({ from: f.from, to: f.to }));
      let rowName = name;
      if (content >= 0 && (name < 0 || !verbRunOpening(text.slice(r[name].from, r[name].to)))) {
        const words = text.slice(r[content].from, r[content].to);
        const first = words.search(/[，,；;。]/);
        if (verbRunOpening(words) && !/\d/.test(first < 0 ? words : words.slice(0, first))) {
          cells.push({ from: r[content].from, to: r[content].from + (first < 0 ? words.length : first) });
          rowName = cells.length - 1;
        }
      }
      rows.push({
        cells,
        target,
        done,
        unit,
        doneUnit: -1,
        name: rowName,
        owners: r.flatMap((f, i) => (TABLE_OWNER_COLUMN_RE.test(f.key) ? [i] : [])),
        periods: [],
        gaps: [],
        otherYears: [],
        declared: [],
        headerUnits: cells.map(() => undefined),
      });
    }
  }
  return rows.sort((a, b) => a.cells[0].from - b.cells[0].from);
}
