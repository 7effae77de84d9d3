// One order of jurisdictions everywhere: the nation first, then by level, then by
// Chinese name in pinyin, in every table, bundle.json, the page and the workbook.
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { RELEASE } from './helpers.js';
import { compareJurisdictions, LEVEL_ORDER } from '../pipeline/core/jurisdiction-order.js';
import { slugOf } from '../pipeline/load/jurisdiction-slug.js';
import { FILE, divisionNames, divisionStems, plainOf, syllablesOf } from '../scripts/gen-pinyin-names.mjs';

const bundle = JSON.parse(fs.readFileSync(path.join(RELEASE, 'bundle.json'), 'utf8'));
const known = bundle.jurisdictions as Array<{
  jurisdiction: string;
  jurisdiction_name: string;
  level: string;
  in_input: boolean;
}>;
const info = new Map(known.map((j) => [j.jurisdiction, j]));
/** Each jurisdiction once, in the order it first appears. */
const firstSeen = (slugs: string[]) => [...new Set(slugs)];
/** Whether each jurisdiction's rows are together (no slug comes back after another began). */
const contiguous = (slugs: string[]) => slugs.filter((s, i) => i === 0 || s !== slugs[i - 1]).length;

describe('the order of jurisdictions', () => {
  const order = known.map((j) => j.jurisdiction);

  it('bundle.json lists the nation first, then provinces, cities and districts, each by name in pinyin', () => {
    expect(order[0]).toBe('china');
    // 安徽 an, 北京 bei, 重庆 chong, 福建 fu … 山东 shān before 陕西 shǎn (tones), 上海 shang … 浙江 zhe;
    // then 常州 chang, 潮州 chao, 济南 ji; then 上城区
    const inInput = known.filter((j) => j.in_input).map((j) => j.jurisdiction_name);
    expect(inInput).toEqual([
      '中华人民共和国',
      '安徽省',
      '北京市',
      '重庆市',
      '福建省',
      '广西壮族自治区',
      '河北省',
      '黑龙江省',
      '湖北省',
      '湖南省',
      '吉林省',
      '江苏省',
      '内蒙古自治区',
      '青海省',
      '山东省',
      '陕西省',
      '上海市',
      '四川省',
      '西藏自治区',
      '云南省',
      '浙江省',
      '常州市',
      '潮州市',
      '济南市',
      '上城区',
    ]);
    const levels = known.map((j) => LEVEL_ORDER.indexOf(j.level as (typeof LEVEL_ORDER)[number]));
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
  });

  it('every CSV with a jurisdiction column lists its rows in that order, each jurisdiction together', () => {
    const files = fs.readdirSync(RELEASE).filter((f) => f.endsWith('.csv'));
    let checked = 0;
    for (const f of files) {
      const rows = parse(fs.readFileSync(path.join(RELEASE, f)), { columns: true, bom: true }) as Array<
        Record<string, string>
      >;
      if (!rows.length || !('jurisdiction' in rows[0])) continue;
      const slugs = rows.map((r) => r.jurisdiction);
      const seen = firstSeen(slugs);
      expect(contiguous(slugs), f).toBe(seen.length);
      // the scorecard is sorted to show who missed most (test/scorecard.test.ts); its ties keep this order
      if (f === 'scorecard.csv') continue;
      expect(seen, f).toEqual(order.filter((j) => seen.includes(j)));
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it('report.html draws them, and yoy.xlsx lists them, in the same order', async () => {
    const html = fs.readFileSync(path.join(RELEASE, 'report.html'), 'utf8');
    const nav = html.match(/<nav>([\s\S]*?)<\/nav>/)![1];
    const drawn = [...nav.matchAll(/href="#j-([^"]+)"/g)].map((m) => m[1]);
    expect(drawn[0]).toBe('china');
    expect(drawn).toEqual(order.filter((j) => drawn.includes(j)));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(RELEASE, 'yoy.xlsx'));
    const sheet = book.getWorksheet('targets_vs_actuals')!;
    const col = (sheet.getRow(1).values as string[]).indexOf('jurisdiction');
    const slugs: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) slugs.push(String(row.getCell(col).value));
    });
    expect(firstSeen(slugs)).toEqual(order.filter((j) => slugs.includes(j)));
  });

  it('names read by their word, not character by character, and the same on every machine (no platform collation)', () => {
    const j = (jurisdiction_name: string, level = 'city') => ({
      jurisdiction: jurisdiction_name,
      jurisdiction_name,
      level,
    });
    // 长沙 cháng before 常州 cháng zhōu (sha before zhou), before 重庆 chóng (a polyphone read as the place name)
    const names = ['重庆市', '常州市', '长沙市', '厦门市'].map((n) => j(n));
    expect(names.sort(compareJurisdictions).map((x) => x.jurisdiction_name)).toEqual([
      '长沙市',
      '常州市',
      '重庆市',
      '厦门市',
    ]);
    // 山西 shān before 陕西 shǎn: the tone decides between the same letters
    expect([j('陕西省', 'province'), j('山西省', 'province')].sort(compareJurisdictions)[0].jurisdiction_name).toBe(
      '山西省',
    );
    // the level before the name, the nation before all
    expect(compareJurisdictions(j('中华人民共和国', 'national'), j('北京市', 'province'))).toBeLessThan(0);
    expect(compareJurisdictions(j('阿坝州', 'city'), j('浙江省', 'province'))).toBeGreaterThan(0);
    expect(info.get('china')!.level).toBe('national');
  });
});

describe('the syllables kept for the names of the division tables', () => {
  it('are pinyin-pro’s, for every name the tables hold (scripts/gen-pinyin-names.mjs: npm run pinyin-names)', () => {
    const kept = JSON.parse(fs.readFileSync(FILE, 'utf8')).syllables as Record<string, string>;
    const names = divisionNames();
    expect(Object.keys(kept).sort()).toEqual(names);
    expect(names.filter((n) => kept[n] !== syllablesOf(n))).toEqual([]);
  });

  it('and the plain syllables of every stem are pinyin-pro’s, and make the ids it would make', () => {
    const plain = JSON.parse(fs.readFileSync(FILE, 'utf8')).plain as Record<string, string>;
    const stems = divisionStems();
    expect(Object.keys(plain).sort()).toEqual(stems);
    expect(stems.filter((n) => plain[n] !== plainOf(n))).toEqual([]);
    // the stems are the ones ids are made of (杭州市 → 杭州, 城区 keeps its 区), and the ids the same
    expect(['杭州', '广西', '城区', '陕西'].every((n) => Object.hasOwn(plain, n))).toBe(true);
    expect(['杭州市', '广西壮族自治区', '长沙市', '重庆市'].map(slugOf)).toEqual([
      'hangzhou',
      'guangxi',
      'changsha',
      'chongqing',
    ]);
  });

  it('order a name not kept as pinyin-pro does (a jurisdiction of the user’s own)', () => {
    const j = (jurisdiction_name: string) => ({ jurisdiction: jurisdiction_name, jurisdiction_name, level: 'city' });
    const names = ['重庆新区', '长沙新区', '安康新区'];
    expect(names.some((n) => Object.hasOwn(JSON.parse(fs.readFileSync(FILE, 'utf8')).syllables, n))).toBe(false);
    expect(
      names
        .map(j)
        .sort(compareJurisdictions)
        .map((x) => x.jurisdiction),
    ).toEqual(['安康新区', '长沙新区', '重庆新区']);
  });
});
