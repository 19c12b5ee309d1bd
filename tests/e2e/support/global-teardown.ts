import type { E2eState } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { __BEMANNA_E2E__?: E2eState }).__BEMANNA_E2E__;
  await state?.app.stop();
}
