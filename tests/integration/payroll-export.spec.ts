import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO, type DemoIds, demoIds } from '../support/demo-fixtures';
import { payrollCounts, publishedPeriod } from '../support/payroll-scenario';
import { type Agent, type TestApp, startTestApp } from '../support/test-app';

// Exports (issue 6): refused with unattested time unless HR includes it (and the record says so);
// recorded with hash and counts; the exported shifts are marked and the period locked; exporting
// again sends nothing new until a correction, which goes out as adjustment transactions. The
// file of a real export validates against the PAXml XSD.
const XSD = resolve(__dirname, '../../../shared/standards/paxml/paxml.xsd');

function xmllint(content: Buffer): void {
  const dir = mkdtempSync(join(tmpdir(), 'paxml-api-'));
  try {
    writeFileSync(join(dir, 'export.pax'), content);
    execFileSync('xmllint', ['--noout', '--schema', XSD, join(dir, 'export.pax')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const binary = (
  res: { on: (e: string, f: (c?: Buffer) => void) => void },
  done: (e: Error | null, b: Buffer) => void,
) => {
  const chunks: Buffer[] = [];
  res.on('data', (c) => chunks.push(c!));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('payroll: export, lock, re-export and corrections', () => {
  let t: TestApp;
  let ids: DemoIds;
  let med1: Agent;
  let hr: Agent;
  let anna: string;
  let johan: string;
  let periodId: string;
  let annaTuesday: string;
  let annaSaturday: string;
  let body: Record<string, unknown>;

  const counts = () => payrollCounts((sql) => t.dataSource.query(sql));
  const download = async (id: string) =>
    (await hr.get(`/api/payroll/exports/${id}/file`).buffer(true).parse(binary)).body as Buffer;

  beforeAll(async () => {
    t = await startTestApp();
    ids = await demoIds(t.dataSource);
    med1 = await t.login(DEMO.schedulerMed1);
    hr = await t.login(DEMO.hr);
    anna = ids.employeeByName('Anna', 'Lindqvist');
    johan = ids.employeeByName('Johan', 'Berg');
    ({
      periodId,
      shiftIds: [annaTuesday, annaSaturday],
    } = await publishedPeriod(med1, ids, {
      department: 'MED1',
      startDate: '2026-06-01',
      shifts: [
        { employeeId: anna, type: 'D', date: '2026-06-02' },
        { employeeId: anna, type: 'K', date: '2026-06-06' },
        { employeeId: johan, type: 'N', date: '2026-06-03' },
      ],
    }));
    body = { from: '2026-06-01', to: '2026-06-07', departmentIds: [ids.department('MED1')], format: 'paxml' };
    await med1.post('/api/deviations').send({
      kind: 'extra-time',
      shiftId: annaTuesday,
      start: '2026-06-02T15:30',
      end: '2026-06-02T17:00',
      orderedBy: 'Avdelningschefen',
    });
    await med1.post(`/api/roster-periods/${periodId}/attestations`).send({ employeeIds: [anna] });
  });
  afterAll(() => t.close());

  it('previews what would go out, classified and coded, without recording anything', async () => {
    const before = await counts();
    const res = await hr.post('/api/payroll/exports/preview').send(body);
    expect(res.status).toBe(200);
    const rows = res.body.rows.map((r: { name: string; date: string; code: string; hours: number }) => [
      r.name,
      r.date,
      r.code,
      r.hours,
    ]);
    expect(rows).toEqual([
      ['Anna Lindqvist', '2026-06-02', 'TID', 8],
      ['Anna Lindqvist', '2026-06-02', 'ÖT1', 1.5],
      ['Anna Lindqvist', '2026-06-06', 'TID', 7.5],
      // Saturday 13:30–21:30: B all the way (Fri 19:00 → Mon 07:00), 7.5 h net of rast.
      ['Anna Lindqvist', '2026-06-06', 'OB3', 7.5],
      // Night 21:15–07:15 with 45 min rast spread: 0.69 h of D (under 1 h in the month: not paid), 7.4 h of C → 7.5.
      ['Johan Berg', '2026-06-03', 'TID', 9.25],
      ['Johan Berg', '2026-06-03', 'OB2', 7.5],
    ]);
    expect(res.body.unattested).toEqual([
      { employeeId: johan, name: 'Johan Berg', periodId, departmentId: ids.department('MED1') },
    ]);
    expect(await counts()).toEqual(before);
    const again = await hr.post('/api/payroll/exports/preview').send(body);
    expect(again.body.sha256).toBe(res.body.sha256);
  });

  it('refuses to export unattested time, and exports nothing', async () => {
    const before = await counts();
    const res = await hr.post('/api/payroll/exports').send(body);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('NOT_ATTESTED');
    expect(res.body.messageSv).toMatch(/Johan Berg/);
    expect(await counts()).toEqual(before);
    expect((await t.dataSource.query(`SELECT state FROM roster_periods WHERE id = $1`, [periodId]))[0].state).toBe(
      'published',
    );
  });

  let firstId: string;
  it('exports when HR includes the unattested time explicitly, and records that', async () => {
    const res = await hr.post('/api/payroll/exports').send({ ...body, includeUnattested: true, schedule: true });
    expect(res.status).toBe(201);
    firstId = res.body.id;
    expect(res.body).toMatchObject({
      from: '2026-06-01',
      to: '2026-06-07',
      format: 'paxml',
      encoding: 'UTF-8',
      includedUnattested: true,
      unattested: [{ employeeId: johan, name: 'Johan Berg', periodId }],
      rowCount: 6,
      adjustmentRowCount: 0,
      employeeCount: 2,
      shiftCount: 3,
      lockedPeriodIds: [periodId],
      createdByName: 'Helena Lönn (HR)',
    });
    const file = await download(firstId);
    expect(res.body.sha256).toBe(createHash('sha256').update(file).digest('hex'));
    expect(res.body.byteLength).toBe(file.length);
    const text = file.toString('utf8');
    expect(text).toContain(
      '<tidtrans anstid="100101" postid="2"><tidkod>ÖT1</tidkod><datum>2026-06-02</datum><timmar>1.50</timmar></tidtrans>',
    );
    expect(text).toContain('<foretagnamn>Region Norrlanda</foretagnamn>');
    expect(text).toContain('<dag datum="2026-06-02" timmar="8.00"/>');
    xmllint(file);
    const [{ n }] = await t.dataSource.query(`SELECT count(*) AS n FROM payroll_exported_shifts WHERE export_id = $1`, [
      firstId,
    ]);
    expect(Number(n)).toBe(3);
  });

  it('locks the period: exported shifts refuse edits except through corrections', async () => {
    expect((await t.dataSource.query(`SELECT state FROM roster_periods WHERE id = $1`, [periodId]))[0].state).toBe(
      'locked',
    );
    const [{ version }] = await t.dataSource.query(`SELECT version FROM shifts WHERE id = $1`, [annaSaturday]);
    const edit = await med1.patch(`/api/shifts/${annaSaturday}`).send({ version, end: '2026-06-06T22:00' });
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe('PERIOD_LOCKED');
    const bare = await med1
      .post('/api/deviations')
      .send({ kind: 'left-early', shiftId: annaSaturday, start: '2026-06-06T19:30' });
    expect(bare.status).toBe(409);
    expect(bare.body.code).toBe('ATTESTED');
  });

  it('exports nothing again when nothing was corrected', async () => {
    const before = await counts();
    const res = await hr.post('/api/payroll/exports').send({ ...body, includeUnattested: true });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('NOTHING_TO_EXPORT');
    expect(await counts()).toEqual(before);
    expect((await hr.post('/api/payroll/exports/preview').send(body)).body.rowCount).toBe(0);
  });

  it('sends a correction as adjustment transactions, negative and positive, in the next export', async () => {
    const corrected = await med1.post('/api/deviations').send({
      kind: 'absence',
      absenceType: 'sick',
      shiftId: annaSaturday,
      start: '2026-06-06T17:30',
      correctionReason: 'Gick hem sjuk, anmält i efterhand',
    });
    expect(corrected.status).toBe(201);
    const res = await hr.post('/api/payroll/exports').send({ ...body, format: 'csv', decimalComma: true });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      rowCount: 3,
      adjustmentRowCount: 2,
      includedUnattested: false,
      lockedPeriodIds: [],
      shiftCount: 0,
    });
    // 13:30–17:30 of 13:30–21:30 worked (half the shift): 3.75 h TID and OB, 3.75 h sick.
    expect((await download(res.body.id)).toString('utf8')).toBe(
      'anstid;datum;kod;timmar\r\n' +
        '100101;2026-06-06;TID;-3,75\r\n' +
        '100101;2026-06-06;OB3;-3,50\r\n' +
        '100101;2026-06-06;SJK;3,75\r\n',
    );
    const history = (await hr.get('/api/payroll/exports')).body;
    expect(history.map((x: { id: string }) => x.id)).toEqual([res.body.id, firstId]);
    expect(history[1].byteLength).toBeGreaterThan(0);
  });

  it('re-downloads a past export byte for byte, with its name', async () => {
    const res = await hr.get(`/api/payroll/exports/${firstId}/file`).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/xml; charset=UTF-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="bemanna-lon-2026-06-01-2026-06-07-\d{8}-\d{6}\.pax"$/,
    );
    const { body: meta } = await hr.get(`/api/payroll/exports/${firstId}`);
    expect(
      createHash('sha256')
        .update(res.body as Buffer)
        .digest('hex'),
    ).toBe(meta.sha256);
  });

  it('writes ISO-8859-1 when asked, and that validates too', async () => {
    const week = await publishedPeriod(med1, ids, {
      department: 'MED1',
      startDate: '2026-06-08',
      shifts: [{ employeeId: anna, type: 'D', date: '2026-06-09' }],
    });
    await med1.post(`/api/roster-periods/${week.periodId}/attestations`).send({ employeeIds: [anna] });
    const request = {
      from: '2026-06-08',
      to: '2026-06-14',
      departmentIds: [ids.department('MED1')],
      format: 'paxml',
      encoding: 'ISO-8859-1',
    };
    const preview = await hr.post('/api/payroll/exports/preview').send(request);
    const res = await hr.post('/api/payroll/exports').send(request);
    expect(res.status).toBe(201);
    // Deterministic: what the preview would send is byte for byte what the export sent.
    expect(res.body.sha256).toBe(preview.body.sha256);
    const file = await download(res.body.id);
    expect(file.toString('latin1')).toMatch(/^<\?xml version="1.0" encoding="ISO-8859-1"\?>/);
    expect(file.includes(Buffer.from('Region Norrlanda', 'latin1'))).toBe(true);
    expect(file.includes(Buffer.from([0xc3]))).toBe(false);
    xmllint(file);
  });

  it.each<[string, Record<string, unknown>, number, string]>([
    ['an end before the start', { from: '2026-06-07', to: '2026-06-01' }, 400, 'to'],
    ['a range over 93 days', { from: '2026-01-01', to: '2026-06-30' }, 400, 'to'],
    ['an unknown department', { departmentIds: ['00000000-0000-4000-8000-000000000000'] }, 400, 'departmentIds'],
    ['an unknown format', { format: 'xlsx' }, 400, 'format'],
    ['an unknown encoding', { encoding: 'UTF-16' }, 400, 'encoding'],
  ])('refuses %s with a message and exports nothing', async (_label, change, status, field) => {
    const before = await counts();
    const res = await hr.post('/api/payroll/exports').send({ ...body, ...change });
    expect(res.status).toBe(status);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await counts()).toEqual(before);
  });
});
