// The commitments topic as written (input/lexicon/commitments.json, or an input
// directory's lexicon/commitments.json of the same schema): its shape, the words it
// lists twice, and how a user's file extends the project's. Its tables and named lists
// are not flat lists or maps, so it is merged here rather than by load.ts's general rule:
//   - a table's row (units, per_units, qualifiers_before/after) replaces the project's
//     row of the same word, or is added;
//   - unit_continues and words.<name>: the words are added to the list, once each;
//   - a head_synonyms group joins the project's group that shares a word with it, or is added;
//   - patterns.<name> replaces the pattern.
// A list or a pattern the project does not have is an error: the reader would never use it.
import { YoyError } from '../core/errors.js';
import type { Qualifier } from '../core/model.js';

/** The file as written (the schema's shape). */
export interface CommitmentsLexiconFile {
  units: Array<{ word: string; base: string; factor: string; names?: string }>;
  per_units: Array<{ word: string; unit: string; base: string }>;
  qualifiers_before: Array<{ word: string; qualifier: Qualifier }>;
  qualifiers_after: Array<{ word: string; qualifier: Qualifier }>;
  unit_continues: Array<{ unit: string; words: string[] }>;
  head_synonyms: string[][];
  words: Record<string, { about?: string; words: string[] }>;
  patterns: Record<string, { about?: string; pattern: string }>;
}

const TABLES = ['units', 'per_units', 'qualifiers_before', 'qualifiers_after'] as const;

/** Every word listed twice: in a list of words, among a table's keys (word, unit), or in two synonym groups. */
export function duplicatesOf(data: unknown): string[] {
  const out: string[] = [];
  const twice = (list: unknown[], where: string) => {
    const seen = new Set<string>();
    for (const w of list) {
      if (typeof w !== 'string') continue;
      if (seen.has(w)) out.push(`${where} lists "${w}" twice`);
      seen.add(w);
    }
  };
  if (!data || typeof data !== 'object') return out;
  const d = data as Record<string, unknown>;
  for (const table of [...TABLES, 'unit_continues'])
    if (Array.isArray(d[table]))
      twice(
        (d[table] as Array<Record<string, unknown>>).map((r) => r?.word ?? r?.unit),
        table,
      );
  if (Array.isArray(d.unit_continues))
    for (const r of d.unit_continues as Array<{ unit?: string; words?: unknown }>)
      if (Array.isArray(r?.words)) twice(r.words, `unit_continues (${r.unit})`);
  if (Array.isArray(d.head_synonyms)) {
    const groups = d.head_synonyms as unknown[];
    groups.forEach((g, i) => Array.isArray(g) && twice(g, `head_synonyms[${i}]`));
    twice(
      groups.flatMap((g) => (Array.isArray(g) ? [...new Set(g)] : [])),
      'head_synonyms (across groups)',
    );
  }
  if (d.words && typeof d.words === 'object')
    for (const [name, e] of Object.entries(d.words as Record<string, { words?: unknown }>))
      if (Array.isArray(e?.words)) twice(e.words, `words.${name}`);
  return out;
}

const invalid = (file: string, message: string, where?: string) =>
  new YoyError('LEXICON_INVALID', message, file, where);

/** A word listed twice in `data` stops the run, naming `file` and the words. */
export function assertNoDuplicates(data: unknown, file: string): void {
  const dup = duplicatesOf(data);
  if (dup.length) throw invalid(file, `${dup.join('; ')}: list each word once`);
}

/** Rows replaced by their key, or added in the order written. */
function byKey<T>(base: T[], extra: T[], key: (r: T) => string): T[] {
  const out = base.slice();
  for (const row of extra) {
    const at = out.findIndex((r) => key(r) === key(row));
    if (at >= 0) out[at] = row;
    else out.push(row);
  }
  return out;
}

const addWords = (base: string[], extra: string[]) => [...base, ...extra.filter((w) => !base.includes(w))];

/** The project's commitments topic extended by a user's (`file` names the user's in errors). */
export function mergeCommitmentsLexicon(
  base: CommitmentsLexiconFile,
  extra: Partial<CommitmentsLexiconFile>,
  file: string,
): CommitmentsLexiconFile {
  assertNoDuplicates(extra, file);
  const out: CommitmentsLexiconFile = { ...base };
  out.units = byKey(base.units, extra.units ?? [], (r) => r.word);
  out.per_units = byKey(base.per_units, extra.per_units ?? [], (r) => r.word);
  out.qualifiers_before = byKey(base.qualifiers_before, extra.qualifiers_before ?? [], (r) => r.word);
  out.qualifiers_after = byKey(base.qualifiers_after, extra.qualifiers_after ?? [], (r) => r.word);
  out.unit_continues = base.unit_continues.map((r) => ({ ...r }));
  for (const row of extra.unit_continues ?? []) {
    const same = out.unit_continues.find((r) => r.unit === row.unit);
    if (same) same.words = addWords(same.words, row.words);
    else out.unit_continues.push(row);
  }
  out.head_synonyms = base.head_synonyms.map((g) => g.slice());
  for (const group of extra.head_synonyms ?? []) {
    const same = out.head_synonyms.find((g) => group.some((w) => g.includes(w)));
    if (same) same.push(...group.filter((w) => !same.includes(w)));
    else out.head_synonyms.push(group);
  }
  out.words = { ...base.words };
  for (const [name, e] of Object.entries(extra.words ?? {})) {
    if (!base.words[name])
      throw invalid(
        file,
        `words.${name} is not a list of the commitments lexicon: add to one of ${Object.keys(base.words).join(', ')}`,
        `/words/${name}`,
      );
    out.words[name] = { ...base.words[name], words: addWords(base.words[name].words, e.words) };
  }
  out.patterns = { ...base.patterns };
  for (const [name, e] of Object.entries(extra.patterns ?? {})) {
    if (!base.patterns[name])
      throw invalid(
        file,
        `patterns.${name} is not a pattern of the commitments lexicon: replace one of ${Object.keys(base.patterns).join(', ')}`,
        `/patterns/${name}`,
      );
    try {
      new RegExp(e.pattern);
    } catch (err) {
      throw invalid(
        file,
        `patterns.${name} is not a regular expression: ${(err as Error).message}`,
        `/patterns/${name}`,
      );
    }
    out.patterns[name] = { ...base.patterns[name], pattern: e.pattern };
  }
  // a user's group may join two of the project's groups: a word then names two things
  assertNoDuplicates(out, file);
  return out;
}
