import { rmSync } from 'node:fs';
import type { E2eState } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { __BEMANNA_E2E__?: E2eState }).__BEMANNA_E2E__;
  if (!state) return;
  const { server, pg, tempDir, log } = state;
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
