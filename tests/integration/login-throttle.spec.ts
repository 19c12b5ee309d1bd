import type * as TestAppModule from '../support/test-app';
import type { TestApp } from '../support/test-app';

// The login route is throttled per client address, on top of the per-account lock-out.
describe('login throttling', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Read when the auth controller module loads, so set before the app is imported.
    process.env.LOGIN_RATE_LIMIT_PER_MINUTE = '3';
    const { startTestApp } = jest.requireActual<typeof TestAppModule>('../support/test-app');
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers 429 after the limit, for any e-mail', async () => {
    const attempt = (i: number) =>
      t
        .anonymous()
        .post('/api/auth/login')
        .send({ email: `nobody${i}@demo.bemanna.se`, password: 'x' });
    for (let i = 0; i < 3; i++) expect((await attempt(i)).status).toBe(401);
    const limited = await attempt(4);
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      messageSv: expect.stringMatching(/För många försök/),
    });
  });
});
