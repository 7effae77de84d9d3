// Stage: validate. JSON Schemas in schemas/, checked with ajv. Problems are
// records (Frictionless style): a type, the file, the JSON path, the rule and a
// message, and for an observation its report and source span.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { YoyError, type ErrorCode } from '../errors.js';

// ajv-formats is CommonJS: its module object is the plugin
const addFormats = createRequire(import.meta.url)('ajv-formats') as typeof import('ajv-formats').default;

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

let ajv: Ajv | undefined;
const compiled = new Map<SchemaName, ValidateFunction>();

function validator(name: SchemaName): ValidateFunction {
  let v = compiled.get(name);
  if (!v) {
    if (!ajv) {
      // every schema is registered by its $id, so the bundle can refer to the observation schema
      ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
      for (const file of fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json')).sort()) {
        ajv.addSchema(JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8')), file.replace('.schema.json', ''));
      }
    }
    v = ajv.getSchema(name) as ValidateFunction;
    compiled.set(name, v);
  }
  return v;
}

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
  validator('bundle');
  for (const name of BUNDLE_ITEMS) {
    const v = ajv!.getSchema(`bundle#/properties/${name}/items`) as ValidateFunction;
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
