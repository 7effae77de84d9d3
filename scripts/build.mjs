// The build, run by `npm install` (prepare) and before the tests: the CLI and the
// worker bundled into plain JavaScript in dist/, the schemas' validators compiled
// to code, and dist/build.json with the hashes that key the cache. Nothing is
// compiled at run time and nothing is written into node_modules.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const tmp = `${dist}.tmp-${process.pid}`;
fs.rmSync(tmp, { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
};
await esbuild.build({
  ...common,
  entryPoints: [
    'cli/start',
    'cli/eval',
    'cli/diff',
    'cli/bench',
    'cli/bench-extract',
    'cli/account',
    'run/worker',
    'release/views/workbook-worker',
  ].map((e) => path.join(root, 'pipeline', `${e}.ts`)),
  outbase: path.join(root, 'pipeline'),
  outdir: tmp,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: '#!/usr/bin/env node' },
});

// run two modules of the pipeline here, bundled on their own: the same code that
// loads the validators writes them, and the same code that keys the cache hashes it
const helper = async (entry) => {
  const file = path.join(tmp, `helper-${path.basename(entry, '.ts')}.mjs`);
  await esbuild.build({ ...common, entryPoints: [path.join(root, 'pipeline', entry)], outfile: file });
  const mod = await import(pathToFileURL(file).href);
  fs.rmSync(file);
  return mod;
};
const { validatorsModule, VALIDATORS_FILE } = await helper('core/schemas.ts');
fs.writeFileSync(path.join(tmp, VALIDATORS_FILE), validatorsModule());
const { sourceHash, depsHash } = await helper('run/cache/code-hash.ts');
fs.writeFileSync(
  path.join(tmp, 'build.json'),
  JSON.stringify({ code: sourceHash(root), deps: depsHash(root) }, null, 2) + '\n',
);
fs.chmodSync(path.join(tmp, 'cli', 'start.js'), 0o755);

fs.rmSync(dist, { recursive: true, force: true });
fs.renameSync(tmp, dist);
