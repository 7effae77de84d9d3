// An HTML page's visible text, as stretches of the decoded file: offsets stay
// offsets into the file, so a span can be shown in the page's own source.
import { lazy } from '../core/lazy.js';
import type { Segment } from '../core/model.js';

// only HTML input needs the parser
const htmlparser2 = lazy<typeof import('htmlparser2')>('htmlparser2');

const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg']);
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'tr',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'table',
  'ul',
  'ol',
  'pre',
  'blockquote',
  'hr',
]);

export function visibleSegments(html: string): Segment[] {
  const segments: Segment[] = [];
  let hidden = 0;
  let pendingBreak = false;
  const parser = new (htmlparser2().Parser)(
    {
      onopentagname(name) {
        if (HIDDEN.has(name)) hidden++;
        if (BLOCK.has(name)) pendingBreak = true;
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        if (BLOCK.has(name)) pendingBreak = true;
      },
      ontext() {
        if (hidden) return;
        segments.push({ from: parser.startIndex, to: parser.endIndex + 1, entities: true, breakBefore: pendingBreak });
        pendingBreak = false;
      },
    },
    { decodeEntities: false, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return segments;
}
