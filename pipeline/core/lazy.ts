// A package loaded on first use, not when the CLI starts: each costs 30–110 ms of
// every run's start (pinyin-pro's dictionary, htmlparser2, entities' tables,
// iconv-lite's codecs), and most runs never need it. (htmlparser2 and entities are ES
// modules: require() takes them from Node.js 20.19 and 22.12 on, the versions `engines` names.)
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A getter for the package `id`, which loads it the first time it is called. */
export function lazy<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(id) as T);
}
