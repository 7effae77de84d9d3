// Jurisdictions by their official codes (GB/T 2260): the code, level and parent of a
// name from the datasets of divisions (pipeline/load/divisions.ts), the manifest
// completed from them, and what the release and a person are told.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { cli, tmpdir, INPUT, RELEASE, shangchengInput } from './helpers.js';
import { YoyError } from '../pipeline/core/errors.js';
import { resolveDivision, slugFor as slugOf, DivisionLookupError } from '../pipeline/load/divisions.js';
import { loadInput } from '../pipeline/load/index.js';

describe('resolveDivision', () => {
  it('上城区 is 330102, a district under 杭州市, today and in 2015', () => {
    for (const year of [undefined, 2015, 2024]) {
      const d = resolveDivision({ name: '上城区', year });
      expect(d).toMatchObject({ code: '330102', level: 'district', parentCode: '330100', parentName: '杭州市' });
      expect(d.note).toBeUndefined();
    }
    expect(resolveDivision({ name: '杭州市' })).toMatchObject({ code: '330100', level: 'city', parentName: '浙江省' });
    expect(resolveDivision({ name: '浙江省' })).toMatchObject({ code: '330000', level: 'province', parentCode: null });
    // a municipality is province-level, its districts directly under it
    expect(resolveDivision({ name: '北京市' })).toMatchObject({ code: '110000', level: 'province', parentCode: null });
    expect(resolveDivision({ name: '东城区' })).toMatchObject({ code: '110101', parentCode: '110000' });
    // districts whose names end like an industrial park's (园区)
    expect(['下花园区', '绿园区', '梁园区'].map((name) => resolveDivision({ name }).code)).toEqual([
      '130706',
      '220106',
      '411402',
    ]);
    // a county-level city directly under its province
    expect(resolveDivision({ name: '济源市' })).toMatchObject({
      code: '419001',
      level: 'county',
      parentCode: '410000',
    });
  });

  it('下城区, merged into 上城区 in 2021, is 330103 in 2015 from that year’s table, and said to be gone today', () => {
    const then = resolveDivision({ name: '下城区', year: 2015 });
    expect(then).toMatchObject({ code: '330103', table: '201509', parentName: '杭州市' });
    expect(then.note).toBeUndefined();
    const now = resolveDivision({ name: '下城区', year: 2023 });
    expect(now.code).toBe('330103');
    expect(now.note).toMatch(/not in the current table; found in GB\/T 2260-2016/);
  });

  it('儋州市, a county-level city made a prefecture in 2015, has the code and level of each year', () => {
    expect(resolveDivision({ name: '儋州市', year: 2014 })).toMatchObject({
      code: '469003',
      level: 'county',
      table: '201410',
    });
    expect(resolveDivision({ name: '儋州市', year: 2020 })).toMatchObject({
      code: '460400',
      level: 'city',
      table: 'current',
    });
  });

  it('鼓楼区 is four divisions: an error listing them, told apart by a parent or a code', () => {
    let err: unknown;
    try {
      resolveDivision({ name: '鼓楼区' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DivisionLookupError);
    const e = err as DivisionLookupError;
    expect(e.reason).toBe('ambiguous');
    expect(e.candidates.map((c) => `${c.code} ${c.parentName}`)).toEqual([
      '320106 南京市',
      '320302 徐州市',
      '350102 福州市',
      '410204 开封市',
    ]);
    expect(resolveDivision({ name: '鼓楼区', parentHint: '福州市' }).code).toBe('350102');
    expect(resolveDivision({ name: '鼓楼区', parentHint: '徐州' }).code).toBe('320302');
    expect(resolveDivision({ name: '鼓楼区', parentHint: 'kaifeng' }).code).toBe('410204');
    expect(resolveDivision({ name: '鼓楼区', code: '410204' })).toMatchObject({ parentName: '开封市' });
    expect(() => resolveDivision({ name: '鼓楼区', parentHint: '杭州市' })).toThrow(
      /4 divisions are named 鼓楼区, none under 杭州市: 320106/,
    );
    expect(() => resolveDivision({ name: '不存在区' })).toThrow(/no division is named 不存在区/);
  });

  it('slugs are the pinyin of the name without its suffix', () => {
    expect(['上城区', '杭州市', '浙江省', '内蒙古自治区', '长沙市'].map(slugOf)).toEqual([
      'shangcheng',
      'hangzhou',
      'zhejiang',
      'neimenggu',
      'changsha',
    ]);
  });
});

describe('the default input', () => {
  it('every jurisdiction has its code, level and parent from the dataset, with no contradiction', () => {
    const input = loadInput(INPUT, { maxFileBytes: 200e6 });
    const got = Object.fromEntries(
      input.jurisdictions.map((j) => [j.jurisdiction, `${j.division_code ?? ''} ${j.level} ${j.parent ?? ''}`]),
    );
    expect(got).toEqual({
      changzhou: '320400 city jiangsu',
      chaozhou: '445100 city guangdong',
      china: ' national ',
      guangdong: '440000 province china',
      hangzhou: '330100 city zhejiang',
      jinan: '370100 city shandong',
      shangcheng: '330102 district hangzhou',
      // the 2026 provinces, named only by the rows of their CSV collection
      anhui: '340000 province china',
      beijing: '110000 province china',
      chongqing: '500000 province china',
      fujian: '350000 province china',
      guangxi: '450000 province china',
      hebei: '130000 province china',
      heilongjiang: '230000 province china',
      hubei: '420000 province china',
      hunan: '430000 province china',
      jiangsu: '320000 province china',
      jilin: '220000 province china',
      neimenggu: '150000 province china',
      qinghai: '630000 province china',
      shaanxi: '610000 province china',
      shandong: '370000 province china',
      shanghai: '310000 province china',
      sichuan: '510000 province china',
      xizang: '540000 province china',
      yunnan: '530000 province china',
      zhejiang: '330000 province china',
    });
    expect(input.warnings.filter((w) => w.type.startsWith('division'))).toEqual([]);
  });

  it('the release carries division_code in every table with a jurisdiction', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(RELEASE, 'datapackage.json'), 'utf8'));
    for (const r of pkg.resources) {
      const names = r.schema.fields.map((f: { name: string }) => f.name);
      if (names.includes('jurisdiction')) expect(names, r.name).toContain('division_code');
    }
    const tva = fs.readFileSync(path.join(RELEASE, 'targets_vs_actuals.csv'), 'utf8').split('\r\n');
    expect(
      tva[0]
        .replace(/^\ufeff/, '')
        .split(',')
        .slice(0, 2),
    ).toEqual(['jurisdiction', 'division_code']);
    const codes = new Set(
      tva
        .slice(1)
        .filter(Boolean)
        .map((l) => l.split(',').slice(0, 2).join(' ')),
    );
    expect(codes).toContain('shangcheng 330102');
    expect(codes).toContain('china ');
    const bundle = JSON.parse(fs.readFileSync(path.join(RELEASE, 'bundle.json'), 'utf8'));
    expect(bundle.observations.find((o: { jurisdiction: string }) => o.jurisdiction === 'jinan').division_code).toBe(
      '370100',
    );
  });
});

