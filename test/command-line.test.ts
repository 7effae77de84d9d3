// The command line as people expect it, through the real CLI: the summary on stdout
// (with --quiet too), --json for every event and every error, -h as --help, a usage
// error in one line with a pointer to --help, help that names yoy, and a node that
// package.json's engines does not admit refused with a message that says so.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { cli, cliEnv, events, tmpdir, shangchengInput, shangchengRelease, CLI, ROOT } from './helpers.js';
import { NODE_FLAGS } from '../pipeline/cli/node-options.js';

describe('where a run prints what', () => {
  it('--quiet: the summary line alone, on stdout; nothing on stderr', () => {
    const r = cli(['--input', shangchengInput(), '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^2 reports, \d+ observations \(\d+ to review\); .* files in .*\n$/);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toBe('');
  });

  it('without --quiet, progress goes to stderr and the summary to stdout', () => {
    const r = cli(['--input', shangchengInput()]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^report 1\/2 shangcheng-2015: /m);
    expect(r.stderr).not.toMatch(/^2 reports, /m);
    expect(r.stdout).toMatch(/^2 reports, /m);
  });

  it('--json: every line of stdout is one JSON object with an event, ending with done; stderr is empty', () => {
    const r = cli(['--input', shangchengInput(), '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const all = events(r.stdout);
    expect(all.every((e) => typeof e.event === 'string')).toBe(true);
    expect(all.map((e) => e.event)).toEqual(expect.arrayContaining(['plan', 'stage', 'report', 'done']));
    expect(all.at(-1)!.event).toBe('done');
  });

  it('--json: a usage error is a JSON line too (event error, code, file, message, exit), exit 2', () => {
    const r = cli(['--jobs', 'many', '--json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('');
    expect(events(r.stdout)).toEqual([
      {
        event: 'error',
        code: 'USAGE',
        file: null,
        location: null,
        message: '--jobs needs a number from 1 to 256',
        exit: 2,
      },
    ]);
  });

  it('--json: bad data is a JSON line that names the file, the place and the code, exit 1', () => {
    const input = shangchengInput();
    fs.writeFileSync(path.join(input, 'manifest.json'), '{\n  "reports": [\n    { "id": "x", }\n  ]\n}\n');
    const r = cli(['--input', input, '--json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const [error] = events(r.stdout).filter((e) => e.event === 'error');
    expect(error).toMatchObject({ code: 'MANIFEST_NOT_JSON', file: path.join(input, 'manifest.json'), exit: 1 });
    expect(error.location).toMatch(/^line 3, column \d+$/);
  });

  it('--check: the verdict is a JSON line (up_to_date, differences) with --json, else a short diff summary, exit 1 when stale', () => {
    const { input, out } = shangchengRelease();
    const same = cli(['--input', input, '--output', out, '--check', '--json']);
    expect(same.status, same.stdout).toBe(0);
    expect(events(same.stdout).at(-1)).toEqual({ event: 'check', output: out, up_to_date: true, differences: [] });
    fs.appendFileSync(path.join(out, 'summary.csv'), 'x\r\n');
    const stale = cli(['--input', input, '--output', out, '--check', '--json']);
    expect(stale.status).toBe(1);
    expect(events(stale.stdout).at(-1)).toMatchObject({ event: 'check', up_to_date: false });
    expect(events(stale.stdout).at(-1)!.differences).toEqual([expect.stringMatching(/^summary\.csv: differs/)]);
    const said = cli(['--input', input, '--output', out, '--check']);
    expect(said.status).toBe(1);
    expect(said.stderr).toMatch(/1 file\(s\) differ/);
    expect(said.stderr).toMatch(/summary\.csv: differs/);
  });
});

describe("node's options (cli/node-options.ts), which V8 takes only on the command line", () => {
  it('started without them (as the bin is), the CLI runs itself again with them; the npm scripts give them', () => {
    const out = path.join(tmpdir(), 'release');
    const args = ['--input', shangchengInput(), '--output', out, '--no-cache', '--no-views', '--json'];
    const bare = spawnSync(process.execPath, [CLI, ...args], { env: cliEnv(), encoding: 'utf8' });
    expect(bare.status, bare.stderr).toBe(0);
    const done = events(bare.stdout).at(-1)!;
    expect(done.event).toBe('done');
    expect(done.node_flags).toEqual(expect.arrayContaining(NODE_FLAGS));
    // one process's events: the first one does not print anything of its own
    expect(events(bare.stdout).filter((e) => e.event === 'done')).toHaveLength(1);
    const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts;
    for (const script of ['start', 'eval'])
      expect(scripts[script].split(' ')).toEqual(expect.arrayContaining(NODE_FLAGS));
  });
});

describe('help and usage errors', () => {
  it('-h is --help: the usage, naming yoy, on stdout, exit 0', () => {
    const long = cli(['--help']);
    const short = cli(['-h']);
    expect(short.status).toBe(0);
    expect(short.stdout).toBe(long.stdout);
    expect(short.stdout).toMatch(/^usage: yoy \[options\]/m);
    expect(short.stdout).not.toMatch(/^usage: npm/m);
    // the default cache is the user's cache directory, named as it is on this machine
    expect(short.stdout).toContain(path.join(cliEnv().XDG_CACHE_HOME!, 'yoy'));
  });

  it('a usage error is one line, the problem, then where help is: exit 2, no usage text', () => {
    for (const args of [['--frobnicate'], ['--review-threshold', 'lots'], ['--input', '']]) {
      const r = cli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^yoy: USAGE: [^\n]+\nsee yoy --help\n$/);
      expect(r.stdout).toBe('');
    }
  });

  it('a node that package.json engines does not admit is refused before the pipeline loads: exit 2, both named', () => {
    const engines = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).engines.node;
    // as the CLI sees it: process.versions replaced before the CLI is imported
    const on = (node: string) =>
      spawnSync(
        process.execPath,
        [
          '--import',
          `data:text/javascript,Object.defineProperty(process, "versions", { value: { ...process.versions, node: "${node}" } });`,
          CLI,
          '--output',
          path.join(tmpdir(), 'release'),
        ],
        { cwd: tmpdir(), env: cliEnv(), encoding: 'utf8' },
      );
    for (const node of ['20.11.1', '22.5.0']) {
      const r = on(node);
      expect(r.stderr).toBe(`yoy: NODE_UNSUPPORTED: yoy needs node ${engines}; this is node ${node}\n`);
      expect(r.status).toBe(2);
    }
    // and the node that runs the tests is let through (the rest of the suite depends on it)
    expect(cli(['--version']).status).toBe(0);
  });
});
