import { failureScreenshots } from './browser';

declare global {
  // Set by failure-environment.ts while a test's body has failed.
  var e2eFailedTest: string | null | undefined;
}

// Runs before each suite's own afterEach (which closes the contexts): a failing test leaves
// `tests/e2e/artifacts/FAILED-<test>-<n>.png` of every page it had open.
afterEach(async () => {
  if (globalThis.e2eFailedTest) await failureScreenshots(globalThis.e2eFailedTest);
});
