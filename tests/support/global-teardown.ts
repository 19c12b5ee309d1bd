import { rmSync } from 'node:fs';
import path from 'node:path';
import type { RunningPostgres } from '../../api/src/common/database/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { __BEMANNA_PG__?: { pg: RunningPostgres; dataDir: string } }).__BEMANNA_PG__;
  if (!state) return;
  await state.pg.stop();
  rmSync(path.dirname(state.dataDir), { recursive: true, force: true });
}
