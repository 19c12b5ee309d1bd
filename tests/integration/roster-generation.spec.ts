import { addDays } from '@bemanna/shared';
import supertest from 'supertest';
import { createApp } from '../../api/src/app.factory';
import type { AuthUser } from '../../api/src/common/auth/auth-user';
import { GenerationInputLoader } from '../../api/src/roster-generation/generation-input.loader';
import { RosterPeriodEntity } from '../../api/src/rosters/roster-period.entity';
import { ShiftsService } from '../../api/src/shifts/shifts.service';
import { DEMO, type DemoIds, demoIds } from '../support/demo-fixtures';
import { type Agent, type TestApp, startTestApp } from '../support/test-app';

// Automatic roster generation against the real database and the real job queue (pg-boss in the
// test database): generate → proposal → accept all / part / discard, cancel, bad input that ends
// with reasons, several processes sharing the queue, and "suggest replacement".

jest.setTimeout(180_000);

interface Run {
  id: string;
  status: string;
  progress: { phase: string; elapsedMs: number; timeLimitMs: number } | null;
  proposal: {
    changes: Array<{ id: string; kind: string; employeeId: string; shiftId: string | null; date: string }>;
    score: { underCover: { belowMin: number; belowMinBefore: number }; wishes: { wishes: number } };
    uncovered: Array<{ reason: string; missing: number }>;
    check: { hardViolations: unknown[] };
  } | null;
  explanations: Array<{ employeeId: string | null; rule: string; message: { sv: string; en: string } }>;
}

let t: TestApp;
let ids: DemoIds;
let admin: Agent;
let med1: Agent;
let week = 0;

/** A fresh two-week draft period of Medicin 1, each in weeks of its own. */
async function newPeriod(weeks = 2): Promise<{ id: string; startDate: string }> {
  const startDate = addDays('2032-03-01', 7 * 3 * week++);
  const res = await med1.post('/api/roster-periods').send({ departmentId: ids.department('MED1'), startDate, weeks });
  expect(res.status).toBe(201);
  return res.body;
}

async function waitFor(runId: string, done: (r: Run) => boolean, agent: Agent = med1): Promise<Run> {
  for (let i = 0; i < 600; i++) {
    const res = await agent.get(`/api/generation-runs/${runId}`);
    expect(res.status).toBe(200);
    if (done(res.body)) return res.body;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`run ${runId} did not finish`);
}

const finished = (r: Run) => !['queued', 'running'].includes(r.status);

async function generate(periodId: string, body: object = {}): Promise<Run> {
  const res = await med1
    .post(`/api/roster-periods/${periodId}/generation-runs`)
    .send({ mode: 'generate', timeLimitSeconds: 5, ...body });
  expect(res.status).toBe(201);
  expect(res.body.status).toBe('queued');
  return waitFor(res.body.id, finished);
}

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.dataSource);
  admin = await t.login(DEMO.admin);
  med1 = await t.login(DEMO.schedulerMed1);
  const type = (code: string) => ids.shiftType('MED1', code);
  const all = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  const needs = all.flatMap((dayKind) => [
    { dayKind, shiftTypeId: type('D'), profession: 'sjukskoterska', min: 2, target: 3 },
    { dayKind, shiftTypeId: type('D'), profession: 'underskoterska', min: 2, target: 2 },
    { dayKind, shiftTypeId: type('K'), profession: 'sjukskoterska', min: 1, target: 2 },
    { dayKind, shiftTypeId: type('K'), profession: 'underskoterska', min: 1, target: 1 },
    { dayKind, shiftTypeId: type('N'), profession: 'sjukskoterska', min: 1, target: 1 },
  ]);
  const res = await med1.put(`/api/departments/${ids.department('MED1')}/staffing-needs`).send({ needs });
  expect(res.status).toBe(200);
});

afterAll(async () => {
  // The last test closes the first application itself.
  await t.app.close().catch(() => undefined);
  await t.db.drop();
});

