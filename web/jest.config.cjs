// Unit tests of the web client's pure modules (`npm test -w web`): node, no DOM. The browser
// journeys are in tests/e2e.
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'web',
  testEnvironment: 'node',
  rootDir: 'src',
  testMatch: ['**/*.spec.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        tsconfig: {
          target: 'ES2022',
          module: 'commonjs',
          moduleResolution: 'node',
          esModuleInterop: true,
          isolatedModules: true,
          strict: true,
          skipLibCheck: true,
        },
      },
    ],
  },
  moduleNameMapper: { '^@bemanna/shared$': '<rootDir>/../../shared/src/index.ts' },
  // Like the shared package: a zone that is not Stockholm, so accidental local time shows up.
  globalSetup: '<rootDir>/../../shared/jest.global-setup.js',
};
