// Reading a PDF (pdfjs-dist) or a Word file (mammoth) is asynchronous; reading a
// report is not (read.ts runs inside a unit, in this thread or in a pool worker).
// The bridge runs those libraries in a worker thread of its own and waits for the
// answer with Atomics.wait, so the rest of the pipeline stays as it is. The worker
// is plain JavaScript given as a string (no file is written, nothing is compiled),
// starts on the first document, is kept for the next ones, and does not keep the
// process alive. It loads the libraries from node_modules by absolute path, so it
// works the same under tsx, from the esbuild bundle and in a pool worker.
import { Worker, MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** What the worker reads from a PDF: per page, its size and its text items in content order. */
export interface RawItem {
  str: string;
  /** left and baseline, in PDF units from the page's bottom left */
  x: number;
  y: number;
  /** advance width and font size (the height of the text's box) */
  w: number;
  h: number;
  /** pdfjs marks the end of a line it saw in the content */
  eol: boolean;
}
export interface RawPage {
  width: number;
  height: number;
  items: RawItem[];
}

export type BridgeRequest = { kind: 'pdf'; bytes: Uint8Array } | { kind: 'docx'; bytes: Uint8Array };
export type BridgeReply =
  | { ok: true; kind: 'pdf'; pages: RawPage[] }
  | { ok: true; kind: 'docx'; text: string; messages: string[] }
  | { ok: false; name: string; message: string };

const require = createRequire(import.meta.url);

/** The worker: it imports the libraries once, then answers one request at a time. */
const WORKER = String.raw`
const { workerData, parentPort } = require('node:worker_threads');
// the libraries' own warnings (missing fonts and the like) would land on the CLI's output
for (const k of ['log', 'info', 'warn', 'error', 'debug']) console[k] = () => {};
const { port, signal, pdfjsUrl, mammothUrl, cMapUrl, standardFontDataUrl } = workerData;
let pdfjs, mammoth;
async function pdf(bytes) {
  pdfjs ??= await import(pdfjsUrl);
  const task = pdfjs.getDocument({
    data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0,
    cMapUrl, cMapPacked: true, standardFontDataUrl, stopAtErrors: false,
  });
  const doc = await task.promise;
  try {
    const pages = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const [, , width, height] = page.view;
      const content = await page.getTextContent();
      const items = [];
      for (const it of content.items) {
        if (typeof it.str !== 'string') continue;
        const t = it.transform;
        // the font size from the text matrix (its vertical scale), or the item's height
        const h = Math.hypot(t[2], t[3]) || it.height || 0;
        items.push({ str: it.str, x: t[4], y: t[5], w: it.width, h, eol: Boolean(it.hasEOL) });
      }
      pages.push({ width, height, items });
      page.cleanup();
    }
    return { ok: true, kind: 'pdf', pages };
  } finally {
    await doc.destroy();
  }
}
async function docx(bytes) {
  mammoth ??= (await import(mammothUrl)).default;
  const r = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return { ok: true, kind: 'docx', text: r.value, messages: r.messages.map((m) => m.message) };
}
parentPort.on('message', async (req) => {
  let reply;
  try {
    reply = req.kind === 'pdf' ? await pdf(req.bytes) : await docx(req.bytes);
  } catch (e) {
    reply = { ok: false, name: (e && e.name) || 'Error', message: (e && e.message) || String(e) };
  }
  port.postMessage(reply);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
`;

let bridge: { worker: Worker; port: MessagePort; signal: Int32Array } | undefined;

function start() {
  const pdfjsDir = path.dirname(require.resolve('pdfjs-dist/package.json'));
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: {
      port: port2,
      signal,
      pdfjsUrl: pathToFileURL(path.join(pdfjsDir, 'legacy', 'build', 'pdf.mjs')).href,
      mammothUrl: pathToFileURL(require.resolve('mammoth')).href,
      // pdfjs reads these from the file system in Node: paths, with the final separator
      cMapUrl: path.join(pdfjsDir, 'cmaps') + path.sep,
      standardFontDataUrl: path.join(pdfjsDir, 'standard_fonts') + path.sep,
    },
    transferList: [port2],
    // the worker's console is silenced; nothing of it reaches the CLI's output
    stdout: true,
    stderr: true,
  });
  worker.unref();
  port1.unref();
  worker.on('error', () => {
    bridge = undefined;
  });
  worker.on('exit', () => {
    bridge = undefined;
  });
  bridge = { worker, port: port1, signal };
  return bridge;
}

/** How long one document may take before it is given up. */
const TIMEOUT_MS = 300_000;

/** Run one request in the worker and wait for its reply, blocking this thread. */
export function runSync(req: BridgeRequest): BridgeReply {
  const b = bridge ?? start();
  Atomics.store(b.signal, 0, 0);
  // a copy: the caller's buffer stays its own
  const bytes = new Uint8Array(req.bytes);
  b.worker.postMessage({ kind: req.kind, bytes }, [bytes.buffer]);
  const waited = Atomics.wait(b.signal, 0, 0, TIMEOUT_MS);
  const got = receiveMessageOnPort(b.port);
  if (!got) {
    // a worker that died or hung is not used again
    void b.worker.terminate();
    bridge = undefined;
    return {
      ok: false,
      name: waited === 'timed-out' ? 'Timeout' : 'WorkerError',
      message: waited === 'timed-out' ? `no answer in ${TIMEOUT_MS / 1000} s` : 'the reader stopped without an answer',
    };
  }
  return got.message as BridgeReply;
}
