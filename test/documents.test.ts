// PDF and Word reports: made here from a corpus text with pdfkit (and a CJK font
// of the system) and docx, read through pdfjs-dist and mammoth, and compared with
// the same text read as .txt: the same observations (values, units, periods,
// kinds). Then every bad input of issue 16, read as the runner's task reads it
// (in-process), and the documents through the real CLI, in one thread and in workers.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, it, expect, beforeAll } from 'vitest';
import PDFDocument from 'pdfkit';
import { FONT, makePdf } from './make-pdf.js';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import iconv from 'iconv-lite';
import { cli, extract, seed, seed2016, tmpdir } from './helpers.js';
import { loadInput } from '../pipeline/load/index.js';
import { runTask } from '../pipeline/run/task.js';
import { compileDictionary } from '../pipeline/extract/dictionary.js';
import { YoyError } from '../pipeline/core/errors.js';
import { decodeReport, documentKind, readDocumentAhead, type SourceRef } from '../pipeline/load/read.js';
import { layoutPages, pageAt } from '../pipeline/load/pdf.js';
import { aheadBytes, closeBridge, type RawItem } from '../pipeline/load/bridge.js';
import { ReadAhead } from '../pipeline/run/read-ahead.js';
import type { Unit } from '../pipeline/run/unit.js';
import type { Observation } from '../pipeline/core/model.js';

// ---------------------------------------------------------------- making documents

/** A Word file of a report: one paragraph per line. */
function makeDocx(text: string): Promise<Buffer> {
  const paragraphs = text
    .split('\n')
    .filter((p) => p.trim())
    .map((p) => new Paragraph({ children: [new TextRun(p.trim())] }));
  return Packer.toBuffer(new Document({ creator: 'yoy test', sections: [{ children: paragraphs }] }));
}

