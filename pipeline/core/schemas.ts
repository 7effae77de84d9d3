// The JSON Schemas of schemas/, checked with ajv. Every stage that reads or writes
// a document checks it here. Problems are records (Frictionless style): a type, the
// file, the JSON path, the rule and a message.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import crypto from 'node:crypto';
import { Ajv, _, type ErrorObject, type ValidateFunction } from 'ajv';
import { YoyError, type ErrorCode } from './errors.js';
import { DIST_DIR, SCHEMA_DIR } from './paths.js';

// ajv-formats and ajv's standalone writer are CommonJS: their module objects are the functions
const requireHere = createRequire(import.meta.url);
const addFormats = requireHere('ajv-formats') as typeof import('ajv-formats').default;
const standaloneCode = requireHere('ajv/dist/standalone').default as (ajv: Ajv, refs: Record<string, string>) => string;
const AJV_VERSION = requireHere('ajv/package.json').version as string;

export type SchemaName = 'manifest' | 'indicators' | 'overrides' | 'observation' | 'bundle';

export interface ValidationProblem {
  type: 'schema-error';
  file: string;
  path: string;
  rule: string;
  message: string;
  report_id?: string;
  span?: { start: number; end: number; text: string };
}

/** Every schema file by its name, and as `bundle_<array>` each array of the bundle whose items the schema describes (checked one jurisdiction at a time). */
const REFS: Record<string, string> = (() => {
  const refs: Record<string, string> = {};
  for (const file of fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json')).sort()) refs[file.replace('.schema.json', '')] = file.replace('.schema.json', '');
  const bundle = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, 'bundle.schema.json'), 'utf8')) as { properties: Record<string, { items?: { $ref?: string } }> };
  for (const [name, p] of Object.entries(bundle.properties)) if (p.items && !p.items.$ref) refs[`bundle_${name}`] = `bundle#/properties/${name}/items`;
  return refs;
})();

function newAjv(standalone: boolean): Ajv {
  // every schema is registered by its name, so the bundle can refer to the observation schema
  const ajv = addFormats(new Ajv({ allErrors: true, strict: false, ...(standalone ? { code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` } } : {}) }));
  for (const file of fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json')).sort()) {
    ajv.addSchema(JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8')), file.replace('.schema.json', ''));
  }
  return ajv;
}

/** The schemas' identity: the compiled validators in dist/ are used only when it matches. */
function schemasHash(): string {
  const h = crypto.createHash('sha256').update(AJV_VERSION);
  for (const file of fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json')).sort()) h.update(file).update(fs.readFileSync(path.join(SCHEMA_DIR, file)));
  return h.digest('hex').slice(0, 16);
}

export const VALIDATORS_FILE = 'validators.cjs';

/** The validators as one CommonJS module (ajv's standalone mode), written by the build. */
export function validatorsModule(): string {
  return `// schemas ${schemasHash()}\n${standaloneCode(newAjv(true), REFS)}`;
}

/**
 * Compiling the schemas takes about 50 ms at every start, in every worker, so the
 * build (npm install) writes them out as code into dist/. Nothing is written at
 * run time: where that module is missing or was built from other schemas, ajv
 * compiles them in memory.
 */
function loadValidators(): Record<string, ValidateFunction> {
  const file = path.join(DIST_DIR, VALIDATORS_FILE);
  try {
    const head = fs.readFileSync(file, 'utf8').slice(0, 40);
    if (head.startsWith(`// schemas ${schemasHash()}\n`)) return requireHere(file);
  } catch {
    // not built: compile below
  }
  const ajv = newAjv(false);
  return Object.fromEntries(Object.entries(REFS).map(([k, ref]) => [k, ajv.getSchema(ref) as ValidateFunction]));
}

let compiled: Record<string, ValidateFunction> | undefined;
export const validator = (name: string): ValidateFunction => (compiled ??= loadValidators())[name];

export function describe(e: ErrorObject): string {
  const extra = e.keyword === 'additionalProperties' ? ` "${(e.params as { additionalProperty: string }).additionalProperty}"` : e.keyword === 'enum' ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})` : '';
  return `${e.message ?? e.keyword}${extra}`;
}

/** All problems of one document against one schema (empty when valid). */
export function problems(name: SchemaName, data: unknown, file: string): ValidationProblem[] {
  const v = validator(name);
  if (v(data)) return [];
  // oneOf reports every branch; the most specific (deepest) errors say the most
  const errors = (v.errors ?? []).filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'if');
  const deepest = Math.max(...errors.map((e) => e.instancePath.split('/').length));
  const chosen = errors.filter((e) => e.instancePath.split('/').length === deepest);
  return (chosen.length ? chosen : v.errors ?? []).map((e) => ({
    type: 'schema-error',
    file,
    path: e.instancePath || '/',
    rule: `${e.schemaPath}`,
    message: describe(e),
  }));
}

const CODES: Record<SchemaName, ErrorCode> = {
  manifest: 'MANIFEST_INVALID',
  indicators: 'DICTIONARY_INVALID',
  overrides: 'OVERRIDES_INVALID',
  observation: 'OBSERVATION_INVALID',
  bundle: 'BUNDLE_INVALID',
};

/** Throw the first problems as one clear error, naming the file, the JSON path and the rule. */
export function assertValid(name: SchemaName, data: unknown, file: string): void {
  const found = problems(name, data, file);
  if (!found.length) return;
  const first = found.slice(0, 3).map((p) => `${p.path}: ${p.message} (${p.rule})`).join('; ');
  throw new YoyError(CODES[name], `does not match schemas/${name}.schema.json: ${first}${found.length > 3 ? `; and ${found.length - 3} more` : ''}`, file, found[0].path);
}

/** Parse JSON with an error that says the line and the column. */
export function parseJson(text: string, file: string, code: ErrorCode): unknown {
  try {
    return JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    let location: string | undefined;
    if (pos) {
      const before = text.slice(0, Number(pos[1]));
      const line = before.split('\n').length;
      const column = Number(pos[1]) - before.lastIndexOf('\n');
      location = `line ${line}, column ${column}`;
    }
    throw new YoyError(code, `is not valid JSON: ${msg}`, file, location);
  }
}