/** An input of real reports whose manifest gives only each one's name, year and file. */
function namesOnly(extra: Array<Record<string, unknown>> = []): string {
  const dir = tmpdir('yoy-input-');
  fs.copyFileSync(path.join(INPUT, 'shangcheng-2015.txt'), path.join(dir, 'shangcheng-2015.txt'));
  fs.mkdirSync(path.join(dir, 'local'));
  fs.copyFileSync(path.join(INPUT, 'local', 'beijing-2022-targets.txt'), path.join(dir, 'local', 'b.txt'));
  const national = fs
    .readFileSync(path.join(INPUT, 'national', 'government_work_reports.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && JSON.parse(l).year === '2022' && !/决议/.test(JSON.parse(l).title));
  expect(national).toHaveLength(1);
  fs.writeFileSync(path.join(dir, 'national.jsonl'), national.join('\n') + '\n');
  const reports = [
    { id: 'sc-2015', jurisdiction_name: '上城区', report_year: 2015, path: 'shangcheng-2015.txt' },
    { id: 'bj-2022', jurisdiction_name: '北京市', report_year: 2022, path: 'local/b.txt', excerpt: true },
    {
      id: 'national',
      format: 'jsonl',
      path: 'national.jsonl',
      fields: { text: 'content', year: 'year', title: 'title' },
      jurisdiction: 'china',
      jurisdiction_name: '中华人民共和国',
    },
    ...extra,
  ];
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ reports }, null, 2));
  return dir;
}

