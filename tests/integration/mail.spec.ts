import { NotificationsService } from '../../api/src/notifications/notifications.service';
import { DEMO, type DemoIds, demoIds } from '../support/demo-fixtures';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { type Agent, type TestApp, startTestApp } from '../support/test-app';

const ANNA_MAIL = 'anna.lindqvist@demo.bemanna.se';

describe('e-mail: every notification also goes out through SMTP', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let ids: DemoIds;
  let med1: Agent;
  let annaAgent: Agent;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({
      mail: { smtpUrl: sink.url, from: 'Bemanna <schema@norrlanda.test>', appUrl: 'https://bemanna.norrlanda.test/' },
    });
    ids = await demoIds(t.dataSource);
    med1 = await t.login(DEMO.schedulerMed1);
    annaAgent = await t.login(DEMO.employeeAnna);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  const toAnna = (subject: string) => (m: { to: string[]; subject: string }) =>
    m.to.includes(ANNA_MAIL) && m.subject === subject;

  it('mails a published roster and a change to a published shift, in Swedish then English, with a link', async () => {
    const anna = ids.employeeByName('Anna', 'Lindqvist');
    const { body: period } = await med1
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2026-11-02', weeks: 1 });
    const { body: created } = await med1
      .post('/api/shifts')
      .send({ periodId: period.id, employeeId: anna, shiftTypeId: ids.shiftType('MED1', 'D'), date: '2026-11-03' });
    await med1.post(`/api/roster-periods/${period.id}/transition`).send({ to: 'review' });
    await med1.post(`/api/roster-periods/${period.id}/transition`).send({ to: 'published' });

    const [published] = await sink.waitFor(1, toAnna('Bemanna: Nytt schema: Medicin 1'));
    expect(published.from).toBe('schema@norrlanda.test');
    expect(published.text).toContain('Schemat 2026-11-02 – 2026-11-08 är publicerat. Se dina pass.');
    expect(published.text).toContain('Öppna i Bemanna: https://bemanna.norrlanda.test/me');
    expect(published.text).toContain('— In English —\nNew roster: Medicin 1');

    await med1
      .patch(`/api/shifts/${created.shift.id}`)
      .send({ version: created.shift.version, note: 'Flyttat', changeReason: 'Utbildning' })
      .expect(200);
    await med1
      .patch(`/api/shifts/${created.shift.id}`)
      .send({ version: created.shift.version + 1, start: '2026-11-03T13:30', end: '2026-11-03T21:30' })
      .expect(200);
    const changed = await sink.waitFor(2, toAnna('Bemanna: Ändring i ditt schema'));
    expect(changed.map((m) => m.text.split('\n')[0])).toEqual([
      'Passet 2026-11-03 07:00–15:30 är ändrat till 2026-11-03 07:00–15:30. Orsak: Utbildning',
      'Passet 2026-11-03 07:00–15:30 är ändrat till 2026-11-03 13:30–21:30.',
    ]);
  });

  it('mails the answer to a leave request, with the reason of a denial', async () => {
    const { body: request } = await annaAgent
      .post('/api/leave-requests')
      .send({ type: 'vacation', startDate: '2026-12-21', endDate: '2026-12-23' });
    await med1
      .post(`/api/leave-requests/${request.id}/decision`)
      .send({ decision: 'deny', reason: 'Julbemanningen är redan lagd' })
      .expect(200);
    const [denied] = await sink.waitFor(1, toAnna('Bemanna: Ledighet inte beviljad'));
    expect(denied.text.split('\n')[0]).toBe(
      'Din ansökan om ledighet 2026-12-21 – 2026-12-23 är inte beviljad. Motivering: Julbemanningen är redan lagd',
    );
    const inbox = (await annaAgent.get('/api/notifications')).body;
    expect(inbox.items[0]).toMatchObject({ kind: 'leave-decided', title: { en: 'Leave not approved' } });
  });

  it('mails nothing when the change it reports is rolled back', async () => {
    const notifications = t.app.get(NotificationsService);
    const anna = ids.employeeByName('Anna', 'Lindqvist');
    await expect(
      t.dataSource.transaction(async (em) => {
        await notifications.notifyEmployees(em, ids.organisationId, [anna], {
          kind: 'test',
          title: { sv: 'Ångrat', en: 'Undone' },
          body: { sv: 'Syns aldrig', en: 'Never seen' },
          link: null,
        });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    // A later message in its own transaction arrives; the rolled-back one never does.
    await t.dataSource.transaction((em) =>
      notifications.notifyEmployees(em, ids.organisationId, [anna], {
        kind: 'test',
        title: { sv: 'Kvar', en: 'Kept' },
        body: { sv: 'Syns', en: 'Seen' },
        link: null,
      }),
    );
    await sink.waitFor(1, toAnna('Bemanna: Kvar'));
    expect(sink.mails.filter(toAnna('Bemanna: Ångrat'))).toEqual([]);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM mail_outbox WHERE subject = 'Bemanna: Ångrat'`,
    );
    expect(n).toBe(0);
  });

  it('keeps a mail it could not send, with the error, to try again', async () => {
    // Nothing listens on port 1 of this machine: the connection is refused.
    const broken = await startTestApp({ mail: { smtpUrl: 'smtp://127.0.0.1:1' } });
    try {
      const scheduler = await broken.login(DEMO.schedulerMed1);
      const anna = await broken.login(DEMO.employeeAnna);
      const { body: request } = await anna
        .post('/api/leave-requests')
        .send({ type: 'comp-leave', startDate: '2027-01-18', endDate: '2027-01-18' });
      await scheduler.post(`/api/leave-requests/${request.id}/decision`).send({ decision: 'approve' }).expect(200);
      const deadline = Date.now() + 10_000;
      let row: { status: string; attempts: number; last_error: string | null } | undefined;
      while (Date.now() < deadline) {
        [row] = await broken.dataSource.query(
          `SELECT status, attempts, last_error FROM mail_outbox WHERE subject = 'Bemanna: Ledighet beviljad'`,
        );
        if (row && row.attempts > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(row).toMatchObject({ status: 'pending', attempts: 1 });
      expect(row!.last_error).toMatch(/ECONNREFUSED|connect/i);
    } finally {
      await broken.close();
    }
  });

  it('writes the e-mails to the log when no SMTP server is configured', async () => {
    const written: string[] = [];
    const logged = await startTestApp({ mail: { log: (text) => written.push(text) } });
    try {
      const scheduler = await logged.login(DEMO.schedulerMed1);
      const anna = await logged.login(DEMO.employeeAnna);
      const { body: request } = await anna
        .post('/api/leave-requests')
        .send({ type: 'comp-leave', startDate: '2027-01-11', endDate: '2027-01-11' });
      await scheduler.post(`/api/leave-requests/${request.id}/decision`).send({ decision: 'approve' }).expect(200);
      // The outbox marks the mail sent after the log has it: wait for both, not only the log.
      const deadline = Date.now() + 10_000;
      let status: string | undefined;
      while (Date.now() < deadline) {
        [{ status } = { status: undefined }] = await logged.dataSource.query(
          `SELECT status FROM mail_outbox WHERE subject = 'Bemanna: Ledighet beviljad'`,
        );
        if (status === 'sent' && written.some((w) => w.includes('Ledighet beviljad'))) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const entry = written.find((w) => w.includes('Ledighet beviljad'));
      expect(entry).toContain(`till ${ANNA_MAIL}`);
      expect(entry).toContain('Din ledighet 2027-01-11 är beviljad.');
      expect(status).toBe('sent');
    } finally {
      await logged.close();
    }
  });
});
