import { DEMO, type DemoIds, demoIds } from '../support/demo-fixtures';
import { payrollCounts, publishedPeriod } from '../support/payroll-scenario';
import { type Agent, type TestApp, startTestApp } from '../support/test-app';

// HR's view of a payroll period (issue 6): totals per employee, category and code; warnings (not
// attested, open rule violations, pending reports, unpublished periods, missing pay codes); key
// figures with the estimated overtime cost; the drill-down to shifts; and the pay-code mapping,
// versioned by valid-from date, where an unknown code or a missing category stops the export.
describe('payroll: overview, key figures and pay codes', () => {
  let t: TestApp;
  let ids: DemoIds;
  let med1: Agent;
  let hr: Agent;
  let anna: string;
  let johan: string;
  let agency: string;
  let periodId: string;
  let annaMonday: string;
  let johanMonday: string;
  let scope: string;

  const counts = () => payrollCounts((sql) => t.dataSource.query(sql));
  const overview = async () => {
    const res = await hr.get(`/api/payroll/overview?${scope}`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const employee = (view: { employees: { employeeId: string }[] }, id: string) =>
    view.employees.find((e) => e.employeeId === id) as unknown as {
      totals: { category: string; hours: number }[];
      codes: { code: string; hours: number }[];
      attested: boolean;
      openViolations: number;
    };

  beforeAll(async () => {
    t = await startTestApp();
    ids = await demoIds(t.dataSource);
    med1 = await t.login(DEMO.schedulerMed1);
    hr = await t.login(DEMO.hr);
    anna = ids.employeeByName('Anna', 'Lindqvist');
    johan = ids.employeeByName('Johan', 'Berg');
    [{ id: agency }] = await t.dataSource.query(
      `SELECT e.id FROM employees e JOIN employee_departments d ON d.employee_id = e.id
        WHERE e.is_agency AND d.department_id = $1 ORDER BY e.employee_number LIMIT 1`,
      [ids.department('MED1')],
    );
    ({
      periodId,
      shiftIds: [annaMonday, johanMonday],
    } = await publishedPeriod(med1, ids, {
      department: 'MED1',
      startDate: '2026-09-07',
      shifts: [
        { employeeId: anna, type: 'D', date: '2026-09-07' },
        { employeeId: johan, type: 'D', date: '2026-09-07' },
        { employeeId: agency, type: 'D', date: '2026-09-08' },
        { employeeId: anna, type: 'K', date: '2026-09-09' },
      ],
    }));
    // A draft period of the next week lies in the range too.
    await med1
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2026-09-14', weeks: 1 });
    scope = `from=2026-09-07&to=2026-09-20&departmentIds=${ids.department('MED1')}`;
    const ordered = { kind: 'extra-time', start: '2026-09-07T15:30', end: '2026-09-07T17:30', orderedBy: 'Chefen' };
    await med1.post('/api/deviations').send({ ...ordered, shiftId: annaMonday });
    await med1.post('/api/deviations').send({ ...ordered, shiftId: johanMonday });
  });
  afterAll(() => t.close());

  it('totals each employee per category and per code, as the export would round them', async () => {
    const view = await overview();
    expect(view.employees.map((e: { employeeId: string }) => e.employeeId).sort()).toEqual(
      [anna, johan, agency].sort(),
    );
    expect(employee(view, anna).totals).toEqual([
      { category: 'ordinary', hours: 15.5 },
      { category: 'overtime-simple', hours: 2 },
      { category: 'ob-d', hours: 2.34 },
    ]);
    // Johan works 80 %: ordered time below the full-time measure is mertid.
    expect(employee(view, johan).totals).toEqual([
      { category: 'ordinary', hours: 8 },
      { category: 'mertid', hours: 2 },
    ]);
    expect(employee(view, anna).codes).toEqual([
      { code: 'TID', codeKind: 'tidkod', hours: 15.5, sentHours: 0 },
      { code: 'ÖT1', codeKind: 'tidkod', hours: 2, sentHours: 0 },
      { code: 'OB1', codeKind: 'tidkod', hours: 2.5, sentHours: 0 },
    ]);
    expect(view.pendingRows).toBe(7);
  });

  it('warns about unattested time, unpublished periods, pending reports and open rule violations', async () => {
    // After publication a late evening shift before Anna's Monday-after leaves too little daily rest.
    const late = await med1.post('/api/shifts').send({
      periodId,
      employeeId: agency,
      start: '2026-09-10T14:00',
      end: '2026-09-11T01:00',
    });
    expect(late.status).toBe(201);
    await med1
      .post('/api/shifts')
      .send({ periodId, employeeId: agency, shiftTypeId: ids.shiftType('MED1', 'D'), date: '2026-09-11' });
    await t
      .login(DEMO.employeeAnna)
      .then((a) =>
        a.post('/api/deviations').send({ kind: 'left-early', shiftId: annaMonday, start: '2026-09-07T15:00' }),
      );
    const view = await overview();
    const kinds = view.warnings.map((w: { kind: string }) => w.kind);
    expect(kinds.filter((k: string) => k === 'not-attested')).toHaveLength(3);
    expect(kinds).toContain('unpublished-period');
    expect(kinds).toContain('pending-reports');
    const violation = view.warnings.find((w: { kind: string }) => w.kind === 'rule-violations');
    expect(violation).toMatchObject({ employeeId: agency });
    expect(violation.messageSv).toMatch(/öppna regelbrott/);
    expect(employee(view, agency).openViolations).toBeGreaterThan(0);
  });

  it('gives key figures: overtime and its estimated cost, mertid, OB, sick and agency hours', async () => {
    const settings = await hr
      .put('/api/payroll/settings')
      .send({ averageMonthlySalary: 33000, organisationNumber: '2321000016' });
    expect(settings.status).toBe(200);
    const figures = (await overview()).keyFigures;
    expect(figures).toMatchObject({
      overtimeHours: 2,
      overtimeSimpleHours: 2,
      // 33 000 / 165 = 200 kr/h; enkel övertid 180 %.
      estimatedOvertimeCost: 720,
      mertidHours: 2,
      estimatedMertidCost: 480,
      sickHours: 0,
    });
    expect(figures.agencyHours).toBeGreaterThanOrEqual(8);
    expect(figures.obHours).toBeGreaterThan(2);
  });

  it('drills down from an employee to the shifts, deviations and coded hours', async () => {
    const res = await hr.get(`/api/payroll/employees/${anna}?from=2026-09-07&to=2026-09-20`);
    expect(res.status).toBe(200);
    expect(res.body.shifts.map((s: { date: string; startLocal: string }) => [s.date, s.startLocal])).toEqual([
      ['2026-09-07', '2026-09-07T07:00:00+02:00'],
      ['2026-09-09', '2026-09-09T13:30:00+02:00'],
    ]);
    expect(res.body.deviations).toEqual([expect.objectContaining({ kind: 'extra-time', shiftId: annaMonday })]);
    expect(res.body.lines).toContainEqual({ date: '2026-09-07', category: 'overtime-simple', hours: 2, code: 'ÖT1' });
    expect((await hr.get(`/api/payroll/employees/${anna}?from=2026-09-20&to=2026-09-07`)).status).toBe(400);
  });

  it('refuses an unknown pay code field by field, and saves nothing', async () => {
    const before = (await hr.get('/api/payroll/pay-codes')).body.versions.length;
    const res = await hr.put('/api/payroll/pay-codes/2026-01-01').send({
      codes: [
        { category: 'ordinary', tidkod: 'TID' },
        { category: 'mertid', tidkod: 'XYZ' },
        { category: 'overtime-simple' },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([
      expect.objectContaining({ field: 'codes[1].tidkod', message: expect.stringMatching(/Unknown pay code "XYZ"/) }),
      expect.objectContaining({ field: 'codes[2].tidkod', message: 'Give either a tidkod or a lonart' }),
    ]);
    const unknownCategory = await hr
      .put('/api/payroll/pay-codes/2026-01-01')
      .send({ codes: [{ category: 'ob-x', tidkod: 'OB1' }] });
    expect(unknownCategory.status).toBe(400);
    expect((await hr.get('/api/payroll/pay-codes')).body.versions).toHaveLength(before);
  });

  it('refuses to export with a category that has no code, naming it, and exports nothing', async () => {
    const { body: codes } = await hr.get('/api/payroll/pay-codes');
    const builtIn = codes.versions[0].codes.filter((c: { category: string }) => c.category !== 'mertid');
    const saved = await hr.put('/api/payroll/pay-codes/2026-09-01').send({
      codes: builtIn.map((c: { category: string; tidkod: string | null; name: string | null }) => ({
        category: c.category,
        tidkod: c.tidkod,
        ...(c.name ? { name: c.name } : {}),
      })),
    });
    expect(saved.status).toBe(200);
    const view = await overview();
    expect(view.warnings.map((w: { kind: string }) => w.kind)).toContain('missing-mapping');
    const before = await counts();
    const res = await hr.post('/api/payroll/exports').send({
      from: '2026-09-07',
      to: '2026-09-13',
      departmentIds: [ids.department('MED1')],
      format: 'paxml',
      includeUnattested: true,
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('PAY_CODE_MAPPING_MISSING');
    expect(res.body.message).toMatch(/has no code for mertid/);
    expect(await counts()).toEqual(before);
  });

  it('uses each mapping version from its date, and sends a lonart as lonetrans', async () => {
    const { body: codes } = await hr.get('/api/payroll/pay-codes');
    const entries = codes.versions[0].codes.map((c: { category: string; tidkod: string; name: string | null }) =>
      c.category === 'ob-d'
        ? { category: c.category, lonart: '3110', name: 'OB vardag kväll' }
        : {
            category: c.category,
            tidkod: c.category === 'ordinary' ? 'ARB' : c.tidkod,
            ...(c.name ? { name: c.name } : {}),
          },
    );
    expect((await hr.put('/api/payroll/pay-codes/2026-09-09').send({ codes: entries })).status).toBe(200);
    const preview = await hr.post('/api/payroll/exports/preview').send({
      from: '2026-09-07',
      to: '2026-09-13',
      departmentIds: [ids.department('MED1')],
      format: 'paxml',
    });
    expect(preview.status).toBe(409);
    expect(preview.body.code).toBe('PAY_CODE_MAPPING_MISSING');
    // Fill the gap version (from 2026-09-01) and export: 2026-09-07 uses it, 2026-09-09 the newer one.
    const { body: after } = await hr.get('/api/payroll/pay-codes');
    expect(after.versions.map((v: { validFrom: string; builtIn: boolean }) => [v.validFrom, v.builtIn])).toEqual([
      ['2000-01-01', true],
      ['2026-09-01', false],
      ['2026-09-09', false],
    ]);
    const gap = after.versions[1].codes.concat([{ category: 'mertid', tidkod: 'MER', lonart: null, name: null }]);
    await hr.put('/api/payroll/pay-codes/2026-09-01').send({
      codes: gap.map((c: { category: string; tidkod: string; name: string | null }) => ({
        category: c.category,
        tidkod: c.tidkod,
        ...(c.name ? { name: c.name } : {}),
      })),
    });
    const res = await hr.post('/api/payroll/exports/preview').send({
      from: '2026-09-07',
      to: '2026-09-13',
      departmentIds: [ids.department('MED1')],
      format: 'paxml',
    });
    expect(res.status).toBe(200);
    const annaRows = res.body.rows
      .filter((r: { employeeId: string }) => r.employeeId === anna)
      .map((r: { date: string; code: string; codeKind: string }) => `${r.date} ${r.codeKind} ${r.code}`);
    // OB is summed per month and dated on its last day (09-09), where the lonart version is in force.
    expect(annaRows).toEqual([
      '2026-09-07 tidkod TID',
      '2026-09-07 tidkod ÖT1',
      '2026-09-09 tidkod ARB',
      '2026-09-09 lonart 3110',
    ]);
    const exported = await hr.post('/api/payroll/exports').send({
      from: '2026-09-07',
      to: '2026-09-13',
      departmentIds: [ids.department('MED1')],
      format: 'paxml',
      includeUnattested: true,
    });
    expect(exported.status).toBe(201);
    const file = await hr.get(`/api/payroll/exports/${exported.body.id}/file`);
    expect(String(file.text ?? file.body)).toMatch(
      /<lonetrans anstid="100101" postid="\d+"><lonart>3110<\/lonart><datum>2026-09-09<\/datum><antal>2.50<\/antal><\/lonetrans>/,
    );
    expect(String(file.text ?? file.body)).toContain('<foretagorgnr>2321000016</foretagorgnr>');
  });
});
