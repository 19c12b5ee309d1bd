import type { Page } from 'playwright-core';
import { logIn, screenshot, useBrowser } from './support/browser';
import { fetchJson } from './support/api';

// Issue 5 "Shift swaps" and "Open shifts" on a phone (375 × 812): a nurse offers a swap, her
// colleague accepts, the scheduler approves, and both have the new shifts; then the scheduler puts
// an unstaffed shift out, the colleague applies (seeing what it means for his pay) and gets it.

const SCHEDULER = 'schema.med1@demo.bemanna.se';
const ANNA = 'anna.lindqvist@demo.bemanna.se';
const JOHAN = 'johan.berg@demo.bemanna.se';
/** A week no other suite plans. */
const MONDAY = '2027-02-15';
const PHONE = { width: 375, height: 812 };

const open = useBrowser();

async function phone(email: string): Promise<Page> {
  const page = await open(PHONE.width, PHONE.height);
  await logIn(page, email);
  return page;
}

/** Opens a section through the phone menu, as a nurse on her phone would. */
async function openSection(page: Page, name: string): Promise<void> {
  // A new page closes the menu, so wait until the current one (after a reload, say) is on screen.
  await page.locator('#main').getByRole('heading', { level: 1 }).first().waitFor();
  await page.getByRole('button', { name: 'Meny' }).click();
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name }).click();
}

async function datesOf(page: Page): Promise<string[]> {
  const schedule = await fetchJson<{ shifts: { date: string }[] }>(
    page,
    `/api/me/schedule?from=${MONDAY}&to=2027-02-21`,
  );
  return schedule.shifts.map((s) => s.date);
}

test('a nurse offers a swap on her phone, the colleague accepts, the scheduler approves: both have the new shifts', async () => {
  // The published week: Anna works Tuesday, Johan Thursday; Saturday's day shift has nobody yet.
  const scheduler = await phone(SCHEDULER);
  const employee = async (name: string) =>
    (await fetchJson<{ items: { id: string }[] }>(scheduler, `/api/employees?q=${encodeURIComponent(name)}`)).items[0]
      .id;
  const anna = await employee('Anna Lindqvist');
  const johan = await employee('Johan Berg');
  const departments = await fetchJson<{ id: string; code: string }[]>(scheduler, '/api/departments');
  const med1 = departments.find((d) => d.code === 'MED1')!.id;
  const types = await fetchJson<{ id: string; code: string; departmentId: string }[]>(scheduler, '/api/shift-types');
  const day = types.find((s) => s.code === 'D' && s.departmentId === med1)!.id;
  const period = await fetchJson<{ id: string }>(scheduler, '/api/roster-periods', {
    body: {
      departmentId: med1,
      startDate: MONDAY,
      weeks: 1,
    },
  });
  for (const [employeeId, date] of [
    [anna, '2027-02-16'],
    [johan, '2027-02-18'],
    [null, '2027-02-20'],
  ]) {
    await fetchJson(scheduler, '/api/shifts', { body: { periodId: period.id, employeeId, shiftTypeId: day, date } });
  }
  await fetchJson(scheduler, `/api/roster-periods/${period.id}/transition`, { body: { to: 'review' } });
  await fetchJson(scheduler, `/api/roster-periods/${period.id}/transition`, { body: { to: 'published' } });

  // Anna offers her Tuesday for Johan's Thursday.
  const annaPage = await phone(ANNA);
  await openSection(annaPage, 'Passbyten');
  await annaPage.getByRole('heading', { level: 1, name: 'Passbyten' }).waitFor();
  const offer = annaPage.getByRole('region', { name: 'Erbjud ett byte' });
  await offer.getByRole('radio', { name: /tis 16 feb\.? · 07:00–15:30/ }).check();
  await offer.getByRole('radio', { name: 'Byta mot en kollegas pass' }).check();
  await offer.getByRole('radio', { name: /Johan Berg.*tors 18 feb\.? · 07:00–15:30/ }).check();
  await offer.getByLabel('Meddelande (frivilligt)').fill('Jag har tandläkartid på tisdag');
  await screenshot(annaPage, 'swaps-01-offer');
  await offer.getByRole('button', { name: 'Skicka förfrågan' }).click();
  await annaPage.getByText('Förfrågan är skickad.').waitFor();
  const mine = annaPage.getByRole('region', { name: 'Mina byten' });
  await mine.getByText('Väntar på svar').waitFor();
  await screenshot(annaPage, 'swaps-02-offered');

  // Johan answers on his phone.
  const johanPage = await phone(JOHAN);
  await openSection(johanPage, 'Passbyten');
  const incoming = johanPage.getByRole('region', { name: 'Till dig' });
  await incoming.getByText('Anna Lindqvist vill byta').waitFor();
  await incoming.getByText('Jag har tandläkartid på tisdag').waitFor();
  await screenshot(johanPage, 'swaps-03-incoming');
  await incoming.getByRole('button', { name: 'Acceptera' }).click();
  await incoming.getByRole('status').filter({ hasText: 'Väntar på schemaläggaren' }).waitFor();
  await screenshot(johanPage, 'swaps-04-accepted');

  // The scheduler approves from the phone.
  await scheduler.reload();
  await openSection(scheduler, 'Passbyten');
  await scheduler.getByRole('heading', { level: 1, name: 'Passbyten att godkänna' }).waitFor();
  const queue = scheduler.getByRole('region', { name: /Passbyten att godkänna/ });
  await queue.getByText('Anna Lindqvist och Johan Berg').waitFor();
  await screenshot(scheduler, 'swaps-05-approval-queue');
  await queue.getByRole('button', { name: 'Godkänn' }).click();
  const decided = scheduler.getByRole('region', { name: 'Avgjorda byten' });
  await decided.getByText('Genomfört').waitFor();
  await screenshot(scheduler, 'swaps-06-approved');

  // Both have the new shifts: Anna's Thursday is now hers to offer, and their schedules say so.
  await annaPage.reload();
  await annaPage.getByRole('region', { name: 'Mina byten' }).getByText('Genomfört').waitFor();
  await annaPage
    .getByRole('region', { name: 'Erbjud ett byte' })
    .getByRole('radio', { name: /tors 18 feb/ })
    .waitFor();
  expect(await annaPage.getByRole('radio', { name: /tis 16 feb/ }).count()).toBe(0);
  await screenshot(annaPage, 'swaps-07-anna-after');
  expect(await datesOf(annaPage)).toEqual(['2027-02-18']);
  expect(await datesOf(johanPage)).toEqual(['2027-02-16']);
});

