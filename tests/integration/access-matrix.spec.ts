import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { addDays, DEFAULT_GENERATION_WEIGHTS } from '@bemanna/shared';
import type { Response } from 'supertest';
import { DEMO_PASSWORD } from '../../api/src/seed/demo-region';
import { DEMO, type DemoIds, demoIds } from '../support/demo-fixtures';
import { listRoutes } from '../support/routes';
import { type Agent, type TestApp, startTestApp } from '../support/test-app';

// Every route × every role, with the status each must get. A route added without a row here fails
// the first test, so nobody can ship an endpoint whose access nobody decided.

type Who = 'anonymous' | 'admin' | 'scheduler' | 'hr' | 'employee';
const WHO: Who[] = ['anonymous', 'admin', 'scheduler', 'hr', 'employee'];

interface Ctx {
  t: TestApp;
  /** The app listens on this port too, for the streaming route. */
  port: number;
  /** Session cookies of separate logins, for requests made without supertest. */
  cookies: Record<Who, string>;
  ids: DemoIds;
  agents: Record<Who, Agent>;
  unique(): string;
}

interface Case {
  expect: Record<Who, number>;
  run(ctx: Ctx, who: Who): Promise<Response>;
}

const expectAll = (status: number): Record<Who, number> => ({
  anonymous: status,
  admin: status,
  scheduler: status,
  hr: status,
  employee: status,
});
const loggedIn = (status: number, only: Partial<Record<Who, number>> = {}): Record<Who, number> => ({
  anonymous: 401,
  admin: status,
  scheduler: status,
  hr: status,
  employee: status,
  ...only,
});
const adminOnly = (status: number) => loggedIn(403, { admin: status });

const get = (path: (ctx: Ctx) => string) => (ctx: Ctx, who: Who) => ctx.agents[who].get(path(ctx));
const send =
  (
    method: 'post' | 'patch' | 'put' | 'delete',
    path: (ctx: Ctx) => string | Promise<string>,
    body?: (ctx: Ctx) => object,
  ) =>
  async (ctx: Ctx, who: Who) => {
    const url = await path(ctx);
    const req = ctx.agents[who][method](url);
    return body ? req.send(body(ctx)) : req;
  };

const admin = (ctx: Ctx) => ctx.agents.admin;
const freshDepartment = async (ctx: Ctx) =>
  `/api/departments/${(await admin(ctx).post('/api/departments').send({ name: 'Tillfällig', code: ctx.unique(), kind: 'ward' })).body.id}`;
const freshSkill = async (ctx: Ctx) =>
  `/api/skills/${(await admin(ctx).post('/api/skills').send({ code: ctx.unique(), name: 'Tillfällig' })).body.id}`;
const employeeBody = (ctx: Ctx) => ({
  employeeNumber: ctx.unique(),
  firstName: 'Test',
  lastName: 'Person',
  profession: 'sjukskoterska',
  employmentRate: 80,
  employmentForm: 'tillsvidare',
  agreement: 'ab-hok-vardforbundet',
  homeDepartmentId: ctx.ids.department('MED1'),
});
const freshEmployee = async (ctx: Ctx) =>
  `/api/employees/${(await admin(ctx).post('/api/employees').send(employeeBody(ctx))).body.id}`;
const shiftTypeBody = (ctx: Ctx) => ({
  departmentId: ctx.ids.department('MED1'),
  code: ctx.unique().slice(-8),
  name: 'Test',
  startTime: '08:00',
  endTime: '16:30',
  breakMinutes: 30,
  colour: '#336699',
});
const freshShiftType = async (ctx: Ctx) =>
  `/api/shift-types/${(await admin(ctx).post('/api/shift-types').send(shiftTypeBody(ctx))).body.id}`;
const freshUser = async (ctx: Ctx) =>
  `/api/users/${
    (
      await admin(ctx)
        .post('/api/users')
        .send({ email: `${ctx.unique()}@test.se`, displayName: 'T', password: 'långt-lösenord-1', role: 'hr' })
    ).body.id
  }`;
const med1Nurse = (ctx: Ctx) => ctx.ids.employeeByName('Johan', 'Berg');
let periodWeek = 0;
/** A new one-week draft period of Medicin 1, each in a week of its own. */
const freshPeriod = async (ctx: Ctx) => {
  const startDate = addDays('2030-01-07', 7 * periodWeek++);
  const res = await admin(ctx)
    .post('/api/roster-periods')
    .send({ departmentId: ctx.ids.department('MED1'), startDate, weeks: 1 });
  return `/api/roster-periods/${res.body.id}`;
};
/** An open shift (no employee, so no rule applies) in a new draft period. */
const openShiftBody = async (ctx: Ctx) => {
  const periodPath = await freshPeriod(ctx);
  const periodId = periodPath.split('/').pop();
  const { body: period } = await admin(ctx).get(periodPath);
  return { periodId, employeeId: null, shiftTypeId: ctx.ids.shiftType('MED1', 'D'), date: period.startDate };
};
const freshShift = async (ctx: Ctx) =>
  `/api/shifts/${
    (
      await admin(ctx)
        .post('/api/shifts')
        .send(await openShiftBody(ctx))
    ).body.shift.id
  }`;
