/** @type {import('jest').Config} */
module.exports = {
  displayName: 'shared',
  testEnvironment: 'node',
  rootDir: 'src',
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/../tsconfig.json' }] },
  // Pin the process zone to something that is not Stockholm, so code that
  // accidentally uses the machine's local time fails its tests.
  globalSetup: '<rootDir>/../jest.global-setup.js',
};
