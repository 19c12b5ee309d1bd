/** Integration suites: the real app against a real, migrated PostgreSQL (see support/global-setup.ts). */
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'integration',
  testEnvironment: 'node',
  rootDir: '..',
  testMatch: ['<rootDir>/tests/integration/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }] },
  moduleNameMapper: { '^@bemanna/shared$': '<rootDir>/shared/src/index.ts' },
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
};