const freshBaseSchedule = async (ctx: Ctx) =>
  `/api/base-schedules/${
    (
      await admin(ctx)
        .post(`/api/departments/${ctx.ids.department('MED1')}/base-schedules`)
        .send({ name: 'Tillfälligt', weeks: 1, entries: [] })
    ).body.id
  }`;
let leaveWeek = 0;
/** A leave request for Anna (whom the employee agent is), each in a week of its own. */
const leaveBody = (ctx: Ctx) => {
  const startDate = addDays('2033-01-03', 7 * leaveWeek++);
  return {
    employeeId: ctx.ids.employeeByName('Anna', 'Lindqvist'),
    type: 'vacation',
    startDate,
    endDate: addDays(startDate, 2),
  };
};
const freshLeave = async (ctx: Ctx) =>
  `/api/leave-requests/${(await admin(ctx).post('/api/leave-requests').send(leaveBody(ctx))).body.id}`;
let published: Promise<string> | undefined;
/** A published period of Medicin 1, which its employees (Anna) may see. */
const publishedPeriod = (ctx: Ctx) =>
  (published ??= (async () => {
    const path = await freshPeriod(ctx);
    await admin(ctx).post(`${path}/transition`).send({ to: 'review' });
    await admin(ctx).post(`${path}/transition`).send({ to: 'published' });
    return path;
  })());

let payrollWeek = 0;
/** A new published one-week period of Medicin 1 with a day shift for Anna (payroll rows; weeks of their own). */
const annaPublishedShift = async (ctx: Ctx) => {
  const { body: period } = await admin(ctx)
    .post('/api/roster-periods')
    .send({ departmentId: ctx.ids.department('MED1'), startDate: addDays('2036-01-07', 7 * payrollWeek++), weeks: 1 });
  const path = `/api/roster-periods/${period.id}`;
  const { body: created } = await admin(ctx)
    .post('/api/shifts')
    .send({
      periodId: period.id,
      employeeId: ctx.ids.employeeByName('Anna', 'Lindqvist'),
      shiftTypeId: ctx.ids.shiftType('MED1', 'D'),
      date: period.startDate,
    });
  await admin(ctx).post(`${path}/transition`).send({ to: 'review' });
  await admin(ctx).post(`${path}/transition`).send({ to: 'published' });
  return { periodId: period.id as string, date: period.startDate as string, shiftId: created.shift.id as string };
};
/** A deviation Anna reported herself, waiting for a decision. */
const reportedDeviation = async (ctx: Ctx) => {
  const { shiftId, date } = await annaPublishedShift(ctx);
  const { body } = await ctx.agents.employee
    .post('/api/deviations')
    .send({ kind: 'left-early', shiftId, start: `${date}T14:00` });
  return body as { id: string; version: number };
};
const payrollScope = (c: Ctx) => `from=2030-01-07&to=2030-01-13&departmentIds=${c.ids.department('MED1')}`;
/** A body that exports the new time of a fresh published week. */
const exportBody = async (ctx: Ctx) => {
  const { date } = await annaPublishedShift(ctx);
  return {
    from: date,
    to: addDays(date, 6),
    departmentIds: [ctx.ids.department('MED1')],
    format: 'paxml',
    includeUnattested: true,
  };
};
let recordedExport: Promise<string> | undefined;
const anExport = (ctx: Ctx) =>
  (recordedExport ??= (async () =>
    `/api/payroll/exports/${
      (
        await admin(ctx)
          .post('/api/payroll/exports')
          .send(await exportBody(ctx))
      ).body.id
    }`)());
const hrOnly = (status: number) => loggedIn(403, { admin: status, hr: status });
const JOHAN = 'johan.berg@demo.bemanna.se';
/** A new published week of Medicin 1 with a day shift for each person on the given day of the week (0 = Monday). */
let exchangeWeek = 0;
const publishedShifts = async (ctx: Ctx, people: [string, string, number][], open = 0): Promise<string[]> => {
  const { body: period } = await admin(ctx)
    .post('/api/roster-periods')
    .send({ departmentId: ctx.ids.department('MED1'), startDate: addDays('2037-01-05', 7 * exchangeWeek++), weeks: 1 });
  const path = `/api/roster-periods/${period.id}`;
  const shiftIds: string[] = [];
  for (const [first, last, day] of people) {
    const { body } = await admin(ctx)
      .post('/api/shifts')
      .send({
        periodId: period.id,
        employeeId: ctx.ids.employeeByName(first, last),
        shiftTypeId: ctx.ids.shiftType('MED1', 'D'),
        date: addDays(period.startDate, day),
      });
    shiftIds.push(body.shift.id);
  }
  for (let i = 0; i < open; i++) {
    const { body } = await admin(ctx)
      .post('/api/shifts')
      .send({
        periodId: period.id,
        employeeId: null,
        shiftTypeId: ctx.ids.shiftType('MED1', 'D'),
        date: addDays(period.startDate, 3),
      });
    shiftIds.push(body.shift.id);
  }
  await admin(ctx).post(`${path}/transition`).send({ to: 'review' });
  await admin(ctx).post(`${path}/transition`).send({ to: 'published' });
  return shiftIds;
};
/** Johan offers Anna (the employee agent) his shift: in exchange for hers, or as a give-away. */
const swapToAnna = async (ctx: Ctx, kind: 'exchange' | 'give-away') => {
  const [annas, johans] = await publishedShifts(ctx, [
    ['Anna', 'Lindqvist', 1],
    ['Johan', 'Berg', 2],
  ]);
  const johan = await ctx.t.login(JOHAN);
  const { body } = await johan
    .post('/api/swaps')
    .send(kind === 'exchange' ? { offeredShiftId: johans, requestedShiftId: annas } : { offeredShiftId: johans });
  return `/api/swaps/${body.id}`;
};
/** A give-away Anna accepted, waiting for the scheduler. */
const swapAwaitingApproval = async (ctx: Ctx) => {
  const path = await swapToAnna(ctx, 'give-away');
  await ctx.agents.employee.post(`${path}/accept`).send({});
  return path;
};

