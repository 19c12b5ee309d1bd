import http from 'node:http';
import type { AddressInfo } from 'node:net';
import supertest from 'supertest';
import { createApp } from '../../api/src/app.factory';
import { DEMO_PASSWORD } from '../../api/src/seed/demo-region';
import { DEMO, type DemoIds, demoIds } from '../support/demo-fixtures';
import { type TestApp, startTestApp } from '../support/test-app';

// Two API processes on one database: a change made through one reaches a browser connected to
// the other, through PostgreSQL LISTEN/NOTIFY.
describe('live roster changes', () => {
  let t: TestApp;
  let second: Awaited<ReturnType<typeof createApp>>;
  let ids: DemoIds;
  let port: number;

  beforeAll(async () => {
    t = await startTestApp();
    ids = await demoIds(t.dataSource);
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    second = await createApp({ databaseUrl: t.db.url, logLevels: ['error'] });
    await second.init();
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  const cookieFor = async (server: http.Server, email: string) => {
    const res = await supertest(server).post('/api/auth/login').send({ email, password: DEMO_PASSWORD });
    return String(res.headers['set-cookie']).split(';')[0];
  };

  /** Opens the SSE stream; resolves once the server accepted it, with the first roster event to come. */
  const openStream = (path: string, cookie: string) =>
    new Promise<{ firstEvent: Promise<Record<string, unknown>>; close: () => void }>((accepted, refused) => {
      const req = http.get(
        { host: '127.0.0.1', port, path, headers: { cookie, accept: 'text/event-stream' } },
        (res) => {
          if (res.statusCode !== 200) {
            res.resume();
            return refused(new Error(`SSE answered ${res.statusCode}`));
          }
          const firstEvent = new Promise<Record<string, unknown>>((resolve) => {
            let buffer = '';
            res.on('data', (chunk: Buffer) => {
              buffer += chunk.toString('utf8');
              const match = /event: roster\n(?:id: [^\n]*\n)?data: (.*)\n/.exec(buffer);
              if (match) resolve(JSON.parse(match[1]) as Record<string, unknown>);
            });
          });
          accepted({ firstEvent, close: () => req.destroy() });
        },
      );
      req.on('error', refused);
    });

  it('delivers a change made through another API process', async () => {
    const agentB = supertest.agent(second.getHttpServer());
    await agentB.post('/api/auth/login').send({ email: DEMO.admin, password: DEMO_PASSWORD }).expect(200);
    const { body: period } = await agentB
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2026-04-06', weeks: 1 });

    const cookie = await cookieFor(t.app.getHttpServer(), DEMO.schedulerMed1);
    const stream = await openStream(`/api/roster-periods/${period.id}/events`, cookie);

    const { body: created } = await agentB
      .post('/api/shifts')
      .send({ periodId: period.id, employeeId: null, shiftTypeId: ids.shiftType('MED1', 'N'), date: '2026-04-07' });
    const event = await stream.firstEvent;
    stream.close();
    expect(event).toMatchObject({ periodId: period.id, kind: 'shift-created', shiftId: created.shift.id });
  });

  it('does not open the stream of a period the user may not see', async () => {
    const cookie = await cookieFor(t.app.getHttpServer(), DEMO.schedulerKir);
    const { body: period } = await (
      await t.login(DEMO.schedulerMed1)
    )
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2026-04-13', weeks: 1 });
    await expect(openStream(`/api/roster-periods/${period.id}/events`, cookie)).rejects.toThrow(/404/);
  });
});
