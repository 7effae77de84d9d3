// The record types, generated from the JSON Schemas so that the data model is
// written once (in schemas/). `npm run model` rewrites pipeline/core/model.generated.ts;
// a test fails when the file and the schemas disagree.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileFromFile } from 'json-schema-to-typescript';
import * as prettier from 'prettier';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** schema file → the name of its top-level type */
const NAMES = {
  observation: 'ObservationRecord',
  manifest: 'ManifestFile',
  indicators: 'DictionaryFile',
  overrides: 'OverridesFile',
};

export async function generateModel() {
  const parts = ['// Generated from schemas/*.schema.json by scripts/gen-model.mjs (npm run model). Do not edit.\n'];
  for (const [file, name] of Object.entries(NAMES)) {
    let ts = await compileFromFile(path.join(root, 'schemas', `${file}.schema.json`), {
      bannerComment: '',
      cwd: path.join(root, 'schemas'),
      additionalProperties: false,
      format: false,
      // the manifest's entries are chosen with if/then/else, which the generator does not follow: its
      // definitions are emitted whole and its items typed with tsType
      unreachableDefinitions: file === 'manifest',
      customName: (schema, keyNameFromDefinition) =>
        schema.$id?.endsWith(`/${file}.schema.json`) ? name : keyNameFromDefinition,
    });
    parts.push(`// ${file}.schema.json\n${ts.trim()}\n`);
  }
  const options = await prettier.resolveConfig(path.join(root, 'pipeline', 'core', 'model.generated.ts'));
  return prettier.format(parts.join('\n'), { ...options, parser: 'typescript' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(path.join(root, 'pipeline', 'core', 'model.generated.ts'), await generateModel());
}
