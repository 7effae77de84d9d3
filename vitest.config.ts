import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // builds the shared release fixture once and gives every run a temporary directory of its own
    globalSetup: ['test/global-setup.ts'],
    // after each file: it left the project's output/ and .yoy-cache/ alone
    setupFiles: ['test/hermetic.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // the files of one worker share its modules: each file imported the pipeline afresh, a
    // quarter of the suite's time. Every file still sets up its own state (its own temporary
    // directories, caches and CLI runs), and the pipeline's only module state is the lexicon
    // in use, which each run sets for itself
    isolate: false,
    // vitest's default leaves one core free, which on two cores is one file at a time. A test
    // file mostly waits for the CLI it runs, so one file more than the cores keeps them busy
    // while a CLI starts or a file sets up: on two cores (2026-12-06, 1322 tests) three files at
    // a time took 117.8 s and 117.5 s, two 128.7 s and 127.5 s
    maxWorkers: Math.max(3, os.availableParallelism() + 1),
  },
});
