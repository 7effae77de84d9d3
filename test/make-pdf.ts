// PDFs of report texts for the tests: pdfkit with a CJK font of the system, each
// paragraph indented and justified, a page number at the foot of every page.
import fs from 'node:fs';
import PDFDocument from 'pdfkit';

/** A CJK font of the system for pdfkit: Noto Sans CJK (Debian's fonts-noto-cjk, which .ci/run installs), or YOY_CJK_FONT. */
const FONT_CANDIDATES = [
  process.env.YOY_CJK_FONT,
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
].filter((f): f is string => Boolean(f));
export const FONT = FONT_CANDIDATES.find((f) => fs.existsSync(f));
/** In a collection (.ttc) pdfkit needs the face's PostScript name: the simplified Chinese one. */
const FACE =
  FONT && /\.ttc$/i.test(FONT) ? (/Serif/.test(FONT) ? 'NotoSerifCJKsc-Regular' : 'NotoSansCJKsc-Regular') : undefined;
if (!FONT)
  console.warn(
    `make-pdf: no CJK font found (${FONT_CANDIDATES.join(', ')}); the PDF tests are skipped. Install fonts-noto-cjk or set YOY_CJK_FONT.`,
  );

/** A PDF of a report: each paragraph indented and justified, a page number at the foot of every page. */
export async function makePdf(text: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 72,
    bufferPages: true,
    info: { CreationDate: new Date(0), Title: 'report' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', resolve));
  (FACE ? doc.font(FONT!, FACE) : doc.font(FONT!)).fontSize(11);
  for (const para of text.split('\n'))
    if (para.trim()) doc.text(para.trim(), { indent: 22, paragraphGap: 4, align: 'justify' });
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // written inside the bottom margin: pdfkit would otherwise start a new page for it
    doc.page.margins.bottom = 0;
    doc.text(`- ${i + 1} -`, 0, doc.page.height - 40, { align: 'center', width: doc.page.width, lineBreak: false });
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
