// The JSON Schemas of schemas/, checked with ajv. Every stage that reads or writes
// a document checks it here. Problems are records (Frictionless style): a type, the
// file, the JSON path, the rule and a message.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import crypto from 'node:crypto';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { YoyError, type ErrorCode } from './errors.js';
import { DIST_DIR, SCHEMA_DIR } from './paths.js';

// ajv, ajv-formats and ajv's standalone writer are CommonJS, and loaded only where the schemas are compiled (the
// build, or a run whose dist/ holds no validators of these schemas): a run takes the build's validators, and
// loading ajv cost a tenth of a second of every start
const requireHere = createRequire(import.meta.url);
const ajvModule = () => requireHere('ajv') as typeof import('ajv');
const addFormats = (ajv: Ajv) => (requireHere('ajv-formats') as typeof import('ajv-formats').default)(ajv);
const AJV_VERSION = requireHere('ajv/package.json').version as string;

export type SchemaName = 'manifest' | 'indicators' | 'overrides' | 'observation' | 'bundle' | `lexicon/${string}`;

/** The schema files, each by its name: those of schemas/, and as `lexicon/<topic>` those of schemas/lexicon/. */
function schemaFiles(): Array<{ name: string; file: string }> {
  const list = (dir: string, prefix: string) =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter((f) => f.endsWith('.schema.json'))
          .sort()
          .map((f) => ({ name: `${prefix}${f.replace('.schema.json', '')}`, file: path.join(dir, f) }))
      : [];
  return [...list(SCHEMA_DIR, ''), ...list(path.join(SCHEMA_DIR, 'lexicon'), 'lexicon/')];
}

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
  for (const { name } of schemaFiles()) refs[name] = name;
  const bundle = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, 'bundle.schema.json'), 'utf8')) as {
    properties: Record<string, { items?: { $ref?: string } }>;
  };
  for (const [name, p] of Object.entries(bundle.properties))
    if (p.items && !p.items.$ref) refs[`bundle_${name}`] = `bundle#/properties/${name}/items`;
  return refs;
})();