/** An open shift of Medicin 1 put out for the staff (Anna may take it). */
const openShiftPosting = async (ctx: Ctx) => {
  const [shiftId] = await publishedShifts(ctx, [], 1);
  const { body } = await admin(ctx).post('/api/open-shifts').send({ shiftId });
  return `/api/open-shifts/${body.id}`;
};
/** A roster generation of a fresh period (Medicin 1 has no needs here, so it finishes at once). */
const freshRun = async (ctx: Ctx, timeLimitSeconds = 5) => {
  const period = await freshPeriod(ctx);
  const res = await admin(ctx).post(`${period}/generation-runs`).send({ mode: 'fill-gaps', timeLimitSeconds });
  return `/api/generation-runs/${res.body.id}`;
};
/** A generation that has reached its proposal. */
const proposalRun = async (ctx: Ctx) => {
  const path = await freshRun(ctx);
  for (let i = 0; i < 300; i++) {
    if ((await admin(ctx).get(path)).body.status === 'proposal') return path;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${path} did not reach a proposal`);
};
let sharedRun: Promise<string> | undefined;

const MATRIX: Record<string, Case> = {
  'GET /api/health': { expect: expectAll(200), run: get(() => '/api/health') },
  'POST /api/auth/login': {
    expect: expectAll(200),
    // A fresh client, so the shared agents keep their own sessions.
    run: (ctx) => ctx.t.anonymous().post('/api/auth/login').send({ email: DEMO.hr, password: DEMO_PASSWORD }),
  },
  'POST /api/auth/logout': {
    expect: loggedIn(204),
    // Log out a separate session of the same user, so the shared agents stay logged in.
    run: async (ctx, who) =>
      (who === 'anonymous' ? ctx.t.anonymous() : await ctx.t.login(EMAIL[who])).post('/api/auth/logout'),
  },
  'GET /api/me': { expect: loggedIn(200), run: get(() => '/api/me') },
  'GET /api/audit': { expect: adminOnly(200), run: get(() => '/api/audit') },
  'GET /api/organisations': { expect: adminOnly(200), run: get(() => '/api/organisations') },
  'GET /api/organisations/:id': {
    expect: adminOnly(200),
    run: get((c) => `/api/organisations/${c.ids.organisationId}`),
  },
  'PATCH /api/organisations/:id': {
    expect: adminOnly(200),
    run: send(
      'patch',
      (c) => `/api/organisations/${c.ids.organisationId}`,
      () => ({ name: 'Region Norrlanda' }),
    ),
  },
  'GET /api/departments': { expect: loggedIn(200), run: get(() => '/api/departments') },
  'GET /api/departments/:id': {
    expect: loggedIn(200),
    run: get((c) => `/api/departments/${c.ids.department('MED1')}`),
  },
  'POST /api/departments': {
    expect: adminOnly(201),
    run: send(
      'post',
      () => '/api/departments',
      (c) => ({ name: 'Ny enhet', code: c.unique(), kind: 'ward' }),
    ),
  },
  'PATCH /api/departments/:id': {
    expect: adminOnly(200),
    run: send(
      'patch',
      (c) => `/api/departments/${c.ids.department('MED1')}`,
      () => ({ name: 'Medicin 1' }),
    ),
  },
  'DELETE /api/departments/:id': { expect: adminOnly(204), run: send('delete', freshDepartment) },
  'GET /api/skills': { expect: loggedIn(200), run: get(() => '/api/skills') },
  'POST /api/skills': {
    expect: adminOnly(201),
    run: send(
      'post',
      () => '/api/skills',
      (c) => ({ code: c.unique(), name: 'Ny' }),
    ),
  },
  'PATCH /api/skills/:id': {
    expect: adminOnly(200),
    run: send(
      'patch',
      (c) => `/api/skills/${c.ids.skill('IVA')}`,
      () => ({ name: 'Intensivvård' }),
    ),
  },
  'DELETE /api/skills/:id': { expect: adminOnly(204), run: send('delete', freshSkill) },
  'GET /api/employees': { expect: loggedIn(200, { employee: 403 }), run: get(() => '/api/employees') },
  'GET /api/employees/:id': {
    expect: loggedIn(200, { employee: 403 }),
    run: get((c) => `/api/employees/${med1Nurse(c)}`),
  },
  'POST /api/employees': {
    expect: loggedIn(403, { admin: 201, scheduler: 201 }),
    run: send('post', () => '/api/employees', employeeBody),
  },
  'PATCH /api/employees/:id': {
    expect: loggedIn(403, { admin: 200, scheduler: 200 }),
    run: send(
      'patch',
      (c) => `/api/employees/${med1Nurse(c)}`,
      () => ({ phone: '070-111 22 33' }),
    ),
  },
  'DELETE /api/employees/:id': { expect: adminOnly(204), run: send('delete', freshEmployee) },
  'GET /api/shift-types': { expect: loggedIn(200), run: get(() => '/api/shift-types') },
  'POST /api/shift-types': {
    expect: loggedIn(403, { admin: 201, scheduler: 201 }),
    run: send('post', () => '/api/shift-types', shiftTypeBody),
  },
  'PATCH /api/shift-types/:id': {
    expect: loggedIn(403, { admin: 200, scheduler: 200 }),
    run: send(
      'patch',
      (c) => `/api/shift-types/${c.ids.shiftType('MED1', 'D')}`,
      () => ({ name: 'Dag' }),
    ),
  },
  'DELETE /api/shift-types/:id': {
    expect: loggedIn(403, { admin: 204, scheduler: 204 }),
    run: send('delete', freshShiftType),
  },
  'GET /api/users': { expect: adminOnly(200), run: get(() => '/api/users') },
  'GET /api/users/:id': { expect: adminOnly(200), run: get((c) => `/api/users/${c.ids.user(DEMO.hr)}`) },
  'POST /api/users': {
    expect: adminOnly(201),
    run: send(
      'post',
      () => '/api/users',
      (c) => ({ email: `${c.unique()}@test.se`, displayName: 'Ny', password: 'långt-lösenord-1', role: 'employee' }),
    ),
  },
  'PATCH /api/users/:id': {
    expect: adminOnly(200),
    run: send(
      'patch',
      (c) => `/api/users/${c.ids.user(DEMO.hr)}`,
      () => ({ displayName: 'Helena Lönn (HR)' }),
    ),
  },
  'DELETE /api/users/:id': { expect: adminOnly(204), run: send('delete', freshUser) },
  'GET /api/roster-periods': { expect: loggedIn(200), run: get(() => '/api/roster-periods') },
  'GET /api/roster-periods/:id': {
    expect: loggedIn(200),
    run: async (ctx, who) => ctx.agents[who].get(await publishedPeriod(ctx)),
  },
  'POST /api/roster-periods': {
    expect: loggedIn(403, { admin: 201, scheduler: 201 }),
    run: send(
      'post',
      () => '/api/roster-periods',
      (c) => ({
        departmentId: c.ids.department('MED1'),
        startDate: addDays('2031-01-06', 7 * periodWeek++),
        weeks: 1,
      }),
    ),
  },
  'POST /api/roster-periods/:id/transition': {
    expect: loggedIn(403, { admin: 200, scheduler: 200 }),
    run: send(
      'post',
      async (c) => `${await freshPeriod(c)}/transition`,
      () => ({ to: 'review' }),
    ),
  },
  'DELETE /api/roster-periods/:id': {
    expect: loggedIn(403, { admin: 204, scheduler: 204 }),
    run: send('delete', freshPeriod),
  },
  'GET /api/roster-periods/:id/events': {
    expect: loggedIn(200),
    // A stream stays open: take the status from the response head and hang up.
    run: async (ctx, who) => {
      const path = `${await publishedPeriod(ctx)}/events`;
      const status = await new Promise<number>((resolve, reject) => {
        const req = http.get(
          { host: '127.0.0.1', port: ctx.port, path, headers: { cookie: ctx.cookies[who] } },
          (res) => {
            resolve(res.statusCode ?? 0);
            req.destroy();
          },
        );
        req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
      });
      return { status, body: {} } as Response;
    },
  },
  'GET /api/roster-periods/:id/roster': {
    expect: loggedIn(200, { employee: 403 }),
    run: async (ctx, who) => ctx.agents[who].get(`${await publishedPeriod(ctx)}/roster`),
  },
  'GET /api/departments/:departmentId/base-schedules': {
    expect: loggedIn(200, { employee: 403 }),
    run: get((c) => `/api/departments/${c.ids.department('MED1')}/base-schedules`),
  },
  'POST /api/departments/:departmentId/base-schedules': {
    expect: loggedIn(403, { admin: 201, scheduler: 201 }),
    run: send(
      'post',
      (c) => `/api/departments/${c.ids.department('MED1')}/base-schedules`,
      () => ({ name: 'Tom', weeks: 1, entries: [] }),
    ),
  },
  'PUT /api/base-schedules/:id': {
    expect: loggedIn(403, { admin: 200, scheduler: 200 }),
    run: send('put', freshBaseSchedule, () => ({ name: 'Omdöpt', weeks: 2, entries: [] })),
  },
  'DELETE /api/base-schedules/:id': {
    expect: loggedIn(403, { admin: 204, scheduler: 204 }),
    run: send('delete', freshBaseSchedule),
  },
  'POST /api/roster-periods/:id/apply-base-schedule': {
    expect: loggedIn(403, { admin: 200, scheduler: 200 }),
    run: async (ctx, who) => {
      const schedule = (await freshBaseSchedule(ctx)).split('/').pop();
      return ctx.agents[who]
        .post(`${await freshPeriod(ctx)}/apply-base-schedule`)
        .send({ baseScheduleId: schedule, startWeek: 1 });
    },
  },
  'POST /api/roster-periods/:id/copy-week': {
    expect: loggedIn(403, { admin: 200, scheduler: 200 }),
    run: async (ctx, who) => {
      const path = await freshPeriod(ctx);
      const { body: period } = await admin(ctx).get(path);
      return ctx.agents[who]
        .post(`${path}/copy-week`)
        .send({ fromWeekStart: period.startDate, toWeekStarts: [period.startDate] });
    },
  },
  'POST /api/roster-periods/:id/clear': {
    expect: loggedIn(403, { admin: 200, scheduler: 200 }),
    run: async (ctx, who) => {
      const path = await freshPeriod(ctx);
      const { body: period } = await admin(ctx).get(path);
      return ctx.agents[who].post(`${path}/clear`).send({ from: period.startDate, to: period.endDate });
    },
  },
  'GET /api/notifications': { expect: loggedIn(200), run: get(() => '/api/notifications') },
  'POST /api/notifications/:id/read': {
    expect: loggedIn(200),
    run: async (ctx, who) => {
      const userId = who === 'anonymous' ? ctx.ids.user(DEMO.hr) : ctx.ids.user(EMAIL[who]);
      const [row] = await ctx.t.dataSource.query(
        `INSERT INTO notifications (organisation_id, user_id, kind, title, body) VALUES ($1, $2, 'test', '{"sv":"T","en":"T"}', '{"sv":"B","en":"B"}') RETURNING id`,
        [ctx.ids.organisationId, userId],
      );
      return ctx.agents[who].post(`/api/notifications/${row.id}/read`);
    },
  },
  'POST /api/notifications/read-all': { expect: loggedIn(204), run: send('post', () => '/api/notifications/read-all') },
  'GET /api/leave-requests': { expect: loggedIn(200), run: get(() => '/api/leave-requests') },
  'POST /api/leave-requests': {
    expect: loggedIn(201, { hr: 403 }),
    run: send(
      'post',
      () => '/api/leave-requests',
      (c) => leaveBody(c),
    ),
  },
  'POST /api/leave-requests/:id/cancel': {
    expect: loggedIn(200, { hr: 403 }),
    run: send('post', async (c) => `${await freshLeave(c)}/cancel`),
  },
  'POST /api/leave-requests/:id/decision': {
    expect: loggedIn(403, { admin: 200, scheduler: 200 }),
    run: send(
      'post',
      async (c) => `${await freshLeave(c)}/decision`,
      () => ({ decision: 'deny', reason: 'Test' }),
    ),
  },
  'POST /api/absences/sick': {
    expect: loggedIn(403, { admin: 201, scheduler: 201 }),
    run: send(
      'post',
      () => '/api/absences/sick',
      (c) => {
        const { startDate, endDate } = leaveBody(c);
        return { employeeId: c.ids.employeeByName('Anna', 'Lindqvist'), startDate, endDate };
      },
    ),
  },
  'GET /api/calendar-feed': {
    expect: loggedIn(200, { admin: 403, scheduler: 403, hr: 403 }),
    run: get(() => '/api/calendar-feed'),
  },
  'POST /api/calendar-feed': {
    expect: loggedIn(403, { employee: 201 }),
    run: send('post', () => '/api/calendar-feed'),
  },
  'DELETE /api/calendar-feed': {
    expect: loggedIn(403, { employee: 204 }),
    run: async (ctx, who) => {
      if (who === 'employee') await ctx.agents.employee.post('/api/calendar-feed');
      return ctx.agents[who].delete('/api/calendar-feed');
    },
  },
  'GET /api/calendar/:token.ics': {
    expect: expectAll(200),
    run: async (ctx) => {
      const { body } = await ctx.t.login(DEMO.employeeAnna).then((a) => a.post('/api/calendar-feed'));
      return ctx.t.anonymous().get(body.path);
    },
  },
  'GET /api/roster-periods/:id/wishes': {
    expect: loggedIn(200),
    run: async (ctx, who) => ctx.agents[who].get(`${await publishedPeriod(ctx)}/wishes`),
  },
  'PUT /api/roster-periods/:id/wishes': {
    expect: loggedIn(403, { employee: 200 }),
    run: async (ctx, who) => {
      const path = await freshPeriod(ctx);
      await admin(ctx).post(`${path}/transition`).send({ to: 'wishes-open' });
      return ctx.agents[who].put(`${path}/wishes`).send({ wishes: [] });
    },
  },
  'PUT /api/departments/:departmentId/wish-limits': {
    expect: loggedIn(403, { admin: 200, scheduler: 200 }),
    run: send(
      'put',
      (c) => `/api/departments/${c.ids.department('MED1')}/wish-limits`,
      () => ({ maxFreeDays: 4, minWeekendOffers: 0 }),
    ),
  },
  'GET /api/swaps': { expect: loggedIn(200), run: get(() => '/api/swaps') },
  'GET /api/swaps/exchange-options': {
    expect: loggedIn(403, { employee: 200 }),
    run: async (ctx, who) => {
      const [annas] = await publishedShifts(ctx, [['Anna', 'Lindqvist', 1]]);
      return ctx.agents[who].get(`/api/swaps/exchange-options?shiftId=${annas}`);
    },
  },
  'POST /api/swaps': {
    expect: loggedIn(403, { employee: 201 }),
    run: async (ctx, who) => {
      const [annas] = await publishedShifts(ctx, [['Anna', 'Lindqvist', 1]]);
      return ctx.agents[who].post('/api/swaps').send({ offeredShiftId: annas });
    },
  },
  'POST /api/swaps/:id/accept': {
    expect: loggedIn(403, { employee: 200 }),
    run: send(
      'post',
      (c) => swapToAnna(c, 'give-away').then((p) => `${p}/accept`),
      () => ({}),
    ),
  },
  'POST /api/swaps/:id/decline': {
    expect: loggedIn(403, { employee: 200 }),
    run: send(
      'post',
      (c) => swapToAnna(c, 'exchange').then((p) => `${p}/decline`),
      () => ({}),
    ),
  },
  'POST /api/swaps/:id/withdraw': {
    expect: loggedIn(403, { employee: 200 }),
    run: async (ctx, who) => {
      const [annas] = await publishedShifts(ctx, [['Anna', 'Lindqvist', 1]]);
      const { body } = await ctx.agents.employee.post('/api/swaps').send({ offeredShiftId: annas });
      return ctx.agents[who].post(`/api/swaps/${body.id}/withdraw`).send({});
    },
  },
  'POST /api/swaps/:id/decision': {
    expect: loggedIn(403, { admin: 200, scheduler: 200 }),
    run: send(
      'post',
      (c) => swapAwaitingApproval(c).then((p) => `${p}/decision`),
      () => ({ decision: 'reject', reason: 'Test' }),
    ),
  },
  'GET /api/departments/:departmentId/self-service-settings': {
    expect: loggedIn(200, { employee: 403 }),
    run: get((c) => `/api/departments/${c.ids.department('MED1')}/self-service-settings`),
  },
  'PUT /api/departments/:departmentId/self-service-settings': {
    expect: loggedIn(403, { admin: 200, scheduler: 200 }),
    run: send(
      'put',
      (c) => `/api/departments/${c.ids.department('MED1')}/self-service-settings`,
      () => ({ swapApproval: 'scheduler', openShiftAssignment: 'scheduler', agencyHourlyRate: 1100 }),
    ),
  },
  'GET /api/departments/:departmentId/generation-limits': {
    expect: loggedIn(403, { admin: 200, scheduler: 200 }),
    run: get((c) => `/api/departments/${c.ids.department('MED1')}/generation-limits`),
  },
  'PUT /api/departments/:departmentId/generation-limits/:employeeId': {
    expect: loggedIn(403, { admin: 200, scheduler: 200 }),
    run: send(
      'put',
      (c) => `/api/departments/${c.ids.department('MED1')}/generation-limits/${med1Nurse(c)}`,
      () => ({ maxWeekends: 2 }),
    ),
  },
  'DELETE /api/departments/:departmentId/generation-limits/:employeeId': {
    expect: loggedIn(403, { admin: 204, scheduler: 204 }),
    run: async (ctx, who) => {
      const path = `/api/departments/${ctx.ids.department('MED1')}/generation-limits/${med1Nurse(ctx)}`;
      await admin(ctx).put(path).send({ maxWeekends: 2 });
      return ctx.agents[who].delete(path);
    },
  },
  'GET /api/departments/:departmentId/generation-weights': {
    expect: loggedIn(403, { admin: 200, scheduler: 200 }),
    run: get((c) => `/api/departments/${c.ids.department('MED1')}/generation-weights`),
  },
  'PUT /api/departments/:departmentId/generation-weights': {
    expect: loggedIn(403, { admin: 200, scheduler: 200 }),
    run: send(
      'put',
      (c) => `/api/departments/${c.ids.department('MED1')}/generation-weights`,
      () => ({ ...DEFAULT_GENERATION_WEIGHTS, wishFree: 80 }),
    ),
  },
  'DELETE /api/departments/:departmentId/generation-weights': {
    expect: loggedIn(403, { admin: 204, scheduler: 204 }),
    run: async (ctx, who) => {
      const path = `/api/departments/${ctx.ids.department('MED1')}/generation-weights`;
      await admin(ctx).put(path).send(DEFAULT_GENERATION_WEIGHTS);
      return ctx.agents[who].delete(path);
    },
  },
  'GET /api/open-shifts': { expect: loggedIn(200), run: get(() => '/api/open-shifts') },
  'GET /api/open-shifts/unassigned': {
    expect: loggedIn(403, { admin: 200, scheduler: 200 }),
    run: get(() => '/api/open-shifts/unassigned'),
  },
  'GET /api/open-shifts/preferences': {
    expect: loggedIn(403, { employee: 200 }),
    run: get(() => '/api/open-shifts/preferences'),
  },
  'PUT /api/open-shifts/preferences': {
    expect: loggedIn(403, { employee: 200 }),
    run: send(
      'put',
      () => '/api/open-shifts/preferences',
      () => ({ wantsExtraHours: false }),
    ),
  },
  'POST /api/open-shifts': {
    expect: loggedIn(403, { admin: 201, scheduler: 201 }),
    run: async (ctx, who) => {
      const [shiftId] = await publishedShifts(ctx, [], 1);
      return ctx.agents[who].post('/api/open-shifts').send({ shiftId });
    },
  },
  'POST /api/open-shifts/:id/applications': {
    expect: loggedIn(403, { employee: 201 }),
    run: send('post', async (c) => `${await openShiftPosting(c)}/applications`),
  },
  'DELETE /api/open-shifts/:id/applications/mine': {
    expect: loggedIn(403, { employee: 204 }),
    run: async (ctx, who) => {
      const path = await openShiftPosting(ctx);
      await ctx.agents.employee.post(`${path}/applications`);
      return ctx.agents[who].delete(`${path}/applications/mine`);
    },
  },
  'POST /api/open-shifts/:id/assign': {
    expect: loggedIn(403, { admin: 200, scheduler: 200 }),
    run: async (ctx, who) => {
      const path = await openShiftPosting(ctx);
      await ctx.agents.employee.post(`${path}/applications`);
      return ctx.agents[who].post(`${path}/assign`).send({ employeeId: ctx.ids.employeeByName('Anna', 'Lindqvist') });
    },
  },
  'POST /api/open-shifts/:id/withdraw': {
    expect: loggedIn(403, { admin: 200, scheduler: 200 }),
    run: send('post', async (c) => `${await openShiftPosting(c)}/withdraw`),
  },
  'GET /api/me/schedule': { expect: loggedIn(403, { employee: 200 }), run: get(() => '/api/me/schedule') },
  'POST /api/me/schedule/seen': {
    expect: loggedIn(403, { employee: 204 }),
    run: send('post', () => '/api/me/schedule/seen'),
  },
  'GET /api/roster-periods/:id/shifts': {
    expect: loggedIn(200),
    run: async (ctx, who) => ctx.agents[who].get(`${await publishedPeriod(ctx)}/shifts`),
  },
  'POST /api/shifts': {
    expect: loggedIn(403, { admin: 201, scheduler: 201 }),
    run: async (ctx, who) => ctx.agents[who].post('/api/shifts').send(await openShiftBody(ctx)),
  },
  'PATCH /api/shifts/:id': {
    expect: loggedIn(403, { admin: 200, scheduler: 200 }),
    run: send('patch', freshShift, () => ({ version: 1, note: 'Ändrad' })),
  },
  'DELETE /api/shifts/:id': {
    expect: loggedIn(403, { admin: 200, scheduler: 200 }),
    run: send('delete', async (c) => `${await freshShift(c)}?version=1`),
  },
  'GET /api/departments/:departmentId/staffing-needs': {
    expect: loggedIn(200, { employee: 403 }),
    run: get((c) => `/api/departments/${c.ids.department('MED1')}/staffing-needs`),
  },
  'POST /api/rules/check': {
    expect: loggedIn(403, { admin: 200, scheduler: 200 }),
    run: send(
      'post',
      () => '/api/rules/check',
      () => ({
        ruleSet: 'atl',
        period: { start: '2026-03-02', end: '2026-03-08' },
        employees: [{ id: 'e1', employmentRate: 100, fullTimeHoursPerWeek: 40 }],
        shifts: [{ id: 's1', employeeId: 'e1', start: '2026-03-02T07:00', end: '2026-03-02T16:00' }],
      }),
    ),
  },
  'GET /api/rules/catalog': { expect: loggedIn(200), run: get(() => '/api/rules/catalog') },
  'POST /api/roster-periods/:id/generation-runs': {
    expect: loggedIn(403, { admin: 201, scheduler: 201 }),
    run: send(
      'post',
      async (c) => `${await freshPeriod(c)}/generation-runs`,
      () => ({ mode: 'fill-gaps', timeLimitSeconds: 5 }),
    ),
  },
  'GET /api/roster-periods/:id/generation-runs': {
    expect: loggedIn(403, { admin: 200, scheduler: 200 }),
    run: async (ctx, who) => ctx.agents[who].get(`${await publishedPeriod(ctx)}/generation-runs`),
  },
  'GET /api/generation-runs/:id': {
    expect: loggedIn(403, { admin: 200, scheduler: 200 }),
    run: async (ctx, who) => ctx.agents[who].get(await (sharedRun ??= freshRun(ctx))),
  },
  'POST /api/generation-runs/:id/cancel': {
    expect: loggedIn(403, { admin: 200, scheduler: 200 }),
    run: send('post', async (c) => `${await freshRun(c, 120)}/cancel`),
  },
  'POST /api/generation-runs/:id/accept': {
    expect: loggedIn(403, { admin: 200, scheduler: 200 }),
    run: send(
      'post',
      async (c) => `${await proposalRun(c)}/accept`,
      () => ({}),
    ),
  },
  'POST /api/generation-runs/:id/discard': {
    expect: loggedIn(403, { admin: 200, scheduler: 200 }),
    run: send('post', async (c) => `${await proposalRun(c)}/discard`),
  },
  'GET /api/shifts/:id/replacements': {
    expect: loggedIn(403, { admin: 200, scheduler: 200 }),
    run: async (ctx, who) => ctx.agents[who].get(`${await freshShift(ctx)}/replacements`),
  },
  'PUT /api/departments/:departmentId/staffing-needs': {
    expect: loggedIn(403, { admin: 200, scheduler: 200 }),
    run: async (ctx, who) =>
      ctx.agents[who].put(`/api/departments/${ctx.ids.department('MED1')}/staffing-needs`).send({
        needs: [
          {
            dayKind: 'mon',
            shiftTypeId: ctx.ids.shiftType('MED1', 'N'),
            profession: 'sjukskoterska',
            min: 2,
            target: 3,
          },
        ],
      }),
  },
  'GET /api/deviations': { expect: loggedIn(200), run: get(() => '/api/deviations') },
  'POST /api/deviations': {
    expect: loggedIn(201, { hr: 403 }),
    run: async (ctx, who) => {
      const { shiftId, date } = await annaPublishedShift(ctx);
      return ctx.agents[who].post('/api/deviations').send({ kind: 'left-early', shiftId, start: `${date}T14:00` });
    },
  },
  'POST /api/deviations/:id/decision': {
    expect: loggedIn(403, { admin: 200, scheduler: 200 }),
    run: async (ctx, who) => {
      const d = await reportedDeviation(ctx);
      return ctx.agents[who].post(`/api/deviations/${d.id}/decision`).send({ decision: 'accept', version: d.version });
    },
  },
  'POST /api/deviations/:id/withdraw': {
    expect: loggedIn(200, { hr: 403 }),
    run: async (ctx, who) => {
      const d = await reportedDeviation(ctx);
      return ctx.agents[who].post(`/api/deviations/${d.id}/withdraw`).send({ version: d.version });
    },
  },
  'GET /api/roster-periods/:id/time-report': {
    expect: loggedIn(200, { employee: 403 }),
    run: async (ctx, who) => ctx.agents[who].get(`${await publishedPeriod(ctx)}/time-report`),
  },
  'POST /api/roster-periods/:id/attestations': {
    expect: loggedIn(403, { admin: 200, scheduler: 200 }),
    run: async (ctx, who) => {
      const { periodId } = await annaPublishedShift(ctx);
      return ctx.agents[who]
        .post(`/api/roster-periods/${periodId}/attestations`)
        .send({ employeeIds: [ctx.ids.employeeByName('Anna', 'Lindqvist')] });
    },
  },
  'GET /api/payroll/overview': { expect: hrOnly(200), run: get((c) => `/api/payroll/overview?${payrollScope(c)}`) },
  'GET /api/payroll/employees/:id': {
    expect: hrOnly(200),
    run: get((c) => `/api/payroll/employees/${med1Nurse(c)}?from=2030-01-07&to=2030-01-13`),
  },
  'GET /api/payroll/pay-codes': { expect: hrOnly(200), run: get(() => '/api/payroll/pay-codes') },
  'PUT /api/payroll/pay-codes/:validFrom': {
    expect: hrOnly(200),
    run: send(
      'put',
      () => '/api/payroll/pay-codes/2040-01-01',
      () => ({ codes: [{ category: 'ordinary', tidkod: 'TID' }] }),
    ),
  },
  'GET /api/payroll/settings': { expect: hrOnly(200), run: get(() => '/api/payroll/settings') },
  'PUT /api/payroll/settings': {
    expect: hrOnly(200),
    run: send(
      'put',
      () => '/api/payroll/settings',
      () => ({ averageMonthlySalary: 38000 }),
    ),
  },
  'POST /api/payroll/exports/preview': {
    expect: hrOnly(200),
    run: async (ctx, who) => ctx.agents[who].post('/api/payroll/exports/preview').send(await exportBody(ctx)),
  },
  'POST /api/payroll/exports': {
    expect: hrOnly(201),
    run: async (ctx, who) => ctx.agents[who].post('/api/payroll/exports').send(await exportBody(ctx)),
  },
  'GET /api/payroll/exports': { expect: hrOnly(200), run: get(() => '/api/payroll/exports') },
  'GET /api/payroll/exports/:id': {
    expect: hrOnly(200),
    run: async (ctx, who) => ctx.agents[who].get(await anExport(ctx)),
  },
  'GET /api/payroll/exports/:id/file': {
    expect: hrOnly(200),
    run: async (ctx, who) => ctx.agents[who].get(`${await anExport(ctx)}/file`),
  },
};

const EMAIL: Record<Exclude<Who, 'anonymous'>, string> = {
  admin: DEMO.admin,
  scheduler: DEMO.schedulerMed1,
  hr: DEMO.hr,
  employee: DEMO.employeeAnna,
};

describe('access: every route × every role', () => {
  let ctx: Ctx;

  beforeAll(async () => {
    const t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    const cookie = async (who: Who) => {
      if (who === 'anonymous') return '';
      const res = await t.anonymous().post('/api/auth/login').send({ email: EMAIL[who], password: DEMO_PASSWORD });
      return String(res.headers['set-cookie']).split(';')[0];
    };
    let n = 0;
    ctx = {
      t,
      port: (t.app.getHttpServer().address() as AddressInfo).port,
      cookies: {
        anonymous: '',
        admin: await cookie('admin'),
        scheduler: await cookie('scheduler'),
        hr: await cookie('hr'),
        employee: await cookie('employee'),
      },
      ids: await demoIds(t.dataSource),
      agents: {
        anonymous: t.anonymous(),
        admin: await t.login(EMAIL.admin),
        scheduler: await t.login(EMAIL.scheduler),
        hr: await t.login(EMAIL.hr),
        employee: await t.login(EMAIL.employee),
      },
      unique: () => `T${Date.now().toString(36)}${(n++).toString(36)}`.toUpperCase(),
    };
  });

  afterAll(() => ctx.t.close());

  it('has a decided row for every route the application serves', () => {
    expect(listRoutes(ctx.t.app)).toEqual(Object.keys(MATRIX).sort());
  });

  const cases = Object.entries(MATRIX).flatMap(([route, c]) => WHO.map((who) => [route, who, c.expect[who]] as const));
  it.each(cases)('%s as %s → %i', async (route, who, status) => {
    const res = await MATRIX[route].run(ctx, who);
    if (res.status !== status)
      throw new Error(`${route} as ${who}: got ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  });
});
