// Reading a PDF (pdfjs-dist) or a Word file (mammoth) is asynchronous; reading a
// report is not (read.ts runs inside a unit, in this thread or in a pool worker).
// The bridge runs those libraries in a worker thread of its own and waits for the
// answer with Atomics.wait, so the rest of the pipeline stays as it is. A document
// can be asked for ahead (readAhead): the worker reads it on the other core while
// this thread extracts the documents before it, and the answer waits here. The worker
// is plain JavaScript given as a string (no file is written, nothing is compiled),
// starts on the first document, is kept for the next ones, and does not keep the
// process alive. It loads the libraries from node_modules by absolute path, so it
// works the same under tsx, from the esbuild bundle and in a pool worker.
import { Worker, MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { createRequire } from 'node:module';
import crypto from 'node:crypto';
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

/** The worker: it imports the libraries once, then answers its requests one at a time, in the order they came. */
const WORKER = String.raw`
const { workerData, parentPort } = require('node:worker_threads');
// the libraries' own warnings (missing fonts and the like) would land on the CLI's output
for (const k of ['log', 'info', 'warn', 'error', 'debug']) console[k] = () => {};
const { port, signal, pdfjsUrl, pdfjsWorkerUrl, mammothUrl, cMapUrl, standardFontDataUrl } = workerData;
let pdfjs, mammoth;
// pdf.js's legacy build (the one for Node) brings core-js, which replaces Array.prototype.push
// with a JavaScript loop for a corner of the spec (array-likes longer than 2^32) that V8 answers
// another way; pdf.js compiles every embedded font byte by byte with push, so the loop cost a
// quarter of this thread's time. Both modules are loaded first (pdf.js finds its worker module
// on globalThis and runs it in this thread), then V8's own push is put back: it is the only
// built-in the build replaces, and nothing here pushes onto such array-likes.
async function loadPdfjs() {
  const push = Array.prototype.push;
  const lib = await import(pdfjsUrl);
  globalThis.pdfjsWorker ??= await import(pdfjsWorkerUrl);
  Array.prototype.push = push;
  return lib;
}
async function pdf(bytes) {
  pdfjs ??= await loadPdfjs();
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
async function answer(req) {
  let reply;
  try {
    reply = req.kind === 'pdf' ? await pdf(req.bytes) : await docx(req.bytes);
  } catch (e) {
    reply = { ok: false, name: (e && e.name) || 'Error', message: (e && e.message) || String(e) };
  }
  port.postMessage({ id: req.id, reply });
  heapLog('after ' + req.kind + ' ' + req.bytes.length);
  // a count of answers: the waiting thread sleeps while it stays the same
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}
// memory, for measuring: as core/heap-log.ts does in the other threads, with YOY_HEAP_LOG set
const heapLogFile = process.env.YOY_HEAP_LOG;
function heapLog(at) {
  if (!heapLogFile) return;
  const v8 = require('node:v8');
  const h = v8.getHeapStatistics();
  const mb = (n) => Math.round(n / 2 ** 20);
  const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name.replace(/_space$/, ''), mb(s.space_size)]));
  const rss = /VmRSS:\s+(\d+)/.exec(require('node:fs').readFileSync('/proc/self/status', 'utf8'));
  require('node:fs').appendFileSync(heapLogFile, JSON.stringify({ at_ms: Date.now(), thread: 'bridge', at,
    used_mb: mb(h.used_heap_size), heap_mb: mb(h.total_heap_size), external_mb: mb(h.external_memory),
    rss_mb: rss ? Math.round(rss[1] / 1024) : 0, spaces }) + '\n');
}
if (heapLogFile) setInterval(() => heapLog('tick'), 200).unref();
// one document at a time, so memory holds one and the answers come in order
let queue = Promise.resolve();
parentPort.on('message', (req) => {
  queue = queue.then(() => answer(req));
});
`;

let bridge: { worker: Worker; port: MessagePort; signal: Int32Array } | undefined;

/** Requests sent and not yet taken, by the hash of their bytes, in the order sent; and answers arrived for them. */
let sent: Array<{ id: number; key: string; bytes: number }> = [];
const answers = new Map<number, BridgeReply>();
let nextId = 0;
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
      pdfjsWorkerUrl: pathToFileURL(path.join(pdfjsDir, 'legacy', 'build', 'pdf.worker.mjs')).href,
      mammothUrl: pathToFileURL(require.resolve('mammoth')).href,
      // pdfjs reads these from the file system in Node: paths, with the final separator
      cMapUrl: path.join(pdfjsDir, 'cmaps') + path.sep,
      standardFontDataUrl: path.join(pdfjsDir, 'standard_fonts') + path.sep,
    },
    transferList: [port2],
    // pdf.js's objects of one document mostly live until the document is done: a larger young
    // generation only holds more of them twice (30 PDFs of the benchmark, one at a time: its heap
    // at most 110 MB with 16 MB, 130 MB with V8's default of 32 MB, the same CPU time)
    resourceLimits: { maxYoungGenerationSizeMb: 16 },
    // the worker's console is silenced; nothing of it reaches the CLI's output
    stdout: true,
    stderr: true,
  });
  worker.unref();
  port1.unref();
  const gone = () => {
    bridge = undefined;
    sent = [];
    answers.clear();
  };
  worker.on('error', gone);
  worker.on('exit', gone);
  bridge = { worker, port: port1, signal };
  return bridge;
}

