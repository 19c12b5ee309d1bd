/**
 * Browser end-to-end suite (`npm run test:e2e`, not part of `npm test`): the built app on its own
 * embedded PostgreSQL, driven through Debian's Chromium with playwright-core.
 */
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'e2e',
  // Node, plus which test failed: failing tests leave screenshots of their pages (FAILED-*.png).
  testEnvironment: '<rootDir>/tests/e2e/support/failure-environment.ts',
  setupFilesAfterEnv: ['<rootDir>/tests/e2e/support/failure-screenshots.ts'],
  rootDir: '../..',
  testMatch: ['<rootDir>/tests/e2e/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tests/e2e/tsconfig.json' }] },
  globalSetup: '<rootDir>/tests/e2e/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/e2e/support/global-teardown.ts',
  testTimeout: 120_000,
};