test('the scheduler puts an unstaffed shift out; the colleague sees what it means for his pay, applies and gets it', async () => {
  const scheduler = await phone(SCHEDULER);
  // A night nobody took in time (its deadline has passed): flagged for agency staff.
  const departments = await fetchJson<{ id: string; code: string }[]>(scheduler, '/api/departments');
  const med1 = departments.find((d) => d.code === 'MED1')!.id;
  const types = await fetchJson<{ id: string; code: string; departmentId: string }[]>(scheduler, '/api/shift-types');
  const night = types.find((s) => s.code === 'N' && s.departmentId === med1)!.id;
  const periods = await fetchJson<{ id: string; startDate: string }[]>(
    scheduler,
    `/api/roster-periods?departmentId=${med1}`,
  );
  const periodId = periods.find((p) => p.startDate === MONDAY)!.id;
  const { shift } = await fetchJson<{ shift: { id: string } }>(scheduler, '/api/shifts', {
    body: {
      periodId,
      employeeId: null,
      shiftTypeId: night,
      date: '2027-02-21',
    },
  });
  await fetchJson(scheduler, '/api/open-shifts', {
    body: {
      shiftId: shift.id,
      deadline: new Date(Date.now() - 60_000).toISOString(),
    },
  });
  await openSection(scheduler, 'Lediga pass');
  await scheduler.getByRole('heading', { level: 1, name: 'Lediga pass och inhyrning' }).waitFor();
  const unstaffed = scheduler.getByRole('region', { name: 'Obemannade pass' });
  const saturday = unstaffed.getByRole('listitem').filter({ hasText: 'lör 20 feb' });
  await saturday.getByRole('button', { name: 'Lägg ut som ledigt pass' }).click();
  await saturday.getByLabel('Yrke').selectOption({ label: 'Sjuksköterska' });
  await screenshot(scheduler, 'open-shifts-01-publish');
  await saturday.getByRole('button', { name: 'Lägg ut som ledigt pass' }).click();
  const posted = scheduler.getByRole('region', { name: 'Utlagda pass' });
  await posted.getByRole('listitem').filter({ hasText: 'lör 20 feb' }).getByText('Inga sökande ännu.').waitFor();
  // 9 h 15 min paid at the default 1 100 kr/h.
  await posted.getByText('Hyrpersonal behövs: uppskattad kostnad 10 175 kr').waitFor();
  await screenshot(scheduler, 'open-shifts-02-agency');

  const johanPage = await phone(JOHAN);
  await openSection(johanPage, 'Lediga pass');
  const item = johanPage.getByRole('listitem').filter({ hasText: 'lör 20 feb' });
  await item.getByText('Inom din avtalade tid').waitFor();
  await screenshot(johanPage, 'open-shifts-03-employee');
  await item.getByRole('button', { name: 'Anmäl intresse' }).click();
  await item.getByText('Du har anmält intresse').waitFor();
  // He may take it back while nobody has been chosen, and apply again.
  await item.getByRole('button', { name: 'Återta intresseanmälan' }).click();
  await item.getByRole('button', { name: 'Anmäl intresse' }).click();
  await item.getByText('Du har anmält intresse').waitFor();

  await scheduler.reload();
  const applicant = scheduler
    .getByRole('region', { name: 'Utlagda pass' })
    .locator('.exchange-applicant')
    .filter({ hasText: 'Johan Berg' });
  await applicant.getByText('Inom avtalad tid').waitFor();
  await screenshot(scheduler, 'open-shifts-04-applicants');
  await applicant.getByRole('button', { name: 'Välj' }).click();
  await scheduler.getByText('Johan Berg har passet').waitFor();
  await screenshot(scheduler, 'open-shifts-05-filled');

  await johanPage.reload();
  await johanPage.getByRole('listitem').filter({ hasText: 'lör 20 feb' }).getByText('Passet är ditt').waitFor();
  await screenshot(johanPage, 'open-shifts-06-yours');
  expect(await datesOf(johanPage)).toEqual(['2027-02-16', '2027-02-20']);
});
