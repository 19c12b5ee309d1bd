// Lint enforces the boundaries of ARCHITECTURE.md rather than goodwill:
// shared/src is pure (no frameworks, no I/O, no clock), web never imports the API's code, and a
// feature module of the API never reaches into another feature's repository.
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const typeAware = {
  languageOptions: {
    parserOptions: {
      projectService: true,
      tsconfigRootDir: import.meta.dirname,
      emitDecoratorMetadata: true,
      experimentalDecorators: true,
    },
  },
};

/** shared/src's import boundaries; `threads` lets a file start a worker thread (and nothing else of Node). */
function sharedImports({ threads = false } = {}) {
  return [
    'error',
    {
      patterns: [
        {
          group: ['@nestjs/*', 'typeorm', 'react', 'react-dom', 'pg', 'express'],
          message: 'shared/ is pure domain code: no frameworks.',
        },
        {
          group: ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https', ...(threads ? ['!node:worker_threads'] : ['worker_threads'])],
          message: 'shared/ does no I/O.',
        },
        { group: ['**/api/**', '**/web/**'], message: 'shared/ depends on nothing else in the repo.' },
      ],
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.data/**',
      'coverage/**',
      'api/scratch/**',
      'web/src/api/schema.d.ts',
      'tests/e2e/artifacts/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts', '**/*.tsx'],
    ...typeAware,
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Migrations and entity lists are arrays of classes; `Function` is the honest type there.
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    files: ['shared/src/**/*.ts'],
    ignores: ['shared/src/**/*.spec.ts', 'shared/src/**/*.test-support.ts'],
    rules: {
      'no-restricted-imports': sharedImports(),
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Rules get `now` in their input; no clock in shared/.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Rules get `now` in their input; no clock in shared/.',
        },
        {
          selector: "MemberExpression[object.name='Math'][property.name='random']",
          message: 'Use a seeded generator: results must be reproducible.',
        },
      ],
    },
  },
  {
    // The pricing thread is the solver's one piece of Node plumbing: injected like the LP engine
    // (SolveOptions.pricingThread) and loaded only where a caller asks for it. It may start a
    // worker thread; everything else above still holds.
    files: ['shared/src/solver/threaded-pricer.ts', 'shared/src/solver/pricing-worker.ts'],
    rules: {
      'no-restricted-imports': sharedImports({ threads: true }),
    },
  },
  {
    files: ['web/src/**/*.ts', 'web/src/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/api/src/**', '@bemanna/api', '@bemanna/api/*'],
              message: 'web/ talks to the API over HTTP only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['api/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../*/*.repository'], message: "Call the other feature's service, not its repository." },
          ],
        },
      ],
    },
  },
);
