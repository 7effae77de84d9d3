// The 2026 cross-section of the default release: the 20 provincial reports read as they
// are through one CSV collection entry, each province's targets beside the nation's
// 2026 targets (a series of targets), and the page's section that sets them side by
// side. The figures are checked against the reports' own text.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, it, expect } from 'vitest';
import { INPUT, RELEASE } from './helpers.js';
import { readRelease } from '../pipeline/release/read.js';
import { crossSections, sideBySideSection } from '../pipeline/release/views/cross-section.js';

const release = readRelease(RELEASE);
const tva = release.derived.targets_vs_actuals;

/** A province's full_text, read from its file as a user has it. */
function fullText(province: string): string {
  const file = path.join(INPUT, 'provinces-2026', `2026_${province}_政府工作报告.csv`);
  const [row] = parse(fs.readFileSync(file), { columns: true, bom: true }) as Array<Record<string, string>>;
  return row.full_text;
}

describe('the 2026 provinces in the default release', () => {
  it('three provinces’ 2026 GDP targets are what their texts say, each span a slice of its full_text', () => {
    const cases = [
      // 地区生产总值增长5%左右
      { j: 'beijing', name: '北京市', qualifier: 'about', low: 5, high: 5, words: /增长5%左右/ },
      // 地区生产总值增长5%—5.5% (a range)
      { j: 'zhejiang', name: '浙江省', qualifier: 'range', low: 5, high: 5.5, words: /5%.?5\.5%/ },
      // 地区生产总值按增长5%安排 (a target as what the plan is set on)
      { j: 'jiangsu', name: '江苏省', qualifier: 'exact', low: 5, high: 5, words: /按增长5%安排/ },
    ];
    for (const c of cases) {
      const r = tva.find(
        (x) => x.jurisdiction === c.j && x.indicator === 'gdp' && x.measure === 'growth' && x.year === 2026,
      );
      expect(r, c.j).toBeDefined();
      expect([c.j, r!.target_qualifier, r!.target_low, r!.target_high]).toEqual([c.j, c.qualifier, c.low, c.high]);
      const text = fullText(c.name);
      expect(text.slice(r!.target_start!, r!.target_end!), c.j).toBe(r!.target_text);
      const sentence = release.observations.find(
        (o) => o.report_id === r!.target_report_id && o.start === r!.target_start && o.indicator === 'gdp',
      )!.sentence;
      expect(sentence, c.j).toMatch(c.words);
      // the code is added as the rows are released (format), so it is read from the release's row as written
      expect((r as unknown as { division_code: string }).division_code, c.j).toMatch(/^\d{2}0000$/);
    }
  });

  it('every province that sets a 2026 GDP target is set against the nation’s 4.5%–5% (amplification)', () => {
    const rows = release.derived.amplification!.filter(
      (r) => r.indicator === 'gdp' && r.measure === 'growth' && r.year === 2026,
    );
    const withTarget = tva.filter(
      (r) =>
        r.indicator === 'gdp' &&
        r.measure === 'growth' &&
        r.year === 2026 &&
        r.target_low !== null &&
        r.jurisdiction !== 'china',
    );
    expect(withTarget.length).toBeGreaterThanOrEqual(18);
    expect(rows.map((r) => r.jurisdiction).sort()).toEqual(withTarget.map((r) => r.jurisdiction).sort());
    for (const r of rows) {
      expect([r.parent, r.parent_level, r.parent_target_low, r.parent_target_high]).toEqual([
        'china',
        'national',
        4.5,
        5,
      ]);
      expect(r.level).toBe('province');
    }
    // Beijing's about 5% against the nation's midpoint 4.75: +0.25 pp
    expect(rows.find((r) => r.jurisdiction === 'beijing')!.amplification).toBe(0.25);
  });

  it('the page’s side-by-side groups are those of amplification.csv, sorted, and drawn with a dot per province', () => {
    const groups = crossSections(release.derived.amplification!);
    const gdp = groups.find((g) => g.indicator === 'gdp')!;
    expect(gdp.year).toBe(2026);
    expect(gdp.rows.length).toBeGreaterThanOrEqual(18);
    const mids = gdp.rows.map((r) => ((r.target_low ?? r.target_high)! + (r.target_high ?? r.target_low)!) / 2);
    expect(mids).toEqual([...mids].sort((a, b) => b - a));
    const html = fs.readFileSync(path.join(RELEASE, 'report.html'), 'utf8');
    const figure = /<figure class="chart side" data-indicator="gdp" data-year="2026">[\s\S]*?<\/figure>/.exec(html)![0];
    // one labelled dot per province, each naming its target and where it stands against the national band
    const dots = [...figure.matchAll(/aria-label="([^"]*) 2026: [^"]*national band[^"]*"/g)].map((m) => m[1]);
    expect(dots.length).toBe(gdp.rows.length);
    expect(dots).toContain('北京市');
  });

  it('a level of more jurisdictions than a chart can hold draws its highest and lowest, and counts them all', async () => {
    // the real provinces' rows three times over, as if a level had 60 jurisdictions
    const rows = release.derived.amplification!.filter((r) => r.indicator === 'gdp' && r.year === 2026);
    const many = [0, 1, 2].flatMap((k) => rows.map((r) => ({ ...r, jurisdiction: `${r.jurisdiction}-${k}` })));
    const html = await sideBySideSection(many, {
      name: (j) => j,
      label: (_, indicator) => indicator,
      measureWords: (m) => m,
      targetHref: () => undefined,
    });
    const figure = /<figure class="chart side" data-indicator="gdp"[\s\S]*?<\/figure>/.exec(html)![0];
    expect(figure).toContain(`${many.length} province targets`);
    expect(figure).toContain('the 20 highest and the 20 lowest are drawn');
    expect([...figure.matchAll(/aria-label="[^"]* 2026: /g)].length).toBe(40);
  });
});
