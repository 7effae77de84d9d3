// Stage: validate. JSON Schemas in schemas/, checked with ajv. Problems are
// records (Frictionless style): a type, the file, the JSON path, the rule and a
// message, and for an observation its report and source span.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import crypto from 'node:crypto';
import { threadId } from 'node:worker_threads';
import { Ajv, _, type ErrorObject, type ValidateFunction } from 'ajv';
import { YoyError, type ErrorCode } from '../errors.js';

// ajv-formats and ajv's standalone writer are CommonJS: their module objects are the functions
const requireHere = createRequire(import.meta.url);
const addFormats = requireHere('ajv-formats') as typeof import('ajv-formats').default;
const standaloneCode = requireHere('ajv/dist/standalone').default as (ajv: Ajv, refs: Record<string, string>) => string;
const AJV_VERSION = requireHere('ajv/package.json').version as string;

export const SCHEMA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schemas');

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

/** The schemas' validators by name, and the bundle's item schemas checked one jurisdiction at a time. */
const REFS: Record<string, string> = {
  manifest: 'manifest',
  indicators: 'indicators',
  overrides: 'overrides',
  observation: 'observation',
  bundle: 'bundle',
  ...Object.fromEntries(['targets_vs_actuals', 'growth_deltas', 'summary', 'stated_attainment'].map((n) => [`bundle_${n}`, `bundle#/properties/${n}/items`])),
};

function newAjv(standalone: boolean): Ajv {
  // every schema is registered by its name, so the bundle can refer to the observation schema
  const ajv = addFormats(new Ajv({ allErrors: true, strict: false, ...(standalone ? { code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` } } : {}) }));
  for (const file of fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json')).sort()) {
    ajv.addSchema(JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8')), file.replace('.schema.json', ''));
  }
  return ajv;
}

/**
 * Compiling the schemas takes about 50 ms at every start, in every worker. ajv can
 * write the compiled validators out as code (its standalone mode): they are kept
 * beside node_modules under a hash of the schemas and ajv's version, and loaded
 * as a module after the first run. Where that cannot be written, ajv compiles.
 */
function loadValidators(): Record<string, ValidateFunction> {
  const h = crypto.createHash('sha256').update(AJV_VERSION);
  for (const file of fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json')).sort()) h.update(file).update(fs.readFileSync(path.join(SCHEMA_DIR, file)));
  const file = path.join(SCHEMA_DIR, '..', 'node_modules', '.cache', 'yoy', `validators-${h.digest('hex').slice(0, 16)}.cjs`);
  try {
    if (!fs.existsSync(file)) {
      const code = standaloneCode(newAjv(true), REFS);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.${threadId}.tmp`;
      fs.writeFileSync(tmp, code);
      fs.renameSync(tmp, file);
      // validators of older schemas are never loaded again
      for (const name of fs.readdirSync(path.dirname(file))) {
        if (/^validators-[0-9a-f]{16}\.cjs$/.test(name) && path.join(path.dirname(file), name) !== file) fs.rmSync(path.join(path.dirname(file), name), { force: true });
      }
    }
    return requireHere(file);
  } catch {
    const ajv = newAjv(false);
    return Object.fromEntries(Object.entries(REFS).map(([k, ref]) => [k, ajv.getSchema(ref) as ValidateFunction]));
  }
}

let compiled: Record<string, ValidateFunction> | undefined;
const validator = (name: string): ValidateFunction => (compiled ??= loadValidators())[name];

function describe(e: ErrorObject): string {
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

/** Observations checked one by one, each problem naming its report and source span. */
export function observationProblems(obs: Array<{ report_id: string; start: number; end: number; text: string }>, file: string): ValidationProblem[] {
  const out: ValidationProblem[] = [];
  obs.forEach((o, i) => {
    for (const p of problems('observation', o, file)) {
      out.push({ ...p, path: `/observations/${i}${p.path === '/' ? '' : p.path}`, report_id: o.report_id, span: { start: o.start, end: o.end, text: o.text } });
    }
  });
  return out;
}

/** The bundle's arrays whose items its schema describes, checked one jurisdiction at a time. */
const BUNDLE_ITEMS = ['targets_vs_actuals', 'growth_deltas', 'summary', 'stated_attainment'] as const;

/** The first problem of a jurisdiction's derived rows against the bundle's item schemas, or undefined. */
export function itemProblems(derived: Record<(typeof BUNDLE_ITEMS)[number], object[]>): string | undefined {
  for (const name of BUNDLE_ITEMS) {
    const v = validator(`bundle_${name}`);
    const rows = derived[name];
    for (let i = 0; i < rows.length; i++) {
      if (!v(rows[i])) {
        const e = v.errors![0];
        return `does not match schemas/bundle.schema.json: /${name}/${i}${e.instancePath}: ${describe(e)} (#/properties/${name}/items${e.schemaPath.slice(1)})`;
      }
    }
  }
  return undefined;
}
