// Set up for every test file (vitest setupFiles): fast-check's seed, and after the
// file a check that the project's output/ and its top level are as they were when
// the run began (test/global-setup.ts). Files
// run two at a time, so a change fails whichever file ends next, and every file
// after it. (An `npm start` in this checkout during the tests fails it too.)
import { afterAll, expect, inject } from 'vitest';
import fc from 'fast-check';
import { projectState } from './project-state.js';

// randomness is seeded: every property test draws the same cases on every run and machine
// (a failure prints its seed and path; change the seed here to explore other cases)
fc.configureGlobal({ seed: 20261204 });

afterAll(() => {
  expect(projectState(), "a test changed the project's output/ or left something at its top level").toBe(
    inject('projectState'),
  );
});
