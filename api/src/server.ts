import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from './app.factory';
import { dataSourceOptions } from './common/database/data-source-options';
import { type RunningPostgres, startEmbeddedPostgres } from './common/database/embedded-postgres';
import { ensureDatabase, migrate } from './common/database/migrate';
import { DEMO_PASSWORD, demoRegion } from './seed/demo-region';
import { bootstrapOrganisationIfEmpty, bootstrapSettingsFromEnv } from './seed/bootstrap-organisation';
import { seedDemoIfEmpty } from './seed/seed-demo';

/**
 * `npm start`: PostgreSQL (embedded under ./.data/pg unless DATABASE_URL is set) → migrations →
 * demo seed on an empty database → API under /api and the web client on one port.
 */
async function main(): Promise<void> {
  const root = repoRoot();
  const port = Number(process.env.PORT ?? 3000);
  let embedded: RunningPostgres | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.log('Startar inbyggd PostgreSQL (./.data/pg) …');
    embedded = await startEmbeddedPostgres({ dataDir: path.join(root, '.data', 'pg'), log: (l) => console.error(l) });
    await ensureDatabase(embedded.serverUrl, 'bemanna');
    databaseUrl = embedded.urlFor('bemanna');
  }

  const stopDatabase = async () => {
    if (embedded) await embedded.stop().catch(() => undefined);
  };

  try {
    const applied = await migrate(databaseUrl);
    if (applied.length > 0) console.log(`Migrations applied: ${applied.join(', ')}`);
    const bootstrap = bootstrapSettingsFromEnv(process.env);
    const seedDemo = !bootstrap && process.env.SEED_DEMO !== 'false';
    if (bootstrap && (await withDataSource(databaseUrl, (ds) => bootstrapOrganisationIfEmpty(ds, bootstrap)))) {
      console.log(`Organisation "${bootstrap.organisationName}" created with administrator ${bootstrap.adminEmail}.`);
    }
    if (seedDemo && (await withDataSource(databaseUrl, seedDemoIfEmpty))) {
      console.log('Demo region "Region Norrlanda" seeded.');
    }

    const app = await createApp({
      databaseUrl,
      webDist: path.join(root, 'web', 'dist'),
      logLevels: ['error', 'warn'],
      mail: { smtpUrl: process.env.SMTP_URL || undefined, from: process.env.MAIL_FROM, appUrl: process.env.APP_URL },
    });
    await app.listen(port, process.env.HOST ?? '0.0.0.0');

    let stopping = false;
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.log(`\n${signal}: stopping …`);
      await app.close();
      await stopDatabase();
      process.exit(0);
    };
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));

    printBanner(port, !existsSync(path.join(root, 'web', 'dist', 'index.html')), seedDemo);
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}

async function withDataSource<T>(url: string, fn: (ds: DataSource) => Promise<T>): Promise<T> {
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  try {
    return await fn(ds);
  } finally {
    await ds.destroy();
  }
}

function printBanner(port: number, webMissing: boolean, demo: boolean): void {
  const url = `http://localhost:${port}`;
  const users = demoRegion().users;
  const width = Math.max(...users.map((u) => u.email.length));
  console.log('');
  console.log(`Bemanna körs på ${url}   (API: ${url}/api, dokumentation: ${url}/api/docs)`);
  if (webMissing) console.log('Obs: webbklienten är inte byggd (web/dist saknas); kör `npm run build`.');
  if (!demo) {
    console.log('\nStoppa med Ctrl-C.');
    return;
  }
  console.log('');
  console.log(`Demo-inloggningar (lösenord för alla: ${DEMO_PASSWORD}):`);
  for (const u of users) console.log(`  ${u.email.padEnd(width)}  ${u.role.padEnd(9)}  ${u.displayName}`);
  console.log('\nStoppa med Ctrl-C.');
}

function repoRoot(): string {
  let dir = __dirname;
  while (dir !== path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'bemanna') return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

main().catch((error: unknown) => {
  console.error('Bemanna kunde inte starta:', error instanceof Error ? error.message : error);
  process.exit(1);
});