describe('roster generation', () => {
  it('generates a legal proposal and accepting it goes through the roster write path', async () => {
    const period = await newPeriod();
    const run = await generate(period.id);
    expect(run.status).toBe('proposal');
    expect(run.progress?.phase).toBe('done');
    const proposal = run.proposal!;
    expect(proposal.check.hardViolations).toEqual([]);
    expect(proposal.score.underCover.belowMinBefore).toBeGreaterThan(0);
    expect(proposal.score.underCover.belowMin).toBeLessThan(proposal.score.underCover.belowMinBefore);
    expect(proposal.changes.length).toBeGreaterThan(20);
    expect(proposal.changes.every((c) => c.kind === 'create')).toBe(true);

    const accepted = await med1.post(`/api/generation-runs/${run.id}/accept`).send({});
    expect(accepted.status).toBe(200);
    expect(accepted.body.applied).toBe(proposal.changes.length);
    expect(accepted.body.run.status).toBe('accepted');

    // The roster as the builder shows it, checked by the rules engine from scratch.
    const roster = await med1.get(`/api/roster-periods/${period.id}/roster`);
    const generated = roster.body.shifts.filter((s: { source: string }) => s.source === 'generated');
    expect(generated).toHaveLength(proposal.changes.length);
    const generatedIds = new Set(generated.map((s: { id: string }) => s.id));
    const hard = roster.body.violations.filter(
      (v: { severity: string; shiftIds: string[] }) =>
        v.severity === 'hard' && v.shiftIds.some((id) => generatedIds.has(id)),
    );
    expect(hard).toEqual([]);
    // Every created shift is in the audit log.
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'shift' AND action = 'create' AND entity_id = ANY($1::text[])`,
      [[...generatedIds]],
    );
    expect(n).toBe(generated.length);

    // A proposal is accepted once.
    expect((await med1.post(`/api/generation-runs/${run.id}/accept`).send({})).status).toBe(409);
  });

  it('accepts part of a proposal, or discards it', async () => {
    const period = await newPeriod(1);
    const run = await generate(period.id, { mode: 'fill-gaps' });
    expect(run.status).toBe('proposal');
    const chosen = run.proposal!.changes.slice(0, 3).map((c) => c.id);
    expect((await med1.post(`/api/generation-runs/${run.id}/accept`).send({ changeIds: ['nope'] })).status).toBe(400);
    const res = await med1.post(`/api/generation-runs/${run.id}/accept`).send({ changeIds: chosen });
    expect(res.status).toBe(200);
    expect(res.body.run.acceptedChangeIds).toEqual(chosen);
    const shifts = await med1.get(`/api/roster-periods/${period.id}/shifts`);
    expect(shifts.body).toHaveLength(3);

    const second = await generate(period.id, { mode: 'fill-gaps' });
    const discarded = await med1.post(`/api/generation-runs/${second.id}/discard`);
    expect(discarded.status).toBe(200);
    expect(discarded.body.status).toBe('discarded');
    expect((await med1.get(`/api/roster-periods/${period.id}/shifts`)).body).toHaveLength(3);
  });

  it('fills open shifts and refuses to accept once the roster changed under the proposal', async () => {
    const period = await newPeriod(1);
    const open = await med1
      .post('/api/shifts')
      .send({ periodId: period.id, employeeId: null, shiftTypeId: ids.shiftType('MED1', 'N'), date: period.startDate });
    expect(open.status).toBe(201);
    const run = await generate(period.id, { mode: 'fill-gaps' });
    const fill = run.proposal!.changes.find((c) => c.shiftId === open.body.shift.id);
    expect(fill?.kind).toBe('assign');
    // Someone edits the open shift in the meantime: its version moves on.
    const edited = await med1.patch(`/api/shifts/${open.body.shift.id}`).send({ version: 1, note: 'Ändrad' });
    expect(edited.status).toBe(200);
    const res = await med1.post(`/api/generation-runs/${run.id}/accept`).send({});
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('VERSION_CONFLICT');
    // Nothing of the proposal was written.
    expect((await med1.get(`/api/roster-periods/${period.id}/shifts`)).body).toHaveLength(1);
  });

  it('cancels a running generation', async () => {
    const period = await newPeriod();
    const res = await med1
      .post(`/api/roster-periods/${period.id}/generation-runs`)
      .send({ mode: 'generate', timeLimitSeconds: 120 });
    const running = await waitFor(res.body.id, (r) => r.status === 'running' && (r.progress?.elapsedMs ?? 0) > 0);
    expect(running.progress?.timeLimitMs).toBe(120_000);
    // One run at a time per period.
    const again = await med1.post(`/api/roster-periods/${period.id}/generation-runs`).send({ mode: 'generate' });
    expect(again.status).toBe(409);
    const cancelled = await med1.post(`/api/generation-runs/${res.body.id}/cancel`);
    expect(cancelled.status).toBe(200);
    const after = await waitFor(res.body.id, finished);
    expect(after.status).toBe('cancelled');
    expect(after.proposal).toBeNull();
  });

  it('ends with an explanation on contradictory fixed shifts and impossible limits', async () => {
    const period = await newPeriod(1);
    const johan = ids.employeeByName('Johan', 'Berg');
    // An evening shift then a day shift: 9.5 h of rest, placed by hand (reported, not refused).
    for (const [code, date] of [
      ['K', period.startDate],
      ['D', addDays(period.startDate, 1)],
    ]) {
      const res = await med1
        .post('/api/shifts')
        .send({ periodId: period.id, employeeId: johan, shiftTypeId: ids.shiftType('MED1', code), date });
      expect(res.status).toBe(201);
    }
    const fixed = await generate(period.id);
    expect(fixed.status).toBe('infeasible');
    expect(fixed.explanations.some((x) => x.employeeId === johan && x.rule === 'daily-rest')).toBe(true);
    expect(fixed.explanations[0].message.sv).toContain('Johan Berg');

    const other = await newPeriod(1);
    const limits = await generate(other.id, { limits: [{ employeeId: johan, minHours: 60 }] });
    expect(limits.status).toBe('infeasible');
    const x = limits.explanations.find((e) => e.employeeId === johan)!;
    expect(x.rule).toBe('min-minutes');
    expect(x.message.sv).toMatch(/Johan Berg: lägsta arbetstid 60 h är högre än högsta arbetstid/);
  });

  it('suggests ranked replacements for an open shift, legal and qualified', async () => {
    const period = await newPeriod(1);
    const open = await med1
      .post('/api/shifts')
      .send({ periodId: period.id, employeeId: null, shiftTypeId: ids.shiftType('MED1', 'N'), date: period.startDate });
    const res = await med1.get(`/api/shifts/${open.body.shift.id}/replacements`);
    expect(res.status).toBe(200);
    const { candidates, excluded } = res.body as {
      candidates: Array<{ employeeId: string; costClass: string }>;
      excluded: Array<{ employeeId: string; reason: string }>;
    };
    expect(candidates.length).toBeGreaterThan(3);
    const order = candidates.map((c) => ['no-extra-cost', 'mertid', 'overtime', 'pool', 'agency'].indexOf(c.costClass));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // Pool staff who may work in Medicin 1 are offered after the ward's own; agency staff last.
    expect(candidates.some((c) => c.costClass === 'pool' || c.costClass === 'agency')).toBe(true);
    // Assistant nurses do not count for a night that needs a nurse.
    const [usk] = await t.dataSource.query(
      `SELECT id FROM employees WHERE home_department_id = $1 AND profession = 'underskoterska' LIMIT 1`,
      [ids.department('MED1')],
    );
    expect(excluded).toContainEqual(expect.objectContaining({ employeeId: usk.id, reason: 'not-qualified' }));

    // Someone on an evening shift the morning after the night would get too little rest: left out, with the rule.
    const johan = ids.employeeByName('Johan', 'Berg');
    const busy = await med1.post('/api/shifts').send({
      periodId: period.id,
      employeeId: johan,
      shiftTypeId: ids.shiftType('MED1', 'K'),
      date: addDays(period.startDate, 1),
    });
    expect(busy.status).toBe(201);
    const again = (await med1.get(`/api/shifts/${open.body.shift.id}/replacements`)).body;
    expect(again.candidates.some((c: { employeeId: string }) => c.employeeId === johan)).toBe(false);
    expect(again.excluded).toContainEqual(
      expect.objectContaining({ employeeId: johan, reason: 'rule', ruleIds: ['daily-rest'] }),
    );

    // A staffed shift has no replacements to suggest; another department's scheduler sees nothing.
    expect((await med1.get(`/api/shifts/${busy.body.shift.id}/replacements`)).status).toBe(400);
    const kir = await t.login(DEMO.schedulerKir);
    expect((await kir.get(`/api/shifts/${open.body.shift.id}/replacements`)).status).toBe(404);
  });

  it('reads the roster in one snapshot, whatever is committed meanwhile', async () => {
    // A shift of the period committed between the read of the period's shifts and that of the
    // shifts around it must show in neither: as context only, the run would keep it fixed outside
    // the proposal.
    const { id: periodId, startDate } = await newPeriod(1);
    const period = await t.dataSource.getRepository(RosterPeriodEntity).findOneByOrFail({ id: periodId });
    const [adminUser] = await t.dataSource.query(`SELECT id FROM users WHERE email = $1`, [DEMO.admin]);
    const user: AuthUser = {
      userId: adminUser.id,
      organisationId: period.organisationId,
      role: 'admin',
      email: DEMO.admin,
      displayName: 'Admin',
      employeeId: null,
      managedDepartmentIds: [],
      canOverrideRules: true,
    };
    const anna = ids.employeeByName('Anna', 'Lindqvist');
    const shifts = t.app.get(ShiftsService);
    const read = shifts.contextShifts.bind(shifts);
    let meanwhile: { status: number; body: { shift: { id: string } } } | undefined;
    const spy = jest.spyOn(shifts, 'contextShifts').mockImplementationOnce(async (...args) => {
      meanwhile = await med1
        .post('/api/shifts')
        .send({ periodId, employeeId: anna, shiftTypeId: ids.shiftType('MED1', 'D'), date: startDate });
      return read(...args);
    });
    const loader = t.app.get(GenerationInputLoader);
    try {
      const input = await loader.load(user, period, { mode: 'generate', keepExisting: true });
      expect(meanwhile?.status).toBe(201);
      expect(input.shifts.map((s) => s.id)).not.toContain(meanwhile!.body.shift.id);
    } finally {
      spy.mockRestore();
    }
    const after = await loader.load(user, period, { mode: 'generate', keepExisting: true });
    expect(after.shifts.filter((s) => s.id === meanwhile!.body.shift.id).map((s) => s.inScope)).toEqual([true]);
  });

  it('keeps runs to the schedulers of the department', async () => {
    const period = await newPeriod(1);
    const run = await generate(period.id, { mode: 'fill-gaps' });
    // The period's runs, newest first, to pick one up again after a reload.
    const list = await med1.get(`/api/roster-periods/${period.id}/generation-runs`);
    expect(list.status).toBe(200);
    expect(list.body[0]).toMatchObject({ id: run.id, status: 'proposal', proposal: null });
    const kir = await t.login(DEMO.schedulerKir);
    expect((await kir.get(`/api/generation-runs/${run.id}`)).status).toBe(404);
    expect((await kir.get(`/api/roster-periods/${period.id}/generation-runs`)).status).toBe(404);
    expect((await kir.post(`/api/roster-periods/${period.id}/generation-runs`).send({ mode: 'generate' })).status).toBe(
      404,
    );
    expect((await admin.get(`/api/generation-runs/${run.id}`)).status).toBe(200);
  });

  it('ends a run whose job was lost as failed, not an endless spinner', async () => {
    const period = await newPeriod(1);
    const run = await generate(period.id, { mode: 'fill-gaps' });
    // As if its process had died mid-run long ago and every retry had expired too.
    await t.dataSource.query(
      `UPDATE roster_generation_runs SET status = 'running', updated_at = now() - interval '2 hours' WHERE id = $1`,
      [run.id],
    );
    const res = await med1.get(`/api/generation-runs/${run.id}`);
    expect(res.body.status).toBe('failed');
    expect(res.body.explanations[0].message.sv).toContain('Försök igen');
    // A run that reported recently is still running.
    await t.dataSource.query(`UPDATE roster_generation_runs SET status = 'running', updated_at = now() WHERE id = $1`, [
      run.id,
    ]);
    expect((await med1.get(`/api/generation-runs/${run.id}`)).body.status).toBe('running');
  });

  it('shares the queue between processes: a run queued by one is done by another', async () => {
    const period = await newPeriod(1);
    // This process only queues (its worker is off); the second process works the queue.
    await t.app.close().catch(() => undefined);
    process.env.GENERATION_WORKER = 'false';
    const producer = await createApp({ databaseUrl: t.db.url, logLevels: ['error'] });
    await producer.init();
    delete process.env.GENERATION_WORKER;
    const agent = supertest.agent(producer.getHttpServer());
    await agent.post('/api/auth/login').send({ email: DEMO.schedulerMed1, password: 'Bemanna-demo-2026' });
    const res = await agent
      .post(`/api/roster-periods/${period.id}/generation-runs`)
      .send({ mode: 'fill-gaps', timeLimitSeconds: 5 });
    expect(res.status).toBe(201);
    await new Promise((r) => setTimeout(r, 1500));
    expect((await agent.get(`/api/generation-runs/${res.body.id}`)).body.status).toBe('queued');

    const worker = await createApp({ databaseUrl: t.db.url, logLevels: ['error'] });
    await worker.init();
    try {
      const done = await waitFor(res.body.id, finished, agent);
      expect(done.status).toBe('proposal');
    } finally {
      await worker.close();
      await producer.close();
    }
  });
});
