// Content checks on decoded text (pipeline/load/decode.ts): real reports read as
// before in every encoding yoy detects; random bytes, mojibake and text in the
// wrong encoding are refused with what to do; UTF-16 without a BOM is read.
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import iconv from 'iconv-lite';
import { decode, textStats, type Encoding } from '../pipeline/load/decode.js';
import { YoyError } from '../pipeline/core/errors.js';
import { INPUT, ROOT, cli, national, seed, seed2016, shangchengInput, tmpdir } from './helpers.js';

const LOCAL = path.join(ROOT, 'test', 'fixtures', 'local');
const corpus: Array<[string, string]> = [
  ['shangcheng-2015', seed],
  ['shangcheng-2016', seed2016],
  ...fs
    .readdirSync(LOCAL)
    .filter((f) => f.endsWith('.txt'))
    .map((f): [string, string] => [f, fs.readFileSync(path.join(LOCAL, f), 'utf8')]),
  ...[...national].map(([y, t]): [string, string] => [`china-${y}`, t]),
];

const report = (bytes: Uint8Array, declared?: Encoding) => decode(bytes, 'r.txt', declared, { content: true });
function refused(bytes: Uint8Array, declared?: Encoding): YoyError {
  try {
    report(bytes, declared);
  } catch (e) {
    if (e instanceof YoyError) return e;
    throw e;
  }
  throw new Error('accepted');
}

/** Bytes from a fixed seed, so a failure can be repeated. */
function randomBytes(n: number, seedValue: number, map = (b: number) => b): Buffer {
  let x = seedValue >>> 0 || 1;
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = map((x >>> 0) & 0xff);
  }
  return out;
}

describe('real reports read as before', () => {
  it('every text of the corpus, in UTF-8, GB18030 and UTF-16 with and without a BOM', () => {
    for (const [name, text] of corpus) {
      // the local texts are web pages with a few characters GB18030 has but others do not: each is read back exactly where it can be
      expect(report(Buffer.from(text)), name).toEqual({ text, encoding: 'utf-8' });
      expect(report(iconv.encode(text, 'gb18030')), name).toEqual({ text, encoding: 'gb18030' });
      expect(report(iconv.encode(text, 'utf-16le')), name).toEqual({ text, encoding: 'utf-16le' });
      expect(report(iconv.encode(text, 'utf-16be')), name).toEqual({ text, encoding: 'utf-16be' });
      expect(report(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')])), name).toEqual({
        text,
        encoding: 'utf-16le',
      });
    }
  });

  it('the default input decodes to the same text as before the checks', () => {
    for (const f of ['shangcheng-2015.txt', 'shangcheng-2016-excerpt.txt']) {
      const bytes = fs.readFileSync(path.join(INPUT, f));
      expect(report(bytes)).toEqual(decode(bytes, f));
    }
  });

  it('the statistics of real reports: nothing undecodable, nearly all Chinese characters ordinary', () => {
    for (const [name, text] of corpus) {
      const s = textStats(text);
      expect(s.bad, name).toBe(0);
      if (s.cjk >= 8) expect(s.common / s.cjk, name).toBeGreaterThan(0.85);
    }
  });

  it('UTF-16 without a BOM and without any ASCII (no NUL bytes) is still read', () => {
    const onlyCjk = seed.replace(/[\x00-\x7f\u00a0]/g, '');
    expect(report(iconv.encode(onlyCjk, 'utf-16le')).encoding).toBe('utf-16le');
  });

  it('a UTF-8 file cut inside its last character is UTF-8, not GB18030', () => {
    const cut = Buffer.from(seed).subarray(0, 1001);
    const r = report(cut);
    expect(r.encoding).toBe('utf-8');
    expect(r.text.endsWith('\ufffd')).toBe(true);
    expect(seed.startsWith(r.text.slice(0, -1))).toBe(true);
  });

  it('configuration files (no content check) decode exactly as before', () => {
    expect(decode(Buffer.from('{"reports": []}'), 'manifest.json').text).toBe('{"reports": []}');
  });
});

