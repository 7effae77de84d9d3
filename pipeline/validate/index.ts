// Stage: validate. Every observation a report yields and every row derived from
// them, checked against schemas/ before anything is written. A problem names its
// report and source span, so a bad row can be found in the text.
import { validator, describe, problems, type ValidationProblem } from '../core/schemas.js';

/** Observations checked one by one, each problem naming its report and source span. */
export function observationProblems(
  obs: Array<{ report_id: string; start: number; end: number; text: string }>,
  file: string,
): ValidationProblem[] {
  const out: ValidationProblem[] = [];
  obs.forEach((o, i) => {
    for (const p of problems('observation', o, file)) {
      out.push({
        ...p,
        path: `/observations/${i}${p.path === '/' ? '' : p.path}`,
        report_id: o.report_id,
        span: { start: o.start, end: o.end, text: o.text },
      });
    }
  });
  return out;
}

/**
 * The first problem of a jurisdiction's rows of the bundle's arrays against the
 * schemas of their items, or undefined. Each table names its item schema.
 */
export function itemProblems(tables: Array<{ name: string; itemSchema: string; rows: object[] }>): string | undefined {
  for (const { name, itemSchema, rows } of tables) {
    const v = validator(itemSchema);
    for (let i = 0; i < rows.length; i++) {
      if (!v(rows[i])) {
        const e = v.errors![0];
        return `does not match schemas/bundle.schema.json: /${name}/${i}${e.instancePath}: ${describe(e)} (#/properties/${name}/items${e.schemaPath.slice(1)})`;
      }
    }
  }
  return undefined;
}
