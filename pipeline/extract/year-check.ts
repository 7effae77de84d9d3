// The report's own dates against the manifest's report_year. A work report of year
// Y reviews Y − 1 (一、2022年工作回顾 is the report of 2023), is delivered in Y
// (——2023年1月12日) and sets the targets of Y (2023年主要预期目标是:). A manifest year
// off by one would shift every period of the report silently, so a text whose dates
// agree with one another and not with the manifest is an error; dates that disagree
// among themselves are a warning.
import { perLexicon } from '../lexicon/index.js';
import type { DocumentContext } from './context.js';

export interface YearEvidence {
  /** what the text says, in words: "reviews 2022", "was delivered in 2023", "sets the targets of 2023" */
  what: string;
  /** the report_year it implies */
  implies: number;
  /** span in the normalised text: the heading, the date line or the header */
  from: number;
  to: number;
}

/**
 * The day of delivery (——2023年1月12日 on a line of its own, or …年…月…日在…人民代表大会…上), a heading
 * that plans one year (二、2023年工作安排) and a year that is a horizon, not the plan year (到2025年).
 */
const expressions = perLexicon(({ data: { sections } }) => ({
  DELIVERED: new RegExp(sections.delivered, 'g'),
  PLAN_HEADING: new RegExp(sections.plan_heading_year),
  HORIZON: new RegExp(sections.horizon),
}));

export function yearEvidence(text: string, ctx: DocumentContext): YearEvidence[] {
  const { DELIVERED, PLAN_HEADING, HORIZON } = expressions();
  const out: YearEvidence[] = [];
  const seen = new Set<unknown>();
  for (const p of ctx.paragraphs) {
    const s = p.section;
    if (!seen.has(s) && s.heading && s.year !== undefined) {
      seen.add(s);
      const at = text.indexOf(s.heading, p.from);
      const from = at >= 0 ? at : p.from;
      // a heading of one year's review (一、2022年工作回顾, ■ 2024年成绩单)
      if (s.kind === 'review')
        out.push({ what: `reviews ${s.year}`, implies: s.year + 1, from, to: from + s.heading.length });
      else if (s.kind === 'plan') {
        const m = PLAN_HEADING.exec(s.heading);
        if (m && Number(m[1]) === s.year)
          out.push({ what: `plans ${s.year}`, implies: s.year, from, to: from + s.heading.length });
      }
    }
    // a targets header that names its year (2016年主要预期目标是:)
    if (
      p.targetsYear !== undefined &&
      p.targetsFrom !== undefined &&
      p.targetsFrom > p.from &&
      s.kind !== 'multiyear'
    ) {
      const before = text.slice(p.from, p.targetsFrom);
      if (!HORIZON.test(before))
        out.push({
          what: `sets the targets of ${p.targetsYear}`,
          implies: p.targetsYear,
          from: p.from,
          to: p.targetsFrom,
        });
    }
  }
  DELIVERED.lastIndex = 0;
  for (let m = DELIVERED.exec(text); m; m = DELIVERED.exec(text)) {
    const year = Number(m[1] ?? m[2]);
    const from = m.index + (m[0].length - m[0].trimStart().length);
    out.push({ what: `was delivered in ${year}`, implies: year, from, to: m.index + m[0].length });
  }
  return out.sort((a, b) => a.from - b.from);
}

export interface YearCheck {
  /** the text's dates agree with one another and not with the manifest: the year they imply, and the evidence */
  conflict?: { year: number; evidence: YearEvidence[] };
  /** the text's dates disagree among themselves, and some of them with the manifest */
  mixed?: YearEvidence[];
}

export function checkYear(evidence: YearEvidence[], reportYear: number): YearCheck {
  const against = evidence.filter((e) => e.implies !== reportYear);
  if (!against.length) return {};
  if (evidence.some((e) => e.implies === reportYear)) return { mixed: against };
  const years = new Set(against.map((e) => e.implies));
  if (years.size > 1) return { mixed: against };
  return { conflict: { year: against[0].implies, evidence: against } };
}
