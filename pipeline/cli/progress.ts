// How a run's events look: a progress bar on a terminal, plain lines in CI, one
// JSON object per event with --json, nothing but the summary with --quiet.
import { styleText } from 'node:util';
import type { RunEvent } from '../run/index.js';
import type { Options } from './release-command.js';

export function reporter(mode: Options['mode']) {
  // on a terminal the progress bar is redrawn in place; any other line first ends it
  let barOpen = false;
  const line = (text: string) => {
    if (barOpen) process.stderr.write('\n');
    barOpen = false;
    process.stderr.write(text);
  };
  return (e: RunEvent) => {
    if (mode === 'json') return void process.stdout.write(JSON.stringify(e) + '\n');
    if (mode === 'quiet') return;
    if (e.event === 'stage-done') {
      if (barOpen) line('');
      return;
    }
    if (e.event === 'report') {
      if (mode === 'tty') {
        const width = 24;
        const done = Math.round((e.index / e.total) * width);
        process.stderr.write(
          `\r  reports [${'#'.repeat(done)}${' '.repeat(width - done)}] ${e.index}/${e.total} ${e.id.padEnd(24)}`,
        );
        barOpen = true;
      } else
        process.stderr.write(
          `report ${e.index}/${e.total} ${e.id}: ${e.observations} observations${e.jurisdiction_cached ? ' (cached)' : e.cached ? ' (extraction cached)' : ''}\n`,
        );
    } else if (e.event === 'plan') {
      const text = `${e.reports} reports in ${e.jurisdictions} jurisdictions, ${e.mb} MB; ${e.jobs === 1 ? 'one thread' : `${e.jobs} worker threads`}`;
      line(mode === 'tty' ? styleText('dim', `${text}\n`) : `${text}\n`);
    } else if (e.event === 'stage') line(mode === 'tty' ? styleText('dim', `${e.stage}\n`) : `stage ${e.stage}\n`);
    else if (e.event === 'skipped') line(`skipped ${e.file}: ${e.code}: ${e.message}\n`);
    else if (e.event === 'warning') line(`warning: ${e.message}\n`);
  };
}
