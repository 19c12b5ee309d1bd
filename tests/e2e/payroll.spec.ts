import { readFileSync } from 'node:fs';
import { addDays, localDate, mondayOf } from '@bemanna/shared';
import { logIn, screenshot, useBrowser } from './support/browser';
import { fetchJson } from './support/api';

// Issue 6 "Hours to payroll", browser journey: the MED1 scheduler records a deviation on a
// published shift and attests the week; HR checks the period (key figures, warnings, drill-down),
// previews and exports PAXml, downloads the file, and finds the export in the history, where the
// same bytes download again. The nurse sees her own time on a phone.

const SCHEDULER = 'schema.med1@demo.bemanna.se';
const HR = 'hr@demo.bemanna.se';
const NURSE = 'anna.lindqvist@demo.bemanna.se';
/** A week of its own (no other suite plans it), without public holidays. */
const MONDAY = '2027-02-01';
const SUNDAY = '2027-02-07';

const open = useBrowser();
let med1 = '';

test('the scheduler attests a week; HR exports it, downloads the file and finds it in the history', async () => {
  // --- A published week for a full-time nurse and Johan (set up through the API the screens use).
  // Not Anna: the staff journey changes her employment rate, which would make her extra time mertid.
  const scheduler = await open(1400, 1000);
  await logIn(scheduler, SCHEDULER);
  const departments = await fetchJson<{ id: string; code: string }[]>(scheduler, '/api/departments');
  med1 = departments.find((d) => d.code === 'MED1')!.id;
  const employees = await fetchJson<{
    items: { id: string; firstName: string; lastName: string; employmentRate: number; homeDepartmentId: string }[];
  }>(scheduler, `/api/employees?departmentId=${med1}&pageSize=100`);
  const id = (name: string) => employees.items.find((e) => `${e.firstName} ${e.lastName}` === name)!.id;
  const full = employees.items.find(
    (e) =>
      e.employmentRate === 100 &&
      e.homeDepartmentId === med1 &&
      e.lastName !== 'Lindqvist' &&
      employees.items.filter((o) => o.lastName === e.lastName).length === 1,
  )!;
  const nurse = `${full.firstName} ${full.lastName}`;
  const nurseRow = `${full.lastName}, ${full.firstName}`;
  const types = await fetchJson<{ id: string; code: string; departmentId: string }[]>(scheduler, '/api/shift-types');
  const type = (code: string) => types.find((t) => t.departmentId === med1 && t.code === code)!.id;
  const period = await fetchJson<{ id: string }>(scheduler, '/api/roster-periods', {
    body: {
      departmentId: med1,
      startDate: MONDAY,
      weeks: 1,
    },
  });
  for (const [who, code, date] of [
    [nurse, 'D', '2027-02-01'],
    [nurse, 'K', '2027-02-05'],
    ['Johan Berg', 'N', '2027-02-02'],
  ])
    await fetchJson(scheduler, '/api/shifts', {
      body: { periodId: period.id, employeeId: id(who), shiftTypeId: type(code), date },
    });
  await fetchJson(scheduler, `/api/roster-periods/${period.id}/transition`, { body: { to: 'review' } });
  await fetchJson(scheduler, `/api/roster-periods/${period.id}/transition`, { body: { to: 'published' } });

  // --- The scheduler records that the nurse stayed 45 minutes, ordered by the coordinator, and attests.
  // A fresh load: the periods were made through the API, behind the open page's cache.
  await scheduler.getByRole('link', { name: 'Tidrapporter' }).waitFor();
  await scheduler.goto('/time-reports');
  await scheduler.getByRole('heading', { level: 1, name: 'Tidrapporter och attest' }).waitFor();
  await scheduler.getByLabel('Schemaperiod').selectOption({ label: `${MONDAY} – ${SUNDAY}` });
  const nurseCard = scheduler.locator('section.time-report__employee', { hasText: nurseRow });
  await nurseCard.getByRole('button', { name: 'Registrera avvikelse' }).click();
  await nurseCard.getByLabel('Typ').selectOption({ label: 'Förlängt pass (beordrad tid)' });
  await nurseCard.getByRole('combobox', { name: 'Pass' }).selectOption({ label: 'D 2027-02-01 07:00–15:30' });
  await nurseCard.getByLabel('Från').fill('2027-02-01T15:30');
  await nurseCard.getByLabel('Till').fill('2027-02-01T16:15');
  await nurseCard.getByLabel('Beordrad av').fill('Lisa, samordnare');
  await nurseCard.getByRole('button', { name: 'Spara avvikelse' }).click();
  await nurseCard.getByText('Beordrad av Lisa, samordnare').waitFor();
  await nurseCard.getByText('Enkel övertid').waitFor();
  await screenshot(scheduler, 'payroll-scheduler-deviation');

  await nurseCard.getByLabel(`Välj ${nurse}`).check();
  await scheduler
    .locator('section.time-report__employee', { hasText: 'Berg, Johan' })
    .getByLabel('Välj Johan Berg')
    .check();
  await scheduler.getByRole('button', { name: 'Attestera valda (2)' }).click();
  await scheduler.getByText('Attesterat. Tiden är nu låst').waitFor();
  await nurseCard.getByText(/^Attesterad /).waitFor();
  await screenshot(scheduler, 'payroll-scheduler-attested');

  // --- HR checks the week.
  const hr = await open(1400, 1000);
  await logIn(hr, HR);
  await hr.getByRole('link', { name: 'Lön' }).click();
  await hr.getByRole('heading', { level: 1, name: 'Lön' }).waitFor();
  await hr.goto(`/payroll?from=${MONDAY}&to=${SUNDAY}&departments=${med1}`);
  const people = hr.locator('table.payroll-table');
  await people.getByRole('button', { name: nurseRow }).waitFor();
  expect(await people.locator('tr', { hasText: nurseRow }).getByText('Attesterad').count()).toBe(1);
  const figures = hr.locator('.key-figures');
  await figures.getByText('0,75 h').first().waitFor();
  await people.getByRole('button', { name: nurseRow }).click();
  const drilldown = hr.getByRole('region', { name: `Pass och timmar för ${nurse}` });
  await drilldown.getByText('Förlängt pass (beordrad tid)').waitFor();
  await drilldown.getByRole('cell', { name: 'ÖT1' }).waitFor();
  await screenshot(hr, 'payroll-hr-overview');

  // Preview, then export PAXml.
  await hr.getByRole('button', { name: 'Förhandsgranska' }).click();
  const preview = hr.locator('.payroll-preview');
  await preview.getByText(/rader för 2 medarbetare, varav 0 justeringar/).waitFor();
  await screenshot(hr, 'payroll-hr-preview');
  await hr.getByRole('button', { name: 'Exportera' }).click();
  const link = hr.getByRole('link', { name: /^Ladda ner bemanna-lon-2027-02-01-2027-02-07-.*\.pax$/ });
  await link.waitFor();
  const [download] = await Promise.all([hr.waitForEvent('download'), link.click()]);
  const file = readFileSync((await download.path())!);
  const text = file.toString('utf8');
  expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
  expect(text).toContain('<tidkod>ÖT1</tidkod><datum>2027-02-01</datum><timmar>0.75</timmar>');
  await screenshot(hr, 'payroll-hr-exported');

  // The period is locked now; the history has the export, and the same bytes download again.
  const locked = await fetchJson<{ state: string }>(hr, `/api/roster-periods/${period.id}`);
  expect(locked.state).toBe('locked');
  const history = hr.locator('section[aria-labelledby="payroll-history"]');
  const row = history.locator('tbody tr').first();
  await row.getByText(`${MONDAY} – ${SUNDAY}`).waitFor();
  const [again] = await Promise.all([
    hr.waitForEvent('download'),
    row.getByRole('link', { name: 'Ladda ner' }).click(),
  ]);
  expect(readFileSync((await again.path())!).equals(file)).toBe(true);
  await history.scrollIntoViewIfNeeded();
  await screenshot(hr, 'payroll-hr-history');

  // Exporting again sends nothing new.
  await hr.getByRole('button', { name: 'Förhandsgranska' }).click();
  await hr.getByText('Inget nytt att exportera för urvalet.').waitFor();
});

