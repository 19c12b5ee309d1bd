import { DEMO_PASSWORD } from '../../api/src/seed/demo-region';
import { DEMO } from '../support/demo-fixtures';
import { FixedClock } from '../support/fixed-clock';
import { type TestApp, startTestApp } from '../support/test-app';

describe('login, sessions and lock-out', () => {
  const clock = new FixedClock(new Date('2026-03-02T08:00:00Z'));
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ clock });
  });
  afterAll(() => t.close());

  it('logs in with an httpOnly SameSite=Strict cookie and answers /api/me', async () => {
    const agent = t.anonymous();
    const res = await agent
      .post('/api/auth/login')
      .send({ email: ' Schema.MED1@demo.bemanna.se ', password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/bemanna_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const me = await agent.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      email: DEMO.schedulerMed1,
      role: 'scheduler',
      organisationName: 'Region Norrlanda',
    });
    expect(me.body.managedDepartmentIds).toHaveLength(1);
  });

  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    const wrong = await t.anonymous().post('/api/auth/login').send({ email: DEMO.hr, password: 'fel-lösenord' });
    const unknown = await t
      .anonymous()
      .post('/api/auth/login')
      .send({ email: 'nobody@demo.bemanna.se', password: 'x' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.body.message).toBe(wrong.body.message);
    expect(wrong.body.messageSv).toBe('Fel e-postadress eller lösenord');
  });

  it('locks the account for 15 minutes after 5 failed attempts, even for the right password', async () => {
    const email = DEMO.schedulerKir;
    for (let i = 0; i < 5; i++) {
      expect(
        (
          await t
            .anonymous()
            .post('/api/auth/login')
            .send({ email, password: `fel-${i}` })
        ).status,
      ).toBe(401);
    }
    const locked = await t.anonymous().post('/api/auth/login').send({ email, password: DEMO_PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('ACCOUNT_LOCKED');
    clock.advanceMinutes(16);
    expect((await t.anonymous().post('/api/auth/login').send({ email, password: DEMO_PASSWORD })).status).toBe(200);
  });

  it('rejects requests without a session, with a forged cookie, after logout and after the idle timeout', async () => {
    expect((await t.anonymous().get('/api/me')).status).toBe(401);
    expect((await t.anonymous().get('/api/me').set('Cookie', 'bemanna_session=forged')).status).toBe(401);

    const agent = await t.login(DEMO.hr);
    expect((await agent.post('/api/auth/logout')).status).toBe(204);
    expect((await agent.get('/api/me')).status).toBe(401);

    const idle = await t.login(DEMO.hr);
    clock.advanceMinutes(11 * 60);
    expect((await idle.get('/api/me')).status).toBe(200); // activity slides the timeout
    clock.advanceMinutes(12 * 60 + 1);
    expect((await idle.get('/api/me')).status).toBe(401);
  });

  it('ends existing sessions when an admin disables the login or resets the password', async () => {
    const admin = await t.login(DEMO.admin);
    const anna = await t.login(DEMO.employeeAnna);
    const [user] = await t.dataSource.query(`SELECT id, version FROM users WHERE email = $1`, [DEMO.employeeAnna]);
    const reset = await admin.patch(`/api/users/${user.id}`).send({ password: 'ett-nytt-lösenord' });
    expect(reset.status).toBe(200);
    expect((await anna.get('/api/me')).status).toBe(401);
    expect(
      (await t.anonymous().post('/api/auth/login').send({ email: DEMO.employeeAnna, password: DEMO_PASSWORD })).status,
    ).toBe(401);

    const again = await t.login(DEMO.employeeAnna, 'ett-nytt-lösenord');
    expect((await admin.patch(`/api/users/${user.id}`).send({ active: false })).status).toBe(200);
    expect((await again.get('/api/me')).status).toBe(401);
    expect(
      (await t.anonymous().post('/api/auth/login').send({ email: DEMO.employeeAnna, password: 'ett-nytt-lösenord' }))
        .status,
    ).toBe(401);
  });

  it('answers a malformed login body with field messages', async () => {
    const res = await t.anonymous().post('/api/auth/login').send({ email: '', extra: 1 });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['email', 'extra', 'password']);
  });

  it('sets secure headers', async () => {
    const res = await t.anonymous().get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
