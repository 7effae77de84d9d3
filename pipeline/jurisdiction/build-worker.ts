// The worker as one file of plain JavaScript, built by esbuild and kept beside
// node_modules under a hash of the code. A worker that had to compile TypeScript
// as it starts (tsx) takes about 400 ms to be ready; the bundle, about 60 ms.
// Each module's import.meta.url is kept as its source file's, so paths that are
// found from it (the schemas, the project root) stay the same.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../paths.js';

const ENTRY = path.join(PROJECT_ROOT, 'pipeline', 'jurisdiction', 'worker.ts');

/** A hash of every source file of the pipeline. */
export function pipelineHash(): string {
  const h = crypto.createHash('sha256');
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.ts')) h.update(path.relative(PROJECT_ROOT, p)).update(fs.readFileSync(p));
    }
  };
  walk(path.join(PROJECT_ROOT, 'pipeline'));
  return h.digest('hex');
}

/**
 * How to start a worker: the bundle with no loader, or, where the bundle cannot be
 * written (a read-only install), the TypeScript source under the parent's tsx.
 */
export async function workerEntry(): Promise<{ filename: string; execArgv?: string[] }> {
  try {
    return { filename: await workerBundle(), execArgv: [] };
  } catch {
    return { filename: pathToFileURL(ENTRY).href };
  }
}

export async function workerBundle(): Promise<string> {
  const dir = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'yoy');
  const out = path.join(dir, `worker-${pipelineHash().slice(0, 16)}.mjs`);
  if (fs.existsSync(out)) return out;
  const esbuild = await import('esbuild');
  const tmp = `${out}.${process.pid}.tmp`;
  await esbuild.build({
    entryPoints: [ENTRY],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // the libraries stay in node_modules, found from the bundle's place
    packages: 'external',
    logLevel: 'error',
    plugins: [
      {
        name: 'keep-import-meta-url',
        setup(build) {
          build.onLoad({ filter: /\.ts$/ }, (args) => ({
            contents: fs.readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
            loader: 'ts',
          }));
        },
      },
    ],
  });
  fs.renameSync(tmp, out);
  // bundles of older code are never used again
  for (const name of fs.readdirSync(dir)) if (/^worker-[0-9a-f]{16}\.mjs$/.test(name) && path.join(dir, name) !== out) fs.rmSync(path.join(dir, name), { force: true });
  return out;
}
