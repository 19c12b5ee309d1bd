// `npm test` runs every suite: the shared domain's, the API's and the web client's unit tests, and the integration
// suites against a real PostgreSQL. The browser suite runs apart (`npm run test:e2e`).
/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60_000,
  projects: ['<rootDir>/shared', '<rootDir>/web/jest.config.cjs', '<rootDir>/tests/jest.integration.config.js'],
};
