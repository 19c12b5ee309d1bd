import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const ARTIFACTS = path.join(REPO_ROOT, 'tests', 'e2e', 'artifacts');
export const SERVER_ENTRY = path.join(REPO_ROOT, 'api', 'dist', 'api', 'src', 'server.js');
export const WEB_INDEX = path.join(REPO_ROOT, 'web', 'dist', 'index.html');
/** Compiled API modules the setup reuses (the suite runs the built app, as production does). */
export const EMBEDDED_POSTGRES_JS = path.join(
  REPO_ROOT,
  'api',
  'dist',
  'api',
  'src',
  'common',
  'database',
  'embedded-postgres.js',
);
export const MIGRATE_JS = path.join(REPO_ROOT, 'api', 'dist', 'api', 'src', 'common', 'database', 'migrate.js');
