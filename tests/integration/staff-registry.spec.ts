import { DEMO, type DemoIds, demoIds } from '../support/demo-fixtures';
import { type Agent, type TestApp, startTestApp } from '../support/test-app';

describe('staff registry', () => {
  let t: TestApp;
  let ids: DemoIds;
  let admin: Agent;
  let med1: Agent;

  beforeAll(async () => {
    t = await startTestApp();
    ids = await demoIds(t.dataSource);
    admin = await t.login(DEMO.admin);
    med1 = await t.login(DEMO.schedulerMed1);
  });
  afterAll(() => t.close());

  const counts = async () => {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM employees)::int AS employees, (SELECT count(*) FROM audit_log)::int AS audit,
              (SELECT count(*) FROM shift_types)::int AS "shiftTypes", (SELECT count(*) FROM employee_skills)::int AS skills`,
    );
    return row as { employees: number; audit: number; shiftTypes: number; skills: number };
  };
  const fields = (body: { details: { field: string }[] }) => body.details.map((d) => d.field);

  const validEmployee = () => ({
    employeeNumber: `N${Math.floor(Math.random() * 1e9)}`,
    firstName: 'Maja',
    lastName: 'Holmström',
    email: 'maja.holmstrom@region.se',
    phone: '070-123 45 67',
    profession: 'sjukskoterska',
    employmentRate: 85,
    employmentForm: 'tillsvidare',
    agreement: 'ab-hok-vardforbundet',
    homeDepartmentId: ids.department('MED1'),
    departmentIds: [ids.department('GER')],
    skillIds: [ids.skill('DIALYS')],
  });

  describe('bad input gets a field message and writes nothing', () => {
    it.each([
      ['invalid e-mail', { email: 'inte-en-adress' }, 400, 'email', /e-postadress/],
      ['employment rate above 100', { employmentRate: 120 }, 400, 'employmentRate', /högst 100/],
      ['employment rate below 1', { employmentRate: 0 }, 400, 'employmentRate', /minst 1/],
      ['unknown profession', { profession: 'astronaut' }, 400, 'profession', /ett av/],
      [
        'unknown home department',
        { homeDepartmentId: '00000000-0000-4000-8000-000000000000' },
        400,
        'homeDepartmentId',
        /Okänd enhet/,
      ],
      ['unknown skill', { skillIds: ['00000000-0000-4000-8000-000000000000'] }, 400, 'skillIds', /Okänd kompetens/],
      ['duplicate employee number', { employeeNumber: '100101' }, 409, 'employeeNumber', /anställningsnumret/],
      ['unknown property', { favouriteColour: 'blå' }, 400, 'favouriteColour', /Okänt fält/],
      ['agency without agency name', { isAgency: true }, 400, 'agencyName', /bemanningsföretag/],
    ])('%s', async (_label, change, status, field, messageSv) => {
      const before = await counts();
      const res = await admin.post('/api/employees').send({ ...validEmployee(), ...change });
      expect(res.status).toBe(status);
      expect(fields(res.body)).toContain(field);
      const detail = res.body.details.find((d: { field: string }) => d.field === field);
      expect(detail.messageSv).toMatch(messageSv);
      expect(detail.message).toEqual(expect.any(String));
      expect(await counts()).toEqual(before);
    });

    it('an update with a bad value changes nothing, not even the valid fields beside it', async () => {
      const id = ids.employeeByName('Johan', 'Berg');
      const before = (await admin.get(`/api/employees/${id}`)).body;
      const res = await admin
        .patch(`/api/employees/${id}`)
        .send({ firstName: 'Ändrad', homeDepartmentId: ids.organisationId });
      expect(res.status).toBe(400);
      expect((await admin.get(`/api/employees/${id}`)).body).toEqual(before);
    });
  });

  it('creates, reads, updates and deletes an employee, with an audit entry for each', async () => {
    const created = await admin.post('/api/employees').send(validEmployee());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      firstName: 'Maja',
      employmentRate: 85,
      departmentIds: [ids.department('GER')],
      version: 1,
    });

    const updated = await admin
      .patch(`/api/employees/${created.body.id}`)
      .send({ employmentRate: 75, skillIds: [], version: created.body.version });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ employmentRate: 75, skillIds: [], version: 2 });

    const stale = await admin.patch(`/api/employees/${created.body.id}`).send({ employmentRate: 50, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    expect(stale.body.current.employmentRate).toBe(75);

    expect((await admin.delete(`/api/employees/${created.body.id}`)).status).toBe(204);
    expect((await admin.get(`/api/employees/${created.body.id}`)).status).toBe(404);

    const audit = await admin.get(`/api/audit?entityType=employee&entityId=${created.body.id}`);
    expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual(['delete', 'update', 'create']);
    expect(audit.body.items[1].before.employmentRate).toBe(85);
    expect(audit.body.items[1].after.employmentRate).toBe(75);
  });

  it('lists, searches, filters and pages', async () => {
    const all = await admin.get('/api/employees?pageSize=500');
    expect(all.body.total).toBe(120);
    const page2 = await admin.get('/api/employees?page=2&pageSize=50');
    expect(page2.body.items).toHaveLength(50);
    expect(page2.body.items[0].id).toBe(all.body.items[50].id);

    const byName = await admin.get('/api/employees?q=lindqvist');
    expect(byName.body.items.map((e: { firstName: string }) => e.firstName)).toContain('Anna');

    const iva = await admin.get(`/api/employees?skillId=${ids.skill('IVA')}&pageSize=500`);
    expect(iva.body.total).toBeGreaterThan(0);
    for (const e of iva.body.items) expect(e.skillIds).toContain(ids.skill('IVA'));

    const nursesInIva = await admin.get(
      `/api/employees?departmentId=${ids.department('IVA')}&profession=specialistsjukskoterska`,
    );
    for (const e of nursesInIva.body.items) {
      expect(e.profession).toBe('specialistsjukskoterska');
      expect(e.homeDepartmentId).toBe(ids.department('IVA'));
    }

    const bad = await admin.get('/api/employees?pageSize=10000&profession=x');
    expect(bad.status).toBe(400);
    expect(fields(bad.body).sort()).toEqual(['pageSize', 'profession']);
  });

  describe('a scheduler works only in their departments', () => {
    it('sees the staff of Medicin 1 (and pool staff allowed there), not Kirurgi', async () => {
      const list = await med1.get('/api/employees?pageSize=500');
      const med1Id = ids.department('MED1');
      for (const e of list.body.items) expect([e.homeDepartmentId, ...e.departmentIds]).toContain(med1Id);
      expect(
        list.body.items.some((e: { homeDepartmentId: string }) => e.homeDepartmentId === ids.department('POOL')),
      ).toBe(true);
      const kirNurse = (
        await admin.get(`/api/employees?departmentId=${ids.department('KIR')}&profession=sjukskoterska`)
      ).body.items.find((e: { departmentIds: string[] }) => e.departmentIds.length === 0);
      expect((await med1.get(`/api/employees/${kirNurse.id}`)).status).toBe(404);
      expect((await med1.patch(`/api/employees/${kirNurse.id}`).send({ phone: '070-000 00 00' })).status).toBe(404);
    });

    it('cannot create staff in, or move staff to, a department outside the scope', async () => {
      const before = await counts();
      const res = await med1
        .post('/api/employees')
        .send({ ...validEmployee(), homeDepartmentId: ids.department('KIR') });
      expect(res.status).toBe(400);
      expect(fields(res.body)).toEqual(['homeDepartmentId']);
      const move = await med1
        .patch(`/api/employees/${ids.employeeByName('Johan', 'Berg')}`)
        .send({ homeDepartmentId: ids.department('KIR') });
      expect(move.status).toBe(400);
      expect(await counts()).toEqual(before);
    });

    it('cannot edit shift types of another department', async () => {
      const res = await med1.patch(`/api/shift-types/${ids.shiftType('KIR', 'D')}`).send({ name: 'Kapad' });
      expect(res.status).toBe(403);
    });
  });

  describe('shift types', () => {
    const shiftType = (change: object = {}) => ({
      departmentId: ids.department('MED1'),
      code: `X${Math.floor(Math.random() * 1e6)}`,
      name: 'Helg dag',
      startTime: '07:00',
      endTime: '19:30',
      breakMinutes: 45,
      colour: '#AA3377',
      ...change,
    });

    it('stores local times, crossing midnight, and reports paid minutes', async () => {
      const night = await med1
        .post('/api/shift-types')
        .send(shiftType({ startTime: '21:15', endTime: '07:15', breakMinutes: 45 }));
      expect(night.status).toBe(201);
      expect(night.body).toMatchObject({
        startTime: '21:15',
        endTime: '07:15',
        crossesMidnight: true,
        paidMinutes: 555,
        colour: '#aa3377',
      });
    });

    it.each([
      ['start equal to end', { startTime: '07:00', endTime: '07:00' }, 'endTime', /samma som starttiden/],
      ['time that does not exist', { startTime: '24:00' }, 'startTime', /HH:mm/],
      [
        'break as long as the shift',
        { startTime: '07:00', endTime: '08:00', breakMinutes: 60 },
        'breakMinutes',
        /kortare än passet/,
      ],
      ['bad colour', { colour: 'red' }, 'colour', /färg/],
      [
        'unknown required skill',
        { requiredSkillId: '00000000-0000-4000-8000-000000000000' },
        'requiredSkillId',
        /Okänd kompetens/,
      ],
    ])('refuses %s', async (_label, change, field, messageSv) => {
      const before = await counts();
      const res = await admin.post('/api/shift-types').send(shiftType(change));
      expect(res.status).toBe(400);
      expect(fields(res.body)).toEqual([field]);
      expect(res.body.details[0].messageSv).toMatch(messageSv);
      expect(await counts()).toEqual(before);
    });

    it('refuses a duplicate code in the same department with 409', async () => {
      const res = await admin.post('/api/shift-types').send(shiftType({ code: 'D' }));
      expect(res.status).toBe(409);
      expect(fields(res.body)).toEqual(['code']);
    });
  });

  describe('departments', () => {
    it('refuses to move a department below its own sub-unit, and to delete one in use', async () => {
      const clinic = ids.department('MEDK');
      const res = await admin.patch(`/api/departments/${clinic}`).send({ parentId: ids.department('MED1') });
      expect(res.status).toBe(400);
      expect(fields(res.body)).toEqual(['parentId']);
      const del = await admin.delete(`/api/departments/${ids.department('MED1')}`);
      expect(del.status).toBe(409);
      expect(del.body.code).toBe('IN_USE');
    });

    it('marks the staffing pool and what a scheduler manages', async () => {
      const list = (await med1.get('/api/departments')).body as { code: string; isPool: boolean; managed: boolean }[];
      expect(list.find((d) => d.code === 'POOL')?.isPool).toBe(true);
      expect(list.filter((d) => d.managed).map((d) => d.code)).toEqual(['MED1']);
    });
  });

  describe('organisation isolation', () => {
    it("answers 404 for another organisation's ids, as for ids that do not exist", async () => {
      const [other] = await t.dataSource.query(
        `INSERT INTO organisations (name, code) VALUES ('Region Annan', 'ANNAN') RETURNING id`,
      );
      const [dept] = await t.dataSource.query(
        `INSERT INTO departments (organisation_id, name, code, kind, version) VALUES ($1, 'Annan avd', 'A1', 'ward', 1) RETURNING id`,
        [other.id],
      );
      const [emp] = await t.dataSource.query(
        `INSERT INTO employees (organisation_id, employee_number, first_name, last_name, profession, employment_rate,
           employment_form, agreement, home_department_id, version)
         VALUES ($1, '1', 'Främ', 'Ling', 'sjukskoterska', 100, 'tillsvidare', 'atl', $2, 1) RETURNING id`,
        [other.id, dept.id],
      );
      expect((await admin.get(`/api/employees/${emp.id}`)).status).toBe(404);
      expect((await admin.get(`/api/departments/${dept.id}`)).status).toBe(404);
      expect((await admin.get(`/api/organisations/${other.id}`)).status).toBe(404);
      expect((await admin.get('/api/employees?q=Främ')).body.total).toBe(0);
      const create = await admin.post('/api/employees').send({ ...validEmployee(), homeDepartmentId: dept.id });
      expect(create.status).toBe(400);
      expect((await admin.get('/api/employees/not-a-uuid')).status).toBe(404);
    });
  });

  describe('users', () => {
    it('creates a scheduler with department scopes; refuses a duplicate e-mail and a short password', async () => {
      const res = await admin.post('/api/users').send({
        email: 'Ny.Planerare@Region.se',
        displayName: 'Ny Planerare',
        password: 'tillräckligt-långt',
        role: 'scheduler',
        departmentIds: [ids.department('MEDK')],
      });
      expect(res.status).toBe(201);
      expect(res.body.email).toBe('ny.planerare@region.se');
      const agent = await t.login('ny.planerare@region.se', 'tillräckligt-långt');
      // A clinic's scheduler manages the clinic and all its wards.
      expect((await agent.get('/api/me')).body.managedDepartmentIds).toHaveLength(4);

      const duplicate = await admin
        .post('/api/users')
        .send({ email: 'ny.planerare@region.se', displayName: 'X', password: 'tillräckligt-långt', role: 'hr' });
      expect(duplicate.status).toBe(409);
      const short = await admin
        .post('/api/users')
        .send({ email: 'kort@region.se', displayName: 'X', password: 'kort', role: 'hr' });
      expect(short.status).toBe(400);
      expect(short.body.details[0]).toMatchObject({ field: 'password', messageSv: 'Måste ha minst 10 tecken' });
    });

    it('does not let an admin lock themself out', async () => {
      const me = (await admin.get('/api/me')).body;
      expect((await admin.patch(`/api/users/${me.id}`).send({ role: 'hr' })).status).toBe(400);
      expect((await admin.delete(`/api/users/${me.id}`)).status).toBe(400);
    });
  });
});
