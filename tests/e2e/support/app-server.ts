import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { type WriteStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ARTIFACTS, EMBEDDED_POSTGRES_JS, MIGRATE_JS, REPO_ROOT, SERVER_ENTRY, WEB_INDEX } from './paths';

interface RunningPostgres {
  serverUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface RunningApp {
  baseUrl: string;
  /** The app's database, for benchmarks that load extra data beside the demo region. */
  databaseUrl: string;
  server: ChildProcess;
  stop(): Promise<void>;
}

/**
 * The production build of the app on a free port against an embedded PostgreSQL in a temporary
 * directory; the server migrates and seeds the demo region on the empty database. Shared by the
 * browser suite's global setup and the roster benchmark.
 */
export async function startApp(options: { logName: string }): Promise<RunningApp> {
  if (!existsSync(SERVER_ENTRY) || !existsSync(WEB_INDEX) || !existsSync(EMBEDDED_POSTGRES_JS)) {
    console.log('\ne2e: api/dist or web/dist missing; running `npm run build` …');
    execFileSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  }
  mkdirSync(ARTIFACTS, { recursive: true });

  const { startEmbeddedPostgres } = (await import(EMBEDDED_POSTGRES_JS)) as {
    startEmbeddedPostgres(options: { dataDir: string }): Promise<RunningPostgres>;
  };
  const { ensureDatabase } = (await import(MIGRATE_JS)) as {
    ensureDatabase(serverUrl: string, name: string): Promise<void>;
  };

  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'bemanna-e2e-'));
  const pg = await startEmbeddedPostgres({ dataDir: path.join(tempDir, 'pg') });
  await ensureDatabase(pg.serverUrl, 'bemanna_e2e');

  const port = await freePort();
  const log = createWriteStream(path.join(ARTIFACTS, `${options.logName}.log`));
  const server = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: pg.urlFor('bemanna_e2e'),
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'true',
      // The suite logs in several times a minute from one address.
      LOGIN_RATE_LIMIT_PER_MINUTE: '200',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.pipe(log);
  server.stderr?.pipe(log);

  const stop = () => stopApp(server, pg, tempDir, log);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, server, options.logName);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, databaseUrl: pg.urlFor('bemanna_e2e'), server, stop };
}

async function stopApp(server: ChildProcess, pg: RunningPostgres, tempDir: string, log: WriteStream): Promise<void> {
  if (server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 10_000)))]);
    clearTimeout(timer);
    if (server.exitCode === null) server.kill('SIGKILL');
  }
  server.stdout?.destroy();
  server.stderr?.destroy();
  await new Promise((resolve) => log.end(resolve));
  await pg.stop();
  rmSync(tempDir, { recursive: true, force: true });
}

async function waitForHealth(baseUrl: string, server: ChildProcess, logName: string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`The server exited with code ${server.exitCode}; see tests/e2e/artifacts/${logName}.log`);
    }
    if (await isHealthy(`${baseUrl}/api/health`)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server did not become healthy within 3 minutes; see tests/e2e/artifacts/${logName}.log`);
}

/** One request without keep-alive, so no idle socket outlives the setup. */
function isHealthy(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = get(url, { agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.setTimeout(5_000, () => request.destroy());
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
