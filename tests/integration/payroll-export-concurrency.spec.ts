import { serialisedSnapshot } from '../../api/src/common/database/serialised-snapshot';
import { DEMO, demoIds } from '../support/demo-fixtures';
import { payrollCounts, publishedPeriod } from '../support/payroll-scenario';
import { type TestApp, startTestApp } from '../support/test-app';

// Exports of one organisation run one at a time, each on one snapshot of the database: two HR
// officers pressing "export" together send the time once, and an export whose write meets a row
// changed since its snapshot starts again instead of failing.
describe('payroll export: one at a time, each on one snapshot', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await t.dataSource.query('CREATE TABLE serialised_probe (n int NOT NULL)');
  });
  afterAll(() => t.close());

  it('runs works of one key one after another, each seeing what the one before committed', async () => {
    // Each work counts the rows, waits, then writes the next number: run side by side without the
    // lock (or with the lock taken inside the snapshot) both would count 0 and write 1.
    const work = () =>
      serialisedSnapshot(t.dataSource, 'probe', async (em) => {
        const [{ n }] = await em.query('SELECT count(*)::int AS n FROM serialised_probe');
        await new Promise((resolve) => setTimeout(resolve, 200));
        await em.query('INSERT INTO serialised_probe (n) VALUES ($1)', [n + 1]);
        return n + 1;
      });
    const written = await Promise.all([work(), work()]);
    expect(written.sort()).toEqual([1, 2]);
    const rows = await t.dataSource.query('SELECT n FROM serialised_probe ORDER BY n');
    expect(rows.map((r: { n: number }) => r.n)).toEqual([1, 2]);
  });

  it('starts the work again when its write meets a row changed since its snapshot', async () => {
    await t.dataSource.query('DELETE FROM serialised_probe');
    await t.dataSource.query('INSERT INTO serialised_probe (n) VALUES (10)');
    let attempts = 0;
    const result = await serialisedSnapshot(t.dataSource, 'probe', async (em) => {
      attempts++;
      const [{ n }] = await em.query('SELECT n FROM serialised_probe');
      // Another connection changes the row after this snapshot was taken (first attempt only).
      if (attempts === 1) await t.dataSource.query('UPDATE serialised_probe SET n = n + 5');
      await em.query('UPDATE serialised_probe SET n = $1', [n * 2]);
      return n * 2;
    });
    expect(attempts).toBe(2);
    expect(result).toBe(30);
    expect(await t.dataSource.query('SELECT n FROM serialised_probe')).toEqual([{ n: 30 }]);
  });

  it('gives up after three attempts, its own writes undone', async () => {
    await t.dataSource.query('DELETE FROM serialised_probe');
    await t.dataSource.query('INSERT INTO serialised_probe (n) VALUES (1)');
    let attempts = 0;
    const always = serialisedSnapshot(t.dataSource, 'probe', async (em) => {
      attempts++;
      await em.query('SELECT n FROM serialised_probe');
      await em.query('INSERT INTO serialised_probe (n) VALUES (99)');
      await t.dataSource.query('UPDATE serialised_probe SET n = n + 1 WHERE n < 99');
      await em.query('UPDATE serialised_probe SET n = 0 WHERE n < 99');
    });
    await expect(always).rejects.toMatchObject({ driverError: { code: '40001' } });
    expect(attempts).toBe(3);
    expect(await t.dataSource.query('SELECT n FROM serialised_probe')).toEqual([{ n: 4 }]);
  });

  it('sends the time once when two exports of the same scope start together', async () => {
    const ids = await demoIds(t.dataSource);
    const med1 = await t.login(DEMO.schedulerMed1);
    const hr = await t.login(DEMO.hr);
    const anna = ids.employeeByName('Anna', 'Lindqvist');
    const { periodId } = await publishedPeriod(med1, ids, {
      department: 'MED1',
      startDate: '2026-06-01',
      shifts: [
        { employeeId: anna, type: 'D', date: '2026-06-02' },
        { employeeId: anna, type: 'K', date: '2026-06-04' },
      ],
    });
    await med1.post(`/api/roster-periods/${periodId}/attestations`).send({ employeeIds: [anna] });
    const body = { from: '2026-06-01', to: '2026-06-07', departmentIds: [ids.department('MED1')], format: 'paxml' };
    const before = await payrollCounts((sql) => t.dataSource.query(sql));

    const [first, second] = await Promise.all([
      hr.post('/api/payroll/exports').send(body),
      hr.post('/api/payroll/exports').send(body),
    ]);

    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([201, 409]);
    const refused = first.status === 409 ? first : second;
    const sent = first.status === 201 ? first : second;
    expect(refused.body.code).toBe('NOTHING_TO_EXPORT');
    const after = await payrollCounts((sql) => t.dataSource.query(sql));
    expect(after.payroll_exports).toBe(before.payroll_exports + 1);
    expect(after.payroll_export_rows).toBe(before.payroll_export_rows + sent.body.rowCount);
    expect(after.payroll_exported_shifts).toBe(before.payroll_exported_shifts + 2);
  });
});