function newAjv(standalone: boolean): Ajv {
  const { Ajv, _ } = ajvModule();
  // every schema is registered by its name, so the bundle can refer to the observation schema
  const ajv = addFormats(
    new Ajv({
      allErrors: true,
      strict: false,
      ...(standalone ? { code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` } } : {}),
    }),
  );
  for (const { name, file } of schemaFiles()) ajv.addSchema(JSON.parse(fs.readFileSync(file, 'utf8')), name);
  return ajv;
}

/** The schemas' identity: the compiled validators in dist/ are used only when it matches. */
function schemasHash(): string {
  const h = crypto.createHash('sha256').update(AJV_VERSION);
  for (const { name, file } of schemaFiles()) h.update(name).update(fs.readFileSync(file));
  return h.digest('hex').slice(0, 16);
}

export const VALIDATORS_FILE = 'validators.cjs';

/** The validators as one CommonJS module (ajv's standalone mode), written by the build. */
export function validatorsModule(): string {
  const standaloneCode = requireHere('ajv/dist/standalone').default as (
    ajv: Ajv,
    refs: Record<string, string>,
  ) => string;
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
    // the first line alone: the file is most of a megabyte, read again by require() when it is current
    const head = Buffer.alloc(64);
    const fd = fs.openSync(file, 'r');
    try {
      fs.readSync(fd, head, 0, head.length, 0);
    } finally {
      fs.closeSync(fd);
    }
    if (head.toString('latin1').startsWith(`// schemas ${schemasHash()}\n`)) return requireHere(file);
  } catch {
    // not built: compile below
  }
  const ajv = newAjv(false);
  return Object.fromEntries(Object.entries(REFS).map(([k, ref]) => [k, ajv.getSchema(ref) as ValidateFunction]));
}

let compiled: Record<string, ValidateFunction> | undefined;
export const validator = (name: string): ValidateFunction => (compiled ??= loadValidators())[name];

export function describe(e: ErrorObject): string {
  const extra =
    e.keyword === 'additionalProperties'
      ? ` "${(e.params as { additionalProperty: string }).additionalProperty}"`
      : e.keyword === 'enum'
        ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})`
        : '';
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
  return (chosen.length ? chosen : (v.errors ?? [])).map((e) => ({
    type: 'schema-error',
    file,
    path: e.instancePath || '/',
    rule: `${e.schemaPath}`,
    message: describe(e),
  }));
}

const CODES: Record<string, ErrorCode> = {
  manifest: 'MANIFEST_INVALID',
  indicators: 'DICTIONARY_INVALID',
  overrides: 'OVERRIDES_INVALID',
  observation: 'OBSERVATION_INVALID',
  bundle: 'BUNDLE_INVALID',
};

/** "reports[0].path" for the JSON pointer "/reports/0/path". */
export function fieldPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce(
      (acc, k) =>
        /^\d+$/.test(k)
          ? `${acc}[${k}]`
          : /^[A-Za-z_$][\w$]*$/.test(k)
            ? acc
              ? `${acc}.${k}`
              : k
            : `${acc}[${JSON.stringify(k)}]`,
      '',
    );
}

const show = (v: unknown) =>
  typeof v === 'string' ? JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v) : JSON.stringify(v);
const kindOf = (v: unknown) =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'a list'
      : typeof v === 'object'
        ? 'an object'
        : typeof v === 'string'
          ? `the text ${show(v)}`
          : `${typeof v} ${show(v)}`;
const TYPE_WORDS: Record<string, string> = {
  string: 'text in quotes',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object { … }',
  array: 'a list [ … ]',
};
const FORMAT_WORDS: Record<string, string> = {
  date: 'a date, YYYY-MM-DD',
  regex: 'a regular expression',
  uri: 'a URL',
};

function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]++;
    for (let j = 1; j <= b.length; j++) {
      const cur = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return d[b.length];
}

type SchemaNode = {
  [k: string]: unknown;
  properties?: Record<string, SchemaNode>;
  description?: string;
  'x-explain'?: Record<string, string>;
};

/**
 * The problems of a document in words: one sentence per problem, naming the field,
 * what is wrong and what to do. Runs only when a document is invalid: it compiles
 * the schema again with ajv's verbose errors, which carry the schema node each
 * problem comes from, so the words come from the schema itself (a field's
 * `description`, a node's `x-explain` for a keyword).
 */
export function explain(name: SchemaName, data: unknown): string[] {
  const { Ajv } = ajvModule();
  const ajv = addFormats(new Ajv({ allErrors: true, strict: false, verbose: true }));
  let root: SchemaNode & { definitions?: Record<string, SchemaNode> } = {};
  for (const file of fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json'))) {
    const schema = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8'));
    if (file === `${name}.schema.json`) root = schema;
    ajv.addSchema(schema, file.replace('.schema.json', ''));
  }
  const v = ajv.getSchema(name) as ValidateFunction;
  if (v(data)) return [];
  const kinds = new Map(Object.entries(root.definitions ?? {}).map(([k, node]) => [node as unknown, k]));
  const resolve = (n: SchemaNode | undefined): SchemaNode | undefined => {
    const ref = n?.$ref;
    return typeof ref === 'string' && ref.startsWith('#/definitions/')
      ? { ...root.definitions?.[ref.slice(14)], ...n }
      : n;
  };
  const out: string[] = [];
  for (const e of v.errors ?? []) {
    if (e.keyword === 'if') continue; // the branch taken reports its own problems
    const parent = e.parentSchema as SchemaNode;
    const where = fieldPath(e.instancePath);
    const kind = kinds.get(parent);
    const own = parent['x-explain']?.[e.keyword];
    let say: string;
    if (own) say = `${where || 'the document'}: ${show(e.data)} ${own}`;
    else if (e.keyword === 'required') {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      // required by a condition (then: covers_year), the field is described where its object's kind defines it
      const desc =
        resolve(parent.properties?.[missing])?.description ??
        Object.values(root.definitions ?? {}).find((d) => d.properties?.[missing]?.description)?.properties?.[missing]
          ?.description;
      say = `${where ? `${where}.` : ''}${missing} is missing${desc ? `: add ${desc}` : ''}`;
    } else if (e.keyword === 'additionalProperties') {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys(parent.properties ?? {});
      // a field of another kind of object in this schema: that kind's x-explain "field-of" says what to do
      const other = Object.entries(root.definitions ?? {}).find(
        ([k, d]) => k !== kind && d.properties && extra in d.properties,
      );
      const near = allowed.filter((a) => distance(a, extra) <= (a.length > 3 ? 2 : 1));
      say = `${where ? `${where}.` : ''}${extra} is not a field ${kind ? `of a ${kind}` : where ? 'here' : 'at the top level'}`;
      if (near.length) say += `; did you mean ${near.map((n) => `"${n}"`).join(' or ')}?`;
      else if (other)
        say += `: ${other[1]['x-explain']?.['field-of'] ?? `it is a field of a ${other[0]}; remove it here`}`;
      else say += `; remove it (the fields are ${allowed.join(', ')})`;
    } else if (e.keyword === 'enum')
      say = `${where}: ${show(e.data)} is not one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
    else if (e.keyword === 'const')
      say = `${where} must be ${show((e.params as { allowedValue: unknown }).allowedValue)}`;
    else if (e.keyword === 'type')
      say = `${where || 'the document'} must be ${(e.params as { type: string }).type
        .split(',')
        .map((t) => TYPE_WORDS[t] ?? t)
        .join(' or ')}, not ${kindOf(e.data)}`;
    else if (e.keyword === 'minimum' || e.keyword === 'maximum')
      say = `${where}: ${show(e.data)} is out of range; give ${parent.minimum !== undefined && parent.maximum !== undefined ? `a number from ${parent.minimum} to ${parent.maximum}` : `${e.keyword === 'minimum' ? 'at least' : 'at most'} ${e.schema}`}`;
    else if (e.keyword === 'minLength' && e.schema === 1)
      say = `${where} is empty${parent.description ? `: give ${parent.description}` : ''}`;
    else if (e.keyword === 'minItems' || e.keyword === 'maxItems')
      say = `${where} has ${(e.data as unknown[]).length} item(s)${parent.minItems === parent.maxItems ? `; give exactly ${parent.minItems}` : `; give ${e.keyword === 'minItems' ? 'at least' : 'at most'} ${e.schema}`}${parent.description ? ` (${parent.description})` : ''}`;
    else if (e.keyword === 'format')
      say = `${where}: ${show(e.data)} is not ${FORMAT_WORDS[e.schema as string] ?? `in the format ${e.schema}`}`;
    else say = `${where || 'the document'}: ${describe(e)}`;
    if (!out.includes(say)) out.push(say);
  }
  return out;
}

/**
 * Throw the problems as one clear error: in words, one line each (explain), for a
 * file a person writes; otherwise the first three with the JSON path and the rule.
 */
export function assertValid(name: SchemaName, data: unknown, file: string, opts: { inWords?: boolean } = {}): void {
  const found = problems(name, data, file);
  if (!found.length) return;
  if (opts.inWords) {
    const said = explain(name, data);
    const message = said.length === 1 ? said[0] : `${said.length} problems:\n${said.map((s) => `  ${s}`).join('\n')}`;
    throw new YoyError(CODES[name] ?? 'LEXICON_INVALID', message, file);
  }
  const first = found
    .slice(0, 3)
    .map((p) => `${p.path}: ${p.message} (${p.rule})`)
    .join('; ');
  throw new YoyError(
    CODES[name] ?? 'LEXICON_INVALID',
    `does not match schemas/${name}.schema.json: ${first}${found.length > 3 ? `; and ${found.length - 3} more` : ''}`,
    file,
    found[0].path,
  );
}

/** The values a schema's definition allows (its enum), e.g. the encodings a manifest may declare. */
export function definitionEnum(name: SchemaName, definition: string): string[] {
  const schema = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, `${name}.schema.json`), 'utf8'));
  return (schema.definitions?.[definition]?.enum as string[] | undefined) ?? [];
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
