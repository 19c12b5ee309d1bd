import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * Each integration test file gets its own database, copied from a template that the global setup
 * migrated and seeded once (CREATE DATABASE … TEMPLATE is a fast file copy), so files can run in
 * any order and in parallel.
 */
export const TEMPLATE_DATABASE = 'bemanna_test_template';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export function testServerUrl(): string {
  const url = process.env.BEMANNA_TEST_SERVER_URL;
  if (!url)
    throw new Error('BEMANNA_TEST_SERVER_URL is not set: run the tests through jest (tests/support/global-setup.ts)');
  return url;
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Refuses any database whose name does not say it is for tests. */
export function assertTestDatabaseName(name: string): void {
  if (!/test/i.test(name)) {
    throw new Error(`Refusing to run tests against database "${name}": its name must contain "test"`);
  }
}

export async function withAdminClient<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const name = `bemanna_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdminClient((c) =>
    c.query(options.empty ? `CREATE DATABASE "${name}"` : `CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`),
  );
  return {
    name,
    url: databaseUrl(testServerUrl(), name),
    drop: () => withAdminClient((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
