// When two paragraphs run together, a sentence's own time still wins (issue 22). A PDF's text
// layer cut at one width cannot show a paragraph break after a last line that is exactly full,
// so the reader joins the next paragraph on. The real cases scripts/metamorphic.mjs found over
// seeds 1–20, each wrapped as the harness wraps it at that seed (scripts/transforms.mjs):
// 云南 2026's one-line paragraph 这五年… joins the one before, 湖北 2026's 刚刚过去的2025年…
// joins a paragraph of the five-year review, and a news paragraph on 2018 joins yunnan-2019's
// targets paragraph. Each must read as it does unwrapped.
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect, beforeAll } from 'vitest';
import { parse } from 'csv-parse/sync';
import { cli, extract, ROOT, tmpdir } from './helpers.js';
import { TRANSFORMS } from '../scripts/transforms.mjs';
import { buildContext } from '../pipeline/extract/context.js';
import { normalize } from '../pipeline/extract/normalize.js';

const FIXTURES = path.join(ROOT, 'test', 'fixtures');

function fullText(province: string): string {
  const file = path.join(FIXTURES, 'provinces-2026', `2026_${province}_政府工作报告.csv`);
  const [row] = parse(fs.readFileSync(file), { bom: true, columns: true }) as Array<Record<string, string>>;
  return row.full_text;
}

/**
 * The documents, each with the seed the harness gave it where the case showed (its --seed plus
 * the document's own part, idSeed in scripts/metamorphic.mjs), and the sentence that lost its break.
 */
const DOCS = [
  {
    id: 'yunnan-2026',
    text: fullText('云南省'),
    entry: { jurisdiction_name: '云南省', level: 'province', report_year: 2026 },
    seed: 2093493924, // --seed 13, p2026-2
    joins: '这五年，我们完整准确全面贯彻新发展理念',
  },
  {
    id: 'hubei-2026',
    text: fullText('湖北省'),
    entry: { jurisdiction_name: '湖北省', level: 'province', report_year: 2026 },
    seed: 473801840, // --seed 19, p2026-13
    joins: '刚刚过去的2025年，是“十四五”收官之年',
  },
  {
    id: 'yunnan-2019',
    text: fs.readFileSync(path.join(FIXTURES, 'local', 'yunnan-2019-targets.txt'), 'utf8'),
    entry: { jurisdiction_name: '云南省', level: 'province', report_year: 2019 },
    seed: 3223004014, // --seed 15, yunnan-2019-targets
    joins: '据中新网报道',
  },
];

const FORMS = ['original', 'hard-wraps', 'pdf-layer'] as const;
const clothe = (form: (typeof FORMS)[number], text: string, seed: number) =>
  form === 'original' ? text : TRANSFORMS[form](text, seed);

