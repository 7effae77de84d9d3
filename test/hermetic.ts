// Run after every test file (vitest setupFiles): the project's output/ and its
// top level are as they were when the run began (test/global-setup.ts). Files
// run two at a time, so a change fails whichever file ends next, and every file
// after it. (An `npm start` in this checkout during the tests fails it too.)
import { afterAll, expect, inject } from 'vitest';
import { projectState } from './project-state.js';

afterAll(() => {
  expect(projectState(), "a test changed the project's output/ or left something at its top level").toBe(
    inject('projectState'),
  );
});
