import { type RunningApp, startApp } from './app-server';

export interface E2eState {
  app: RunningApp;
}

/** Starts the built app on its own embedded PostgreSQL with the demo region (see app-server.ts). */
export default async function globalSetup(): Promise<void> {
  const app = await startApp({ logName: 'server' });
  (globalThis as { __BEMANNA_E2E__?: E2eState }).__BEMANNA_E2E__ = { app };
  process.env.BEMANNA_E2E_URL = app.baseUrl;
}