describe('what is not a report is refused, with what to do', () => {
  it('random bytes', () => {
    for (let i = 1; i <= 40; i++) {
      // under about 30 bytes (a dozen characters) there is too little to judge
      for (const n of [32, 100, 1000, 20_000]) {
        // bytes of the upper half read as GB18030 were accepted before; bytes with control characters were binary and still are
        const high = refused(randomBytes(n, i, (b) => b | 0x80));
        expect(high.code, `${n} bytes, seed ${i}`).toBe('FILE_NOT_TEXT');
        const printable = refused(randomBytes(n, i, (b) => (b < 0x20 ? b + 0x20 : b)));
        expect(printable.code).toMatch(/^(FILE_NOT_TEXT|FILE_MOJIBAKE)$/);
        // with NUL bytes: tried as UTF-16 without a BOM, and refused as not text, not as "binary"
        expect(refused(randomBytes(n, i)).code, `${n} bytes, seed ${i}`).toBe('FILE_NOT_TEXT');
        // UTF-16 in shape: every other byte a NUL, or in the range of Chinese characters, in either byte order
        for (const order of [0, 1]) {
          const nul = randomBytes(n, i, (b) => b);
          const cjk = randomBytes(n, i, (b) => b);
          for (let k = order; k < n; k += 2) ((nul[k] = 0), (cjk[k] = 0x4e + (cjk[k] % 0x52)));
          expect(refused(nul).code, `${n} bytes, seed ${i}, NUL`).toBe('FILE_NOT_TEXT');
          expect(refused(cjk).code, `${n} bytes, seed ${i}, CJK`).toBe('FILE_NOT_TEXT');
        }
      }
    }
    expect(refused(randomBytes(20_000, 7)).message).toMatch(
      /^the file does not read as a text report: it has NUL bytes, which text has only in UTF-16, and read as UTF-16 \(either byte order\) \d+% of its characters are undecodable or control characters, and no other encoding reads it as Chinese text/,
    );
    const e = refused(randomBytes(1000, 7, (b) => b | 0x80));
    expect(e.toString()).toMatch(
      /^r\.txt: FILE_NOT_TEXT: the file does not read as a text report: read as gb18030, \d+% of its characters are undecodable or control characters, and no other encoding reads it as Chinese text\. If it is text in an encoding yoy does not try on its own, set "encoding" in its entry of manifest\.json/,
    );
  });

  it('mojibake: UTF-8 read as cp1252 (or Latin-1) and saved again', () => {
    for (const enc of ['windows-1252', 'latin1']) {
      const moji = new TextDecoder(enc).decode(Buffer.from(seed));
      const e = refused(Buffer.from(moji));
      expect(e.code).toBe('FILE_MOJIBAKE');
      expect(e.message).toMatch(/UTF-8 that was read as cp1252 or Latin-1 and saved again \(".{6}" is "日在"\)/);
      expect(e.message).toContain('iconv -f UTF-8 -t CP1252');
    }
    // as iconv-lite writes it: bytes cp1252 has no character for are lost as U+FFFD
    expect(refused(Buffer.from(iconv.decode(Buffer.from(seed2016), 'win1252'))).code).toBe('FILE_MOJIBAKE');
    // "æ–°å¢ž" of the issue
    expect(refused(Buffer.from(iconv.decode(Buffer.from(`${seed2016}新增就业`), 'win1252'))).code).toBe(
      'FILE_MOJIBAKE',
    );
  });

  it('a declared encoding that gives mojibake names the encoding that reads the file', () => {
    const e = refused(Buffer.from(seed), 'gbk');
    expect(e.code).toBe('FILE_MOJIBAKE');
    expect(e.message).toMatch(
      /^read as gbk \(the manifest's "encoding"\), .*; it reads as Chinese text in utf-8: set "encoding": "utf-8" in its entry of manifest\.json \(or remove "encoding"\)$/,
    );
    expect(refused(iconv.encode(seed, 'gbk'), 'big5').message).toMatch(/set "encoding": "gb18030"/);
    expect(refused(iconv.encode(seed, 'gbk'), 'utf-8').message).toMatch(
      /^the file is not valid utf-8; it reads as Chinese text in gb18030/,
    );
  });

  it('Big5 without a declaration: GB18030 gives mojibake, and the message says to declare big5', () => {
    const big5 = iconv.encode(seed.replace(/[区届为经济发展]/g, ''), 'big5');
    const e = refused(big5);
    expect(e.code).toBe('FILE_MOJIBAKE');
    expect(e.message).toMatch(/^read as gb18030, .*; it reads as Chinese text in big5: set "encoding": "big5"/);
  });

  it('a text with stray NUL bytes: the encoding it reads in, and to remove them', () => {
    // a NUL after three of its lines, as a damaged copy has
    let k = 0;
    const e = refused(Buffer.from(seed.replace(/\n/g, (nl) => (++k % 20 === 0 && k <= 60 ? '\n\0' : nl))));
    expect(e.code).toBe('FILE_NOT_TEXT');
    expect(e.message).toMatch(
      /^the file reads as Chinese text in utf-8, but holds NUL bytes, which a text report has not: remove them \(for example: tr -d/,
    );
  });

  it('files of a binary format stay binary, and say which', () => {
    const png = refused(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    expect(png.code).toBe('FILE_BINARY');
    expect(png.message).toBe('the file is binary (a PNG image), not a text report');
    const zip = Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), randomBytes(2000, 3)]);
    expect(refused(zip).message).toBe('the file is binary (a gzip archive), not a text report');
  });
});

describe('through the real CLI', () => {
  const withReport = (bytes: Buffer) => {
    const dir = shangchengInput();
    fs.writeFileSync(path.join(dir, 'shangcheng-2015.txt'), bytes);
    return dir;
  };

  it('20 KB of random bytes: exit 1, FILE_NOT_TEXT naming the file', () => {
    const dir = withReport(randomBytes(20_000, 7));
    const r = cli(['--input', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /shangcheng-2015\.txt: FILE_NOT_TEXT: the file does not read as a text report: it has NUL bytes, which text has only in UTF-16/,
    );
  });

  it('a report in UTF-16 without a BOM is read, with the figures of its UTF-8 text', () => {
    const runs = [Buffer.from(seed), iconv.encode(seed, 'utf-16le'), iconv.encode(seed, 'utf-16be')].map((b) => {
      const out = path.join(tmpdir('yoy-out-'), 'release');
      const r = cli(['--input', withReport(b), '--output', out]);
      expect(r.status, r.stderr).toBe(0);
      return JSON.parse(fs.readFileSync(path.join(out, 'bundle.json'), 'utf8')) as {
        reports: Array<{ id: string; encoding: string }>;
        observations: Array<{ report_id: string; text: string; start: number }>;
      };
    });
    expect(runs.map((b) => b.reports.find((r) => r.id === 'shangcheng-2015')!.encoding)).toEqual([
      'utf-8',
      'utf-16le',
      'utf-16be',
    ]);
    expect(runs[0].observations.length).toBeGreaterThan(20);
    expect(runs[1].observations).toEqual(runs[0].observations);
    expect(runs[2].observations).toEqual(runs[0].observations);
  });
});
