// Writes pipeline/load/ordinary-chars.json: the ordinary Chinese characters (GB2312's
// 6,763 and Big5's 5,401 of the first level, 8,841 in all) as one bit per code point from
// U+3400 to U+9FFF, in base64. They come from iconv-lite's GBK and Big5 tables; decoding
// those tables took about 150 ms at the start of every run (and of every worker), reading
// the bits takes under one. test/lookalikes.test.ts checks the file against the tables.
// Usage: node scripts/gen-ordinary-chars.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';

export const FROM = 0x3400;
export const TO = 0x9fff;

/** The ordinary characters decoded from the encodings' tables, as a table over the basic plane (1 for each). */
export function ordinaryFromEncodings() {
  const t = new Uint8Array(0x10000);
  const rows = (lead, trail, encoding) => {
    const bytes = [];
    for (let h = lead[0]; h <= lead[1]; h++) for (const [a, z] of trail) for (let l = a; l <= z; l++) bytes.push(h, l);
    const text = iconv.decode(Buffer.from(bytes), encoding);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= FROM && c <= TO) t[c] = 1;
    }
  };
  // GB2312's characters are rows 0xB0–0xF7 of GBK; Big5's first level is 0xA440–0xC67E
  rows([0xb0, 0xf7], [[0xa1, 0xfe]], 'gbk');
  rows(
    [0xa4, 0xc6],
    [
      [0x40, 0x7e],
      [0xa1, 0xfe],
    ],
    'big5',
  );
  return t;
}

/** The table's bits from FROM to TO, the lowest bit of each byte first, in base64. */
export function bitsOf(table) {
  const bytes = new Uint8Array(Math.ceil((TO - FROM + 1) / 8));
  for (let c = FROM; c <= TO; c++) if (table[c]) bytes[(c - FROM) >> 3] |= 1 << ((c - FROM) & 7);
  return Buffer.from(bytes).toString('base64');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const table = ordinaryFromEncodings();
  const out = {
    source: `iconv-lite ${JSON.parse(fs.readFileSync(path.join(root, 'node_modules/iconv-lite/package.json'), 'utf8')).version}: GB2312 (GBK rows 0xB0–0xF7) and Big5's first level (0xA440–0xC67E); one bit per code point from U+3400, the lowest bit of each byte first`,
    from: FROM,
    to: TO,
    bits: bitsOf(table),
  };
  fs.writeFileSync(path.join(root, 'pipeline', 'load', 'ordinary-chars.json'), JSON.stringify(out, null, 2) + '\n');
  console.log(`${table.reduce((n, x) => n + x, 0)} characters`);
}