describe('a sentence that opens on its own time, in a paragraph it was joined to', () => {
  /** The text the reader reads: the hard-wrapped form, joined back by normalisation. */
  const read = (d: (typeof DOCS)[number]) => normalize(clothe('hard-wraps', d.text, d.seed)).text;

  it('the wrap hides the break: the reader joins the sentence to the paragraph before it', () => {
    for (const d of DOCS) {
      const text = read(d);
      const at = text.indexOf(normalize(d.joins).text);
      expect(at, d.id).toBeGreaterThan(0);
      expect(text[at - 1], d.id).not.toBe('\n');
      // as it is, the sentence opens a paragraph
      expect(d.text[d.text.indexOf(d.joins) - 1], d.id).toBe('\n');
    }
  });

  it('turns the scope from that sentence on, and for the paragraphs after (湖北, 云南)', () => {
    const scopeOf = (d: (typeof DOCS)[number]) => {
      const text = read(d);
      const { sentences } = buildContext(text);
      const from = text.indexOf(normalize(d.joins).text);
      const s = sentences.find((x) => x.from <= from && from < x.to)!;
      const next = sentences.find((x) => x.paragraph.from > s.paragraph.from)!;
      return { sentence: s.multiYear, paragraph: s.paragraph.multiYear, next: next.paragraph.multiYear };
    };
    // 工会…都取得新的成效。刚刚过去的2025年…: the five-year review gives way to the year's
    expect(scopeOf(DOCS[1])).toEqual({ sentence: false, paragraph: true, next: false });
    // …迈出坚实步伐。这五年，我们…: the paragraphs after it are the five years'
    expect(scopeOf(DOCS[0])).toEqual({ sentence: true, paragraph: false, next: true });
  });

  describe('read end to end, wrapped as a PDF text layer', () => {
    let reads: Map<string, string[]>;
    beforeAll(() => {
      const input = tmpdir('yoy-run-together-');
      const output = path.join(tmpdir('yoy-run-together-out-'), 'release');
      const reports = FORMS.flatMap((form, v) =>
        DOCS.map((d) => {
          const id = `${d.id}--v${v}`;
          fs.writeFileSync(path.join(input, `${id}.txt`), clothe(form, d.text, d.seed));
          return { id, ...d.entry, jurisdiction: `${d.id.split('-')[0]}-v${v}`, path: `${id}.txt` };
        }),
      );
      fs.writeFileSync(path.join(input, 'manifest.json'), JSON.stringify({ reports }));
      const r = cli(['--input', input, '--output', output, '--quiet', '--no-views']);
      expect(r.status, r.stderr).toBe(0);
      const rows = parse(fs.readFileSync(path.join(output, 'observations.csv')), {
        columns: true,
        bom: true,
      }) as Record<string, string>[];
      reads = new Map();
      for (const o of rows) {
        const key = `${o.report_id.replace(/--v\d$/, '')} ${FORMS[Number(o.report_id.slice(-1))]}`;
        const line = [o.indicator, o.kind, o.period, o.measure, o.value, o.unit, o.qualifier].join(' ');
        reads.set(key, [...(reads.get(key) ?? []), line]);
      }
      for (const list of reads.values()) list.sort();
    });
    const of = (id: string, form: string) => reads.get(`${id} ${form}`) ?? [];

    it('云南 2026: the five-year 工业增加值突破7600亿元 is not read as 2025’s', () => {
      expect(of('yunnan-2026', 'original')).not.toContain(
        'industrial_value_added actual 2025 level 7600 亿元 at_least',
      );
      for (const form of ['hard-wraps', 'pdf-layer'])
        expect(of('yunnan-2026', form)).toEqual(of('yunnan-2026', 'original'));
    });

    it('湖北 2026: the review of 2025 after 刚刚过去的2025年 keeps its figures', () => {
      expect(of('hubei-2026', 'original')).toEqual(
        expect.arrayContaining(['gdp actual 2025 growth 5.5 % exact', 'trade actual 2025 growth 18.2 % exact']),
      );
      for (const form of ['hard-wraps', 'pdf-layer'])
        expect(of('hubei-2026', form)).toEqual(of('hubei-2026', 'original'));
    });

    it('yunnan-2019: 2018年…地区生产总值增长8.9% in the targets paragraph is 2018’s, not a 2019 target', () => {
      expect(of('yunnan-2019', 'original')).toContain('gdp target 2019 growth 8.5 % about');
      expect(of('yunnan-2019', 'original')).not.toContain('gdp target 2019 growth 8.9 % exact');
      for (const form of ['hard-wraps', 'pdf-layer'])
        expect(of('yunnan-2019', form)).toEqual(of('yunnan-2019', 'original'));
    });
  });
});

describe('a line that ends in a bare item marker goes on (广西 2026, cut after 一、)', () => {
  // …一、 / 二、三产业增加值分别增长…: the harness's cut at --seed 22 (p2026-9) falls between the first two
  // sectors; 二、 opens the next line as an item would, but no paragraph ends on a bare marker
  const text = fullText('广西壮族自治区');
  const seed = 2093493940;
  const wrapped = TRANSFORMS['hard-wraps'](text, seed);
  const services = (source: string) =>
    extract(source, 2026)
      .filter((o) => o.indicator === 'services_value_added')
      .map((o) => [o.kind, o.period, o.measure, o.value]);

  it('the wrap cuts the list after its first marker', () => {
    expect(wrapped).toMatch(/一、\r?\n二、三产业增加值分别增长/);
  });

  it('the sentence is joined back, and the services figure read as unwrapped', () => {
    expect(normalize(wrapped).text).toContain('一、二、三产业增加值分别增长');
    expect(services(text)).toHaveLength(1);
    expect(services(wrapped)).toEqual(services(text));
  });
});