test('the nurse reports that she stayed longer, on a phone', async () => {
  // Last week's Tuesday, so it is among "my shifts" of the last four weeks whatever day this runs.
  const monday = addDays(mondayOf(localDate(Date.now())), -7);
  const tuesday = addDays(monday, 1);
  const scheduler = await open();
  await logIn(scheduler, SCHEDULER);
  const departments = await fetchJson<{ id: string; code: string }[]>(scheduler, '/api/departments');
  const med1 = departments.find((d) => d.code === 'MED1')!.id;
  const employees = await fetchJson<{ items: { id: string; firstName: string; lastName: string }[] }>(
    scheduler,
    `/api/employees?departmentId=${med1}&pageSize=100`,
  );
  const anna = employees.items.find((e) => e.firstName === 'Anna' && e.lastName === 'Lindqvist')!.id;
  const types = await fetchJson<{ id: string; code: string; departmentId: string }[]>(scheduler, '/api/shift-types');
  const day = types.find((t) => t.departmentId === med1 && t.code === 'D')!.id;
  const period = await fetchJson<{ id: string }>(scheduler, '/api/roster-periods', {
    body: {
      departmentId: med1,
      startDate: monday,
      weeks: 1,
    },
  });
  await fetchJson(scheduler, '/api/shifts', {
    body: { periodId: period.id, employeeId: anna, shiftTypeId: day, date: tuesday },
  });
  await fetchJson(scheduler, `/api/roster-periods/${period.id}/transition`, { body: { to: 'review' } });
  await fetchJson(scheduler, `/api/roster-periods/${period.id}/transition`, { body: { to: 'published' } });

  const phone = await open(375, 812);
  await logIn(phone, NURSE);
  await phone.goto('/me/time');
  await phone.getByRole('heading', { level: 1, name: 'Min tid' }).waitFor();
  const shift = phone.locator('.time-report__shift', { hasText: `D ${tuesday} 07:00–15:30` });
  await shift.getByRole('button', { name: 'Rapportera avvikelse' }).click();
  await shift.getByLabel('Till').fill(`${tuesday}T16:15`);
  await shift.getByLabel('Beordrad av').fill('Lisa, samordnare');
  await shift.getByLabel('Kommentar').fill('Överrapporteringen drog ut');
  await screenshot(phone, 'payroll-nurse-phone-form');
  await shift.getByRole('button', { name: 'Spara avvikelse' }).click();
  await phone.getByText('Rapporten är skickad till din chef.').waitFor();
  const reports = phone.locator('section[aria-labelledby="my-time-reports"]');
  await reports
    .locator('.deviation', { hasText: `${tuesday} 15:30–16:15` })
    .getByText('Väntar på beslut')
    .waitFor();
  await screenshot(phone, 'payroll-nurse-phone');
  const width = await phone.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
});
