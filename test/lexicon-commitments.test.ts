// The language of commitments as data (input/lexicon/commitments.json): the shipped
// file is valid and lists each word once; a word listed twice, a list missing, or a
// pattern that is not a regular expression stops the reader with an error that
// names the file and the word; and the words in the file are the ones the reader uses.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COMMITMENTS_LEXICON_PATH,
  commitmentsLexicon,
  checkCommitmentsLexicon,
  compileCommitmentsLexicon,
  duplicatesOf,
  loadCommitmentsLexicon,
  type CommitmentsLexiconFile,
} from '../pipeline/lexicon/commitments.js';
import { mergeCommitmentsLexicon } from '../pipeline/lexicon/commitments-file.js';
import { readCommitments } from '../pipeline/extract/commitments/index.js';
import { YoyError } from '../pipeline/core/errors.js';
import { tmpdir } from './helpers.js';

const shipped = () => JSON.parse(fs.readFileSync(COMMITMENTS_LEXICON_PATH, 'utf8')) as CommitmentsLexiconFile;

function errorOf(f: () => unknown): YoyError {
  try {
    f();
  } catch (e) {
    if (e instanceof YoyError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('the commitments lexicon', () => {
  it('the shipped file is valid and lists every word once', () => {
    expect(duplicatesOf(shipped())).toEqual([]);
    expect(() => checkCommitmentsLexicon(shipped(), COMMITMENTS_LEXICON_PATH)).not.toThrow();
    expect(commitmentsLexicon().VERBS.length).toBeGreaterThan(100);
  });

  it("the shipped file says what each list and pattern is for (a user's file need not)", () => {
    const data = shipped();
    for (const [name, e] of [...Object.entries(data.words), ...Object.entries(data.patterns)])
      expect(e.about, name).toMatch(/\S/);
  });

  it("a user's file adds words to a list, replaces a table's row by its word, joins a synonym group, replaces a pattern", () => {
    const data = shipped();
    const unit = data.units[0];
    const group = data.head_synonyms[0];
    const merged = mergeCommitmentsLexicon(
      data,
      {
        units: [
          { ...unit, factor: '2' },
          { word: 'x-unit', base: 'count', factor: '1' },
        ],
        words: { verbs: { words: ['x-verb', data.words.verbs.words[0]] } },
        head_synonyms: [[group[1], 'x-synonym']],
        patterns: { done: { pattern: 'x-done' } },
      },
      'user.json',
    );
    expect(merged.units.filter((u) => u.word === unit.word)).toEqual([{ ...unit, factor: '2' }]);
    expect(merged.units.at(-1)!.word).toBe('x-unit');
    expect(merged.words.verbs.words).toEqual([...data.words.verbs.words, 'x-verb']);
    expect(merged.words.verbs.about).toBe(data.words.verbs.about);
    expect(merged.head_synonyms[0]).toEqual([...group, 'x-synonym']);
    expect(merged.head_synonyms).toHaveLength(data.head_synonyms.length);
    expect(merged.patterns.done.pattern).toBe('x-done');
    // the project's data is left as it was
    expect(data).toEqual(shipped());
    // and the compiled lexicon reads with the words
    expect(compileCommitmentsLexicon(merged).VERB_ANYWHERE.test('x-verb')).toBe(true);
  });

  it('a word listed twice in a list of words fails, naming the list and the word', () => {
    const data = shipped();
    const verbs = data.words.verbs.words;
    verbs.push(verbs[3]);
    const e = errorOf(() => checkCommitmentsLexicon(data, COMMITMENTS_LEXICON_PATH));
    expect(e.code).toBe('LEXICON_INVALID');
    expect(e.message).toContain(`words.verbs lists "${verbs[3]}" twice`);
    expect(e.toString()).toMatch(/^input\/lexicon\/commitments\.json: LEXICON_INVALID/);
  });

  it('a word listed twice in a table (a unit, a qualifier) or in two synonym groups fails', () => {
    const units = shipped();
    units.units.push({ ...units.units[0], factor: '2' });
    expect(errorOf(() => checkCommitmentsLexicon(units, 'x.json')).message).toContain(
      `units lists "${units.units[0].word}" twice`,
    );
    const qualifiers = shipped();
    qualifiers.qualifiers_after.push({ word: qualifiers.qualifiers_after[0].word, qualifier: 'about' });
    expect(errorOf(() => checkCommitmentsLexicon(qualifiers, 'x.json')).message).toContain('qualifiers_after lists');
    const synonyms = shipped();
    synonyms.head_synonyms.push([synonyms.head_synonyms[0][1], synonyms.head_synonyms[1][0]]);
    expect(errorOf(() => checkCommitmentsLexicon(synonyms, 'x.json')).message).toContain(
      `head_synonyms (across groups) lists "${synonyms.head_synonyms[0][1]}" twice`,
    );
  });

  it('a file on disk with a duplicate, a missing list or a broken pattern stops with its name', () => {
    const dir = tmpdir('yoy-lexicon-');
    const write = (data: unknown) => {
      const file = path.join(dir, 'commitments.json');
      fs.writeFileSync(file, JSON.stringify(data));
      return file;
    };
    const twice = shipped();
    twice.words.stage_start.words.push(twice.words.stage_start.words[0]);
    expect(errorOf(() => loadCommitmentsLexicon(write(twice))).toString()).toMatch(
      /commitments\.json: LEXICON_INVALID: words\.stage_start lists ".+" twice/,
    );
    const missing = shipped();
    delete (missing.words as Record<string, unknown>).verbs;
    expect(errorOf(() => loadCommitmentsLexicon(write(missing))).message).toContain('words.verbs is missing');
    const broken = shipped();
    broken.patterns.done.pattern = '(?:unclosed';
    expect(errorOf(() => loadCommitmentsLexicon(write(broken))).message).toContain(
      'patterns.done is not a regular expression',
    );
    const shape = shipped() as unknown as { units: unknown };
    shape.units = 'none';
    expect(errorOf(() => loadCommitmentsLexicon(write(shape))).message).toMatch(/\/units: must be array/);
  });

  it('the regular expressions are built of the words of the file: a verb taken out is no longer read as one', () => {
    // a real promise (lianyungang 2022's list), read with its verb
    const source = fs.readFileSync(
      path.join(import.meta.dirname, 'fixtures', 'local', 'lianyungang-2022-commitments.txt'),
      'utf8',
    );
    const line = source.split('\n').find((l) => /\d+所/.test(l) && l.match(commitmentsLexicon().VERB_ANYWHERE))!;
    const read = readCommitments({ id: 'lyg', jurisdiction: 'lyg', doc_kind: 'commitments', year: 2022, source: line });
    expect(read.commitments.map((c) => c.verb).filter(Boolean).length).toBeGreaterThan(0);
    const data = shipped();
    data.words.verbs.words = data.words.verbs.words.filter((w) => !line.includes(w));
    expect(line.match(compileCommitmentsLexicon(data).VERB_ANYWHERE)).toBeNull();
  });
});
