import { RULE_IDS } from '@bemanna/shared';
import { issueExample } from '../../shared/src/roster-document/issue-example.test-support';
import { DEMO } from '../support/demo-fixtures';
import { type Agent, type TestApp, startTestApp } from '../support/test-app';

// POST /api/rules/check takes the command line's roster document and answers what it answers.
// Without the example's exception and absence, the evening → day rest is a plain violation.
const document: Record<string, unknown> = { ...issueExample(), absences: [], exceptions: [] };

describe('rules over HTTP', () => {
  let t: TestApp;
  let med1: Agent;

  beforeAll(async () => {
    t = await startTestApp();
    med1 = await t.login(DEMO.schedulerMed1);
  });
  afterAll(() => t.close());

  it('checks a roster document: a 9 h 30 min daily rest between evening and day', async () => {
    const res = await med1.post('/api/rules/check').send(document);
    expect(res.status).toBe(200);
    const rest = res.body.violations.find((v: { ruleId: string }) => v.ruleId === 'daily-rest');
    expect(rest).toMatchObject({
      employeeId: 'anna',
      shiftIds: ['s1', 's2'],
      measured: 9.5,
      limit: 11,
      severity: 'hard',
    });
    expect(res.body.exceptionsUsed).toEqual([]);
    expect(res.body.employees.anna).toBeDefined();
  });

  it('answers an invalid document with 400 naming the field and the value', async () => {
    const shifts = document.shifts as Record<string, unknown>[];
    const bad = { ...document, shifts: [{ ...shifts[0], end: '2025-03-10T06:00' }] };
    const res = await med1.post('/api/rules/check').send(bad);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details[0].field).toBe('shifts[0].end');
    expect(res.body.details[0].message).toContain('2025-03-10T06:00');

    const unknownSet = await med1.post('/api/rules/check').send({ ...document, ruleSet: 'nope' });
    expect(unknownSet.status).toBe(400);
    expect(unknownSet.body.details[0].field).toBe('ruleSet');
  });

  it('lists every rule with its source, and the rule sets with parameters', async () => {
    const res = await (await t.login(DEMO.employeeAnna)).get('/api/rules/catalog');
    expect(res.status).toBe(200);
    expect(res.body.rules.map((r: { id: string }) => r.id)).toEqual([...RULE_IDS]);
    expect(res.body.rules.find((r: { id: string }) => r.id === 'daily-rest').source).toMatch(/13/);
    expect(res.body.ruleSets.map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining(['atl', 'ab-hok-vardforbundet', 'ab-hok-kommunal', 'crisis-kla']),
    );
  });
});