/** A grey PNG of noise: the page image of a scan. */
function png(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const rows = Buffer.alloc((width + 1) * height);
  let x = 1;
  for (let i = 0; i < rows.length; i++) {
    if (i % (width + 1) === 0) continue; // filter byte 0
    x = (x * 1103515245 + 12345) >>> 0;
    rows[i] = 200 + ((x >>> 16) % 56);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A scanned report: pages that are images, with no text layer. */
async function makeScan(pages: number): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', resolve));
  const image = png(120, 170);
  for (let i = 0; i < pages; i++) {
    doc.addPage();
    doc.image(image, 0, 0, { width: doc.page.width, height: doc.page.height });
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

// ---------------------------------------------------------------- reading

const ref = (file: string, bytes: Buffer): SourceRef => ({
  kind: 'file',
  file,
  display: file,
  html: false,
  maxBytes: 1e9,
  stat: '',
  size: bytes.length,
});
/** What must be the same whichever file the text came from. */
const key = (o: Observation) =>
  [
    o.indicator,
    o.kind,
    o.period,
    o.period_source,
    o.measure,
    o.value,
    o.value_low,
    o.value_high,
    o.unit,
    o.qualifier,
    o.estimated,
    o.value_base,
    o.unit_base,
  ].join('|');

let pdf2015: Buffer;
let pdf2016: Buffer;
let docx2015: Buffer;
let docx2016: Buffer;
let scan: Buffer;

beforeAll(async () => {
  docx2015 = await makeDocx(seed);
  docx2016 = await makeDocx(seed2016);
  if (FONT) {
    pdf2015 = await makePdf(seed);
    pdf2016 = await makePdf(seed2016);
  }
  scan = await makeScan(3);
}, 60_000);

describe.skipIf(!FONT)('PDF: the same observations as the .txt', () => {
  for (const [name, year, text, get] of [
    ['shangcheng-2016 (excerpt, two pages)', 2016, seed2016, () => pdf2016],
    ['shangcheng-2015 (the whole report)', 2015, seed, () => pdf2015],
  ] as const) {
    it(name, () => {
      const bytes = get();
      expect(documentKind('r.pdf', bytes)).toBe('pdf');
      const rep = decodeReport(ref('r.pdf', bytes), bytes);
      expect(rep.encoding).toBe('pdf');
      expect(rep.derivedText).toBe(true);
      const fromPdf = extract(rep.source, year);
      const fromTxt = extract(text, year);
      expect(fromPdf.length).toBeGreaterThan(10);
      expect(fromPdf.map(key)).toEqual(fromTxt.map(key));
      for (const o of fromPdf) expect(rep.source.slice(o.start, o.end)).toBe(o.text);
      // no page number came into the text
      expect(rep.source).not.toMatch(/- \d+ -/);
    });
  }

  it('keeps where each page begins', () => {
    const rep = decodeReport(ref('r.pdf', pdf2015), pdf2015);
    const starts = rep.pageStarts!;
    expect(starts.length).toBeGreaterThan(3);
    expect(starts[0]).toBe(0);
    for (let i = 1; i < starts.length; i++) expect(starts[i]).toBeGreaterThan(starts[i - 1]);
    // a paragraph that runs on to the next page is one paragraph: the page begins inside it
    const inside = starts.slice(1).filter((s) => rep.source[s - 1] !== '\n');
    expect(inside.length).toBeGreaterThan(0);
    expect(pageAt(starts, 0)).toBe(1);
    expect(pageAt(starts, starts[2])).toBe(3);
    expect(pageAt(starts, rep.source.length - 1)).toBe(starts.length);
    // the report's GDP of 2014 is on the first page
    const gdp = extract(rep.source, 2015).find((o) => o.indicator === 'gdp' && o.measure === 'level')!;
    expect(pageAt(starts, gdp.start)).toBe(1);
  });
});

describe('DOCX: the same observations as the .txt', () => {
  for (const [name, year, text, get] of [
    ['shangcheng-2016', 2016, seed2016, () => docx2016],
    ['shangcheng-2015', 2015, seed, () => docx2015],
  ] as const) {
    it(name, () => {
      const bytes = get();
      expect(documentKind('r.docx', bytes)).toBe('docx');
      const rep = decodeReport(ref('r.docx', bytes), bytes);
      expect(rep.encoding).toBe('docx');
      expect(rep.derivedText).toBe(true);
      const fromDocx = extract(rep.source, year);
      expect(fromDocx.map(key)).toEqual(extract(text, year).map(key));
      for (const o of fromDocx) expect(rep.source.slice(o.start, o.end)).toBe(o.text);
    });
  }
});

describe.skipIf(!FONT)('documents read ahead of their turn', () => {
  it('an answer asked for ahead is the one read in turn; one passed over is read again when it comes', () => {
    const dir = tmpdir();
    const file = (name: string, bytes: Buffer) => {
      fs.writeFileSync(path.join(dir, name), bytes);
      return { ...ref(name, bytes), file: path.join(dir, name) };
    };
    const a = file('a.pdf', pdf2016);
    const b = file('b.docx', docx2016);
    const plainA = decodeReport(a, pdf2016).source;
    const plainB = decodeReport(b, docx2016).source;
    // a text file is not a document to take apart
    expect(readDocumentAhead(file('c.txt', Buffer.from(seed2016)))).toBe(0);
    expect(readDocumentAhead(a)).toBe(pdf2016.length);
    expect(readDocumentAhead(b)).toBe(docx2016.length);
    expect(aheadBytes()).toBe(pdf2016.length + docx2016.length);
    // b's turn comes first: a's answer is dropped, b's is the one asked for ahead
    expect(decodeReport(b, docx2016).source).toBe(plainB);
    expect(aheadBytes()).toBe(0);
    expect(decodeReport(a, pdf2016).source).toBe(plainA);
  });

  it("asks for the unit's own documents before those of the units after it", () => {
    const dir = tmpdir();
    const a = { ...ref('a.pdf', pdf2016), file: path.join(dir, 'a.pdf') };
    const b = { ...ref('b.docx', docx2016), file: path.join(dir, 'b.docx') };
    fs.writeFileSync(a.file, pdf2016);
    fs.writeFileSync(b.file, docx2016);
    const plainA = decodeReport(a, pdf2016).source;
    const units = [{ tasks: [{ ref: a }] }, { tasks: [{ ref: b }] }] as unknown as Unit[];
    new ReadAhead(units).fill(0);
    // the first unit's PDF is among the answers asked for: its turn takes it, and the next one's stays in hand
    expect(aheadBytes()).toBe(pdf2016.length + docx2016.length);
    expect(decodeReport(a, pdf2016).source).toBe(plainA);
    expect(aheadBytes()).toBe(docx2016.length);
    closeBridge();
  });

  it('closed once the units are done, the reader lets go of what it was asked for; a later document starts it again', () => {
    const dir = tmpdir();
    const a = { ...ref('a.pdf', pdf2016), file: path.join(dir, 'a.pdf') };
    fs.writeFileSync(a.file, pdf2016);
    const plain = decodeReport(a, pdf2016).source;
    expect(readDocumentAhead(a)).toBe(pdf2016.length);
    closeBridge();
    expect(aheadBytes()).toBe(0);
    // read in turn all the same, by a thread started for it
    expect(decodeReport(a, pdf2016).source).toBe(plain);
    closeBridge();
    closeBridge();
    expect(decodeReport(a, pdf2016).source).toBe(plain);
  });
});

describe('PDF layout (pure)', () => {
  const item = (str: string, x: number, y: number, w = str.length * 10, h = 10): RawItem => ({
    str,
    x,
    y,
    w,
    h,
    eol: false,
  });
  const page = (items: RawItem[]) => ({ width: 600, height: 800, items });
  // left margin 50, right margin 550 (50 characters of 10)
  const full = (s: string) => s.padEnd(50, '字');

  it('joins printed lines of a paragraph; a new one starts at an indent or after a short line', () => {
    const { text } = layoutPages([
      page([
        item('一、2014年工作回顾', 70, 700),
        item(`  ${full('全区实现地区生产总值807.62').slice(2)}`, 50, 680),
        item('亿元,同比增长8.1%。', 50, 665),
        item(full('各项').slice(2), 70, 650),
        item(full('事业'), 50, 635),
        item('完成。', 50, 620),
      ]),
    ]);
    expect(text.split('\n')).toEqual([
      '一、2014年工作回顾',
      `${full('全区实现地区生产总值807.62').slice(2)}亿元,同比增长8.1%。`,
      `${full('各项').slice(2)}${full('事业')}完成。`,
      '',
    ]);
  });

  it('a line that stopped short only because its next word did not fit is not a paragraph end', () => {
    const { text } = layoutPages([
      page([
        item(full('同比增长').slice(0, 46), 50, 700),
        item('11.6%;固定资产投资', 50, 685),
        item('结束。', 70, 670),
      ]),
    ]);
    expect(text.split('\n')[0]).toBe(`${full('同比增长').slice(0, 46)}11.6%;固定资产投资`);
  });

  it('drops page numbers at the foot and head of a page, and runs a paragraph on across the page break', () => {
    const { text, pageStarts } = layoutPages([
      page([item(full('第一页'), 50, 700), item('- 1 -', 280, 40)]),
      page([item('第 2 页', 280, 780), item('接着。', 50, 700)]),
    ]);
    expect(text).toBe(`${full('第一页')}接着。\n`);
    expect(pageStarts).toEqual([0, 50]);
  });

  it('Latin words broken at a line end get their space back; figures do not', () => {
    const words = layoutPages([page([item(`${'x'.repeat(48)} y`, 50, 700, 500), item('words', 50, 685)])]).text;
    expect(words).toBe(`${'x'.repeat(48)} y words\n`);
    const figure = layoutPages([page([item('1'.repeat(50), 50, 700), item('34亿元', 50, 685)])]).text;
    expect(figure).toBe(`${'1'.repeat(50)}34亿元\n`);
  });
});

// ---------------------------------------------------------------- the real CLI

/** One input directory with these files and one report per entry. */
function inputWith(
  files: Record<string, Buffer | string>,
  reports: Array<{
    id: string;
    year: number;
    path: string;
    jurisdiction?: string;
    encoding?: string;
    excerpt?: boolean;
  }>,
): string {
  const input = tmpdir('yoy-input-');
  for (const [n, b] of Object.entries(files)) fs.writeFileSync(path.join(input, n), b);
  fs.writeFileSync(
    path.join(input, 'manifest.json'),
    JSON.stringify({
      reports: reports.map((r) => ({
        id: r.id,
        jurisdiction: r.jurisdiction ?? 'shangcheng',
        jurisdiction_name: '上城区',
        level: 'district',
        report_year: r.year,
        path: r.path,
        ...(r.encoding ? { encoding: r.encoding } : {}),
        ...(r.excerpt ? { excerpt: true } : {}),
      })),
    }),
  );
  return input;
}

/** The real CLI on such an input, with its own cache and output (helpers.cli). */
function run(files: Record<string, Buffer | string>, reports: Parameters<typeof inputWith>[1], args: string[] = []) {
  const out = path.join(tmpdir(), 'release');
  const r = cli(['--input', inputWith(files, reports), '--output', out, ...args]);
  const bundle = r.status === 0 ? JSON.parse(fs.readFileSync(path.join(out, 'bundle.json'), 'utf8')) : undefined;
  return { ...r, bundle, out };
}

/**
 * Each report of such an input read in-process as the runner's task reads it (load,
 * then runTask: read, decode, extract): its observations, or its error as the CLI
 * prints it ("file: CODE: message").
 */
function read(files: Record<string, Buffer | string>, reports: Parameters<typeof inputWith>[1]) {
  const input = loadInput(inputWith(files, reports), { maxFileBytes: 200e6 });
  const dict = compileDictionary(input.dictionary);
  return input.reports.map(({ meta, ref }, index) => {
    const r = runTask({ index, meta, ref }, dict);
    return r.ok
      ? { ...r, error: undefined }
      : {
          ...r,
          error: new YoyError(r.error.code as never, r.error.message, r.error.file, r.error.location).toString(),
        };
  });
}
const bundleKeys = (b: { observations: Observation[] }) => b.observations.map((o) => `${o.report_id}|${key(o)}`);
const TXT = [
  { id: 'shangcheng-2015', year: 2015, path: 'r2015.txt' },
  // an excerpt of the review: a work report's part with no target, said to be one
  { id: 'shangcheng-2016', year: 2016, path: 'r2016.txt', excerpt: true },
];

describe('the real CLI reads PDF and Word reports', () => {
  it.skipIf(!FONT)('a PDF and a Word file give the release the .txt files give', () => {
    const txt = run({ 'r2015.txt': seed, 'r2016.txt': seed2016 }, TXT);
    expect(txt.status, txt.stderr).toBe(0);
    const docs = run({ 'r2015.pdf': pdf2015, 'r2016.docx': docx2016 }, [
      { id: 'shangcheng-2015', year: 2015, path: 'r2015.pdf' },
      { id: 'shangcheng-2016', year: 2016, path: 'r2016.docx', excerpt: true },
    ]);
    expect(docs.status, docs.stderr).toBe(0);
    // nothing of pdf.js or mammoth reaches the output
    expect(docs.stdout).toContain('; 0 warnings;');
    expect(docs.stdout + docs.stderr).not.toMatch(/Warning|pdf\.js|DOMMatrix|canvas|mammoth/);
    expect(docs.bundle.reports.map((r: { id: string; encoding: string }) => `${r.id} ${r.encoding}`)).toEqual([
      'shangcheng-2015 pdf',
      'shangcheng-2016 docx',
    ]);
    expect(bundleKeys(docs.bundle)).toEqual(bundleKeys(txt.bundle));
    // the comparisons are the same too
    const status = (b: {
      targets_vs_actuals: Array<{
        indicator: string;
        measure: string;
        year: number;
        status: string;
        gap: number | null;
      }>;
    }) => b.targets_vs_actuals.map((t) => `${t.indicator} ${t.measure} ${t.year} ${t.status} ${t.gap}`);
    expect(status(docs.bundle)).toEqual(status(txt.bundle));
    // the text read from each document is in the release, and every span slices it
    for (const rep of docs.bundle.reports as Array<{ id: string; source_text: string; page_starts?: number[] }>) {
      expect(rep.source_text).toBe(`sources/${rep.id}.txt`);
      const text = fs.readFileSync(path.join(docs.out, rep.source_text), 'utf8');
      for (const o of (docs.bundle.observations as Observation[]).filter((x) => x.report_id === rep.id))
        expect(text.slice(o.start, o.end)).toBe(o.text);
    }
    expect(docs.bundle.reports[0].page_starts.length).toBeGreaterThan(1);
    expect(docs.bundle.reports[1].page_starts).toBeUndefined();
  });
});

describe("the PDF reader's memory", () => {
  it.skipIf(!FONT)(
    "its young generation is its own, not the main thread's semi-spaces (node's options, cli/node-options.ts)",
    () => {
      const log = path.join(tmpdir(), 'heap.jsonl');
      const files = { 'a.pdf': pdf2015, 'b.pdf': pdf2016, 'c.pdf': pdf2015, 'd.pdf': pdf2016 };
      const reports = [
        { id: 'a-2015', year: 2015, path: 'a.pdf', jurisdiction: 'a' },
        { id: 'b-2016', year: 2016, path: 'b.pdf', jurisdiction: 'b' },
        { id: 'c-2015', year: 2015, path: 'c.pdf', jurisdiction: 'c' },
        { id: 'd-2016', year: 2016, path: 'd.pdf', jurisdiction: 'd' },
      ];
      const r = cli(['--input', inputWith(files, reports), '--no-cache', '--json'], {
        env: { YOY_HEAP_LOG: log },
      });
      expect(r.status, r.stderr).toBe(0);
      const lines = fs
        .readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { thread: string; at: string; spaces: Record<string, number> });
      const after = lines.filter((l) => l.thread === 'bridge' && l.at.startsWith('after pdf'));
      expect(after.length).toBeGreaterThanOrEqual(4);
      // its resourceLimits (load/bridge.ts): 16 MB; with the command line's flag in force it grew to 64 MB
      for (const l of after) expect(l.spaces.new).toBeLessThanOrEqual(16);
      expect(lines.some((l) => l.thread === 'main' && l.at === 'process done')).toBe(true);
    },
  );
});

describe('the real CLI reads documents in pool workers too', () => {
  it.skipIf(!FONT)('--jobs 2: each jurisdiction in a worker of its own, the same release as one thread', () => {
    const files = { 'a.pdf': pdf2016, 'b.docx': docx2016 };
    const reports = [
      { id: 'a-2016', year: 2016, path: 'a.pdf', jurisdiction: 'a' },
      { id: 'b-2016', year: 2016, path: 'b.docx', jurisdiction: 'b' },
    ];
    const one = run(files, reports);
    const two = run(files, reports, ['--jobs', '2']);
    expect(two.status, two.stderr).toBe(0);
    expect(two.stderr).toContain('2 worker threads');
    expect(bundleKeys(two.bundle)).toEqual(bundleKeys(one.bundle));
    expect(two.bundle.observations.length).toBe(28);
  });
});

describe('bad input: each fails clearly, naming the file and what to do', () => {
  /** The one report's error, read in-process. */
  const failure = (files: Record<string, Buffer | string>, report: Parameters<typeof inputWith>[1][number]) => {
    const [r] = read(files, [report]);
    expect(r.ok).toBe(false);
    return r.error!;
  };

  it('a Word 97–2003 .doc file', () => {
    // the compound-file signature every .doc begins with, and some of its sectors
    const doc = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096, 0)]);
    expect(failure({ 'r.doc': doc }, { id: 'x-2016', year: 2016, path: 'r.doc' })).toMatch(
      /r\.doc: FILE_UNSUPPORTED: a Word 97–2003 document \(\.doc\) cannot be read: open it in Word, WPS Office or LibreOffice and save it as \.docx/,
    );
  });

  it('a scanned PDF without a text layer, through the real CLI: exit 1', () => {
    const r = run({ 'scan.pdf': scan }, [{ id: 'x-2016', year: 2016, path: 'scan.pdf' }]);
    expect(r.stderr).not.toContain('internal error');
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(
      /scan\.pdf: PDF_NO_TEXT: the PDF has no text layer \(3 pages, 0 characters of text\): it is probably a scan\. Run OCR on it \(for example: ocrmypdf/,
    );
  });

  it('a damaged PDF and a damaged Word file', () => {
    expect(
      failure({ 'r.pdf': Buffer.from('%PDF-1.7\nnot really\n') }, { id: 'x-2016', year: 2016, path: 'r.pdf' }),
    ).toMatch(/r\.pdf: PDF_UNREADABLE: the PDF cannot be read/);
    expect(
      failure(
        { 'r.docx': Buffer.from('PK\x03\x04 word/document.xml, cut short') },
        { id: 'x-2016', year: 2016, path: 'r.docx' },
      ),
    ).toMatch(/r\.docx: DOCX_UNREADABLE: the Word file cannot be read/);
  });

  it('random bytes', () => {
    let x = 7;
    const bytes = Buffer.from(
      Buffer.alloc(3000, 0).map(() => {
        x = (x * 1103515245 + 12345) >>> 0;
        return 0x80 | (x >>> 24);
      }),
    );
    expect(failure({ 'r.txt': bytes }, { id: 'x-2016', year: 2016, path: 'r.txt' })).toMatch(
      /r\.txt: FILE_NOT_TEXT: the file does not read as a text report: read as gb18030, \d+% of its characters are undecodable or control characters/,
    );
  });

  it('mojibake: UTF-8 read as cp1252 and saved again', () => {
    const moji = iconv.decode(Buffer.from(seed2016), 'win1252');
    expect(failure({ 'r.txt': moji }, { id: 'x-2016', year: 2016, path: 'r.txt' })).toMatch(
      /r\.txt: FILE_MOJIBAKE: the text is mojibake: UTF-8 that was read as cp1252 or Latin-1 and saved again \(".+" is ".+"\)/,
    );
  });

  it('a declared encoding that gives mojibake: the message names the encoding to set', () => {
    expect(failure({ 'r.txt': seed2016 }, { id: 'x-2016', year: 2016, path: 'r.txt', encoding: 'gbk' })).toMatch(
      /r\.txt: FILE_MOJIBAKE: read as gbk \(the manifest's "encoding"\), .*set "encoding": "utf-8" in its entry of manifest\.json/,
    );
  });

  it('UTF-16 without a BOM is read correctly', () => {
    const keys = (rs: ReturnType<typeof read>) =>
      rs.flatMap((r) =>
        r.ok
          ? [
              ...r.observations.map((o) => `${o.report_id}|${key(o)}`),
              ...r.commitments.map((c) => `${c.report_id}|${c.item}|${c.value}`),
            ]
          : [r.error],
      );
    const txt = read({ 'r2015.txt': seed, 'r2016.txt': seed2016 }, TXT);
    const le = read(
      { 'r2015.txt': iconv.encode(seed, 'utf-16le'), 'r2016.txt': iconv.encode(seed2016, 'utf-16be') },
      TXT,
    );
    expect(le.map((r) => (r.ok ? r.encoding : r.error))).toEqual(['utf-16le', 'utf-16be']);
    expect(keys(le)).toEqual(keys(txt));
    expect(keys(txt).length).toBeGreaterThan(50);
  });
});