describe('a manifest that gives only names (real CLI runs)', () => {
  it('level, parent and slug come from the dataset, the chain reaches the nation, and amplification follows it', () => {
    const input = namesOnly();
    const out = path.join(tmpdir(), 'release');
    const r = cli(['--input', input, '--output', out]);
    expect(r.status, r.stderr).toBe(0);
    const bundle = JSON.parse(fs.readFileSync(path.join(out, 'bundle.json'), 'utf8'));
    const j = Object.fromEntries(
      bundle.jurisdictions.map((x: Record<string, unknown>) => [
        x.jurisdiction,
        [x.division_code, x.level, (x.ancestors as string[]).join('>'), x.in_input],
      ]),
    );
    expect(j).toEqual({
      beijing: ['110000', 'province', 'china', true],
      china: [null, 'national', '', true],
      hangzhou: ['330100', 'city', 'zhejiang>china', false],
      shangcheng: ['330102', 'district', 'hangzhou>zhejiang>china', true],
      zhejiang: ['330000', 'province', 'china', false],
    });
    const amp = fs.readFileSync(path.join(out, 'amplification.csv'), 'utf8').split('\r\n').slice(1).filter(Boolean);
    expect(amp.length).toBeGreaterThan(0);
    for (const row of amp) expect(row).toMatch(/^beijing,110000,province,china,national,/);
  });

  it('鼓楼区 without a parent: exit 1, naming the entry and listing the four with their codes and parents', () => {
    const input = namesOnly([
      { id: 'gulou-2015', jurisdiction_name: '鼓楼区', report_year: 2015, path: 'shangcheng-2015.txt' },
    ]);
    const out = path.join(tmpdir(), 'release');
    const r = cli(['--input', input, '--output', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toContain('internal error');
    expect(r.stderr).toContain('DIVISION_AMBIGUOUS');
    expect(r.stderr).toContain('reports[3] ("gulou-2015")');
    for (const c of [
      '320106 鼓楼区 (江苏省 南京市)',
      '320302 鼓楼区 (江苏省 徐州市)',
      '350102 鼓楼区 (福建省 福州市)',
      '410204 鼓楼区 (河南省 开封市)',
    ])
      expect(r.stderr).toContain(c);
    expect(r.stderr).toMatch(/"parent".*"division_code"/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('鼓楼区 under a parent the manifest declares, or with its code, resolves; a contradicted level is a warning', () => {
    const input = namesOnly([
      {
        id: 'gulou-2015',
        jurisdiction_name: '鼓楼区',
        parent: 'fuzhou',
        level: 'county',
        report_year: 2015,
        path: 'shangcheng-2015.txt',
      },
    ]);
    const file = path.join(input, 'manifest.json');
    const m = JSON.parse(fs.readFileSync(file, 'utf8'));
    m.jurisdictions = [{ jurisdiction: 'fuzhou', jurisdiction_name: '福州市' }];
    fs.writeFileSync(file, JSON.stringify(m));
    const out = path.join(tmpdir(), 'release');
    const r = cli(['--input', input, '--output', out]);
    expect(r.status, r.stderr).toBe(0);
    const bundle = JSON.parse(fs.readFileSync(path.join(out, 'bundle.json'), 'utf8'));
    const gulou = bundle.jurisdictions.find((x: { jurisdiction: string }) => x.jurisdiction === 'gulou');
    expect(gulou).toMatchObject({ division_code: '350102', level: 'county', ancestors: ['fuzhou', 'fujian', 'china'] });
    expect(bundle.warnings.map((w: { message: string }) => w.message)).toContainEqual(
      expect.stringContaining(
        'reports[3] ("gulou-2015"): level is "county", but 350102 鼓楼区 (福建省 福州市) is a district',
      ),
    );
  });
});

describe('what the manifest says against the dataset', () => {
  /** The Shangcheng input with its manifest changed by `edit`. */
  const edited = (edit: (m: { reports: Array<Record<string, unknown>>; jurisdictions?: unknown[] }) => void) => {
    const dir = shangchengInput();
    const file = path.join(dir, 'manifest.json');
    const m = JSON.parse(fs.readFileSync(file, 'utf8'));
    edit(m);
    fs.writeFileSync(file, JSON.stringify(m));
    return dir;
  };

  it('a parent the dataset contradicts stands, with a warning; one a level up does not warn', () => {
    const contradicted = edited((m) => {
      for (const r of m.reports) r.parent = 'jiangsu';
      m.jurisdictions = [{ jurisdiction: 'jiangsu', jurisdiction_name: '江苏省' }];
    });
    const input = loadInput(contradicted, { maxFileBytes: 200e6 });
    expect(input.jurisdictions.find((j) => j.jurisdiction === 'shangcheng')?.parent).toBe('jiangsu');
    const said = input.warnings.filter((w) => w.type === 'division-contradiction').map((w) => w.message);
    expect(said).toEqual(
      ['shangcheng-2015', 'shangcheng-2016'].map(
        (id, i) =>
          `reports[${i}] ("${id}"): parent is "jiangsu", but 330102 上城区 (浙江省 杭州市) lies under 杭州市 (hangzhou) in the dataset of divisions`,
      ),
    );
    const skipping = edited((m) => {
      for (const r of m.reports) r.parent = 'zhejiang';
    });
    expect(loadInput(skipping, { maxFileBytes: 200e6 }).warnings).toEqual([]);
  });

  it('a name the dataset lacks: an error without the slug and level, the manifest standing with them', () => {
    const lacking = edited((m) => {
      m.reports = [{ id: 'x-2015', jurisdiction_name: '某某区', report_year: 2015, path: 'shangcheng-2015.txt' }];
      delete m.jurisdictions;
    });
    let err: unknown;
    try {
      loadInput(lacking, { maxFileBytes: 200e6 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(YoyError);
    expect(String(err)).toContain(
      'DIVISION_UNKNOWN: reports[0] ("x-2015"): no division is named 某某区 in the dataset of divisions; give "division_code", or "jurisdiction", "level" and "parent"',
    );
    const standing = edited((m) => {
      m.reports = [
        {
          id: 'x-2015',
          jurisdiction: 'x',
          level: 'district',
          jurisdiction_name: '某某区',
          report_year: 2015,
          path: 'shangcheng-2015.txt',
        },
      ];
      delete m.jurisdictions;
    });
    const input = loadInput(standing, { maxFileBytes: 200e6 });
    expect(input.jurisdictions.map((j) => [j.jurisdiction, j.division_code, j.level])).toEqual([
      ['x', null, 'district'],
    ]);
    expect(input.warnings.map((w) => w.type)).toEqual(['division-unknown']);
  });

  it('吉林市 and 吉林省 are two jurisdictions: the province keeps jilin, the city above 蛟河市 takes its whole name', () => {
    // (both were jilin, and the input was refused: "jilin has two parents")
    const dir = edited((m) => {
      m.reports = [
        { id: 'jiaohe-2026', jurisdiction_name: '蛟河市', report_year: 2026, path: 'shangcheng-2015.txt' },
        { id: 'songyuan-2026', jurisdiction_name: '扶余市', report_year: 2026, path: 'shangcheng-2015.txt' },
      ];
      delete m.jurisdictions;
    });
    const input = loadInput(dir, { maxFileBytes: 200e6 });
    expect(input.jurisdictions.map((j) => [j.jurisdiction, j.division_code, j.parent])).toEqual([
      ['jilin', '220000', 'china'],
      ['jilinshi', '220200', 'jilin'],
      ['songyuan', '220700', 'jilin'],
      ['fuyu', '220781', 'songyuan'],
      ['jiaohe', '220281', 'jilinshi'],
    ]);
  });

  it('one jurisdiction whose code changed between its reports: one code in its rows, and a warning', () => {
    const dir = edited((m) => {
      m.reports = [2014, 2020].map((y) => ({
        id: `danzhou-${y}`,
        jurisdiction_name: '儋州市',
        report_year: y,
        path: 'shangcheng-2015.txt',
      }));
      delete m.jurisdictions;
    });
    const input = loadInput(dir, { maxFileBytes: 200e6 });
    expect(input.jurisdictions.map((j) => [j.jurisdiction, j.division_code, j.parent])).toEqual([
      ['hainan', '460000', 'china'],
      ['danzhou', '469003', 'hainan'],
    ]);
    expect(input.warnings.map((w) => w.message)).toEqual([
      'danzhou resolves to 469003 and 460400 in different years; its rows carry the code of its first report (give "division_code" to choose)',
    ]);
  });
});
