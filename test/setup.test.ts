// Set-up without noise, read from the real package.json, package-lock.json and .npmrc
// (and npm itself where it can say): package.json's engines tell the truth and npm
// enforces them; no package asks for a newer node than the project says it runs on
// (no EBADENGINE on Node 20 or 22); every install script is approved in
// allowScripts (no "not yet covered by allowScripts" warning), esbuild's among them.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import semver from 'semver';
import { ROOT } from './helpers.js';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
const entries = Object.entries(lock.packages as Record<string, Record<string, unknown>>).filter(([k]) => k);

describe('set-up', () => {
  // the first release of each line of node that engines admits (htmlparser2 and entities
  // need 20.19, vite 22.12), and the next line
  const admitted = ['20.19.0', '22.12.0', '24.0.0'];

  it("engines names the node the dependencies need, and the project's .npmrc makes npm refuse an older one", () => {
    for (const node of admitted) expect(semver.satisfies(node, pkg.engines.node), node).toBe(true);
    for (const node of ['20.12.0', '20.18.3', '22.11.0'])
      expect(semver.satisfies(node, pkg.engines.node), node).toBe(false);
    const npmrc = fs.readFileSync(path.join(ROOT, '.npmrc'), 'utf8');
    expect(npmrc).toMatch(/^engine-strict=true$/m);
    // the lock file records the same range for the project itself
    expect(lock.packages[''].engines.node).toBe(pkg.engines.node);
  });

  it('no package in the lock file asks for a node that engines admits and it does not (no EBADENGINE on 20 or 22)', () => {
    // optional packages are built for one platform (@rolldown/binding-wasm32-wasi) and are left out where they do not fit
    const refusing = entries
      .filter(([, v]) => !v.optional && typeof (v.engines as { node?: string } | undefined)?.node === 'string')
      .flatMap(([k, v]) => {
        const range = (v.engines as { node: string }).node;
        return admitted
          .filter((node) => !semver.satisfies(node, range))
          .map((node) => `${k}@${v.version} wants node ${range}, not ${node}`);
      });
    expect(refusing).toEqual([]);
  });

  it("docx's nanoid is held to one that runs on Node 20, and docx still writes a document", async () => {
    const nanoid = lock.packages['node_modules/docx/node_modules/nanoid'] ?? lock.packages['node_modules/nanoid'];
    expect(semver.major(nanoid.version)).toBe(5);
    const { Document, Packer, Paragraph } = await import('docx');
    const doc = new Document({ sections: [{ children: [new Paragraph('一、二〇一五年工作回顾')] }] });
    const bytes = await Packer.toBuffer(doc);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  });

  it('every package with an install script is approved in allowScripts', () => {
    const withScripts = entries.filter(([, v]) => v.hasInstallScript).map(([k]) => k.replace(/^.*node_modules\//, ''));
    expect(withScripts).toContain('esbuild');
    const approved = (name: string) =>
      Object.entries(pkg.allowScripts ?? {}).some(
        ([key, ok]) => ok === true && (key === name || key.startsWith(`${name}@`)),
      );
    expect(withScripts.filter((n) => !approved(n))).toEqual([]);
  });

  const npmKnows = spawnSync('npm', ['help', 'install-scripts'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!npmKnows)('npm itself finds no install script that allowScripts leaves uncovered', () => {
    const r = spawnSync('npm', ['install-scripts', 'ls', '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ allowScripts: [] });
  });

  it("esbuild, whose install script is approved, builds (the project's build runs on it)", async () => {
    const esbuild = await import('esbuild');
    const out = await esbuild.transform('const x: number = 1', { loader: 'ts' });
    expect(out.code.trim()).toBe('const x = 1;');
  });
});
