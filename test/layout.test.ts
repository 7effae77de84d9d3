// The codebase's one dependency rule, and the model generated from the schemas.
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { ROOT } from './helpers.js';

/** Entry points → runner → release → format → derive → correct → validate → extract → load → lexicon → core. */
const LAYERS = [
  'core',
  'lexicon',
  'load',
  'extract',
  'validate',
  'correct',
  'derive',
  'format',
  'release',
  'run',
  'cli',
];

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) =>
      d.isDirectory() ? sources(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : [],
    );
}

describe('layout', () => {
  it('every module imports only its own folder or an earlier stage (type imports too)', () => {
    const pipeline = path.join(ROOT, 'pipeline');
    const wrong: string[] = [];
    for (const file of sources(pipeline)) {
      const layer = path.relative(pipeline, file).split(path.sep)[0];
      expect(LAYERS, `${file} is in no known folder`).toContain(layer);
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const target = path.relative(pipeline, path.resolve(path.dirname(file), m[1])).split(path.sep)[0];
        if (LAYERS.indexOf(target) > LAYERS.indexOf(layer)) wrong.push(`${path.relative(ROOT, file)} imports ${m[1]}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the record types in core/model.generated.ts are those the schemas generate', async () => {
    // @ts-expect-error a plain ES module without types
    const { generateModel } = await import('../scripts/gen-model.mjs');
    const committed = fs.readFileSync(path.join(ROOT, 'pipeline', 'core', 'model.generated.ts'), 'utf8');
    expect(committed, 'run npm run model').toBe(await generateModel());
  });
});
