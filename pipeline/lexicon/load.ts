// The lexicon as a run reads it: the project's files (input/lexicon/<topic>.json),
// each checked against its schema, extended by the input directory's own
// lexicon/<topic>.json (same schema). A user's file adds words to a list, replaces
// an entry of a map by its key, and replaces a pattern (the commitments topic, whose
// lists are named and whose tables are rows, as commitments-file.ts says). The merged data is hashed:
// the hash is part of every cache key, so a changed lexicon reads every report again.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { assertValid, parseJson } from '../core/schemas.js';
import { YoyError } from '../core/errors.js';
import { DEFAULT_LEXICON_DIR } from '../core/paths.js';
import { TOPICS, type LexiconData, type Topic } from './types.js';
import { assertNoDuplicates, mergeCommitmentsLexicon } from './commitments-file.js';

export interface LoadedLexicon {
  data: LexiconData;
  /** sha256 of the merged data */
  hash: string;
  /** the input directory's own lexicon files that were read (relative to the input directory) */
  userFiles: string[];
}

function readTopic(file: string, topic: Topic): Record<string, unknown> {
  const text = fs.readFileSync(file, 'utf8');
  const data = parseJson(text, file, 'LEXICON_INVALID');
  // the commitments topic's lists are sets: a word written twice is named before the schema's "unique" is
  if (topic === 'commitments') assertNoDuplicates(data, file);
  assertValid(`lexicon/${topic}`, data, file);
  const { $schema: _, ...concepts } = data as Record<string, unknown>;
  return concepts;
}

/** A user's concept over the project's: lists add words (once each), maps replace by key, a pattern is replaced. */
function mergeConcept(base: unknown, extra: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(extra)) return [...base, ...extra.filter((w) => !base.includes(w))];
  if (base && typeof base === 'object' && extra && typeof extra === 'object') return { ...base, ...extra };
  return extra;
}

/** The project's lexicon, or the project's extended by `inputDir`'s lexicon/ folder. */
export function loadLexicon(inputDir?: string): LoadedLexicon {
  const data: Record<string, Record<string, unknown>> = {};
  const userFiles: string[] = [];
  const userDir = inputDir ? path.join(inputDir, 'lexicon') : undefined;
  const own =
    userDir !== undefined &&
    fs.existsSync(userDir) &&
    fs.realpathSync(userDir) !== fs.realpathSync(DEFAULT_LEXICON_DIR);
  if (own) {
    const known = new Set(TOPICS.map((t) => `${t}.json`));
    for (const name of fs.readdirSync(userDir).sort()) {
      if (name.endsWith('.json') && !known.has(name))
        throw new YoyError(
          'LEXICON_INVALID',
          `"${name}" is not a topic of the lexicon; the topics are ${TOPICS.map((t) => `${t}.json`).join(', ')}`,
          path.join(userDir, name),
        );
    }
  }
  for (const topic of TOPICS) {
    const projectFile = path.join(DEFAULT_LEXICON_DIR, `${topic}.json`);
    const concepts = readTopic(projectFile, topic);
    const userFile = own ? path.join(userDir, `${topic}.json`) : undefined;
    // a copy of the project's file (an input directory copied from the project's) adds nothing
    if (userFile && fs.existsSync(userFile) && !fs.readFileSync(userFile).equals(fs.readFileSync(projectFile))) {
      const extra = readTopic(userFile, topic);
      if (topic === 'commitments') Object.assign(concepts, mergeCommitmentsLexicon(concepts as never, extra, userFile));
      else for (const [k, v] of Object.entries(extra)) concepts[k] = mergeConcept(concepts[k], v);
      userFiles.push(path.join('lexicon', `${topic}.json`));
    }
    data[topic] = concepts;
  }
  const hash = crypto.createHash('sha256').update(JSON.stringify(data)).digest('hex');
  return { data: data as unknown as LexiconData, hash, userFiles };
}