/** How long one document may take before it is given up. */
const TIMEOUT_MS = 300_000;

const keyOf = (bytes: Uint8Array) => crypto.createHash('sha1').update(bytes).digest('hex');

function send(b: NonNullable<typeof bridge>, req: BridgeRequest, key: string): number {
  const id = nextId++;
  // a copy: the caller's buffer stays its own
  const bytes = new Uint8Array(req.bytes);
  sent.push({ id, key, bytes: bytes.length });
  b.worker.postMessage({ id, kind: req.kind, bytes }, [bytes.buffer]);
  return id;
}

/** The bytes of documents asked for ahead and not yet taken: the caller keeps this bounded. */
export function aheadBytes(): number {
  return sent.reduce((a, s) => a + s.bytes, 0);
}

/** Ask for a document ahead of its turn; runSync takes the answer when the same bytes come. */
export function readAhead(req: BridgeRequest): void {
  send(bridge ?? start(), req, keyOf(req.bytes));
}

/** Run one request in the worker (or take the one asked for ahead) and wait for its reply, blocking this thread. */
export function runSync(req: BridgeRequest): BridgeReply {
  const b = bridge ?? start();
  const key = keyOf(req.bytes);
  const at = sent.findIndex((s) => s.key === key);
  // what was asked for before it and not taken will not be (its unit came from the cache, or failed)
  const dropped = at < 0 ? sent : sent.slice(0, at);
  for (const s of dropped) answers.delete(s.id);
  sent = at < 0 ? [] : sent.slice(at);
  const id = at < 0 ? send(b, req, key) : sent[0].id;
  let deadline = performance.now() + TIMEOUT_MS;
  for (;;) {
    const seen = Atomics.load(b.signal, 0);
    for (let got = receiveMessageOnPort(b.port); got; got = receiveMessageOnPort(b.port)) {
      const m = got.message as { id: number; reply: BridgeReply };
      if (sent.some((s) => s.id === m.id)) answers.set(m.id, m.reply);
      // an answer is progress: the worker is alive, the next document gets its full time
      deadline = performance.now() + TIMEOUT_MS;
    }
    const reply = answers.get(id);
    if (reply) {
      answers.delete(id);
      sent.shift();
      return reply;
    }
    const left = deadline - performance.now();
    if (left <= 0) break;
    Atomics.wait(b.signal, 0, seen, left);
  }
  // a worker that hung (or died: its exit cannot be heard while this thread waits) is not used again
  void b.worker.terminate();
  bridge = undefined;
  sent = [];
  answers.clear();
  return { ok: false, name: 'Timeout', message: `no answer in ${TIMEOUT_MS / 1000} s` };
}

/**
 * No more documents will come (the run's units are done): the thread and its heap (100 MB
 * or more once it has read a few PDFs) go, before the release and its views are written.
 * A document asked for after this starts the thread again.
 */
export function closeBridge(): void {
  if (!bridge) return;
  void bridge.worker.terminate();
  bridge = undefined;
  sent = [];
  answers.clear();
}
