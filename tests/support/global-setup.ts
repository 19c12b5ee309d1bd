import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../api/src/common/database/data-source-options';
import { startEmbeddedPostgres } from '../../api/src/common/database/embedded-postgres';
import { migrate } from '../../api/src/common/database/migrate';
import { seedDemoIfEmpty } from '../../api/src/seed/seed-demo';
import { TEMPLATE_DATABASE, assertTestDatabaseName, databaseUrl } from './test-database';

/**
 * Starts PostgreSQL for the integration suites (embedded in a temporary directory, or the server
 * of DATABASE_URL), then migrates and seeds the template database every test file copies.
 */
export default async function globalSetup(): Promise<void> {
  process.env.TZ = 'America/New_York';
  // Suites log in many times from one address; the login throttle has its own test.
  process.env.LOGIN_RATE_LIMIT_PER_MINUTE ??= '1000';
  let serverUrl: string;
  if (process.env.DATABASE_URL) {
    serverUrl = process.env.DATABASE_URL;
    assertTestDatabaseName(new URL(serverUrl).pathname.slice(1));
  } else {
    const tempDir = mkdtempSync(path.join(os.tmpdir(), 'bemanna-test-pg-'));
    const dataDir = path.join(tempDir, 'pg');
    const pg = await startEmbeddedPostgres({ dataDir });
    (globalThis as { __BEMANNA_PG__?: unknown }).__BEMANNA_PG__ = { pg, dataDir };
    serverUrl = pg.serverUrl;
  }
  process.env.BEMANNA_TEST_SERVER_URL = serverUrl;

  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DATABASE}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`);
  } finally {
    await admin.end();
  }
  const templateUrl = databaseUrl(serverUrl, TEMPLATE_DATABASE);
  await migrate(templateUrl);
  const ds = new DataSource(dataSourceOptions(templateUrl));
  await ds.initialize();
  try {
    await seedDemoIfEmpty(ds);
  } finally {
    await ds.destroy();
  }
}
