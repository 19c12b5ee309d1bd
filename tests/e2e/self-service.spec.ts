import { addDays, localDate, mondayOf } from '@bemanna/shared';
import { logIn, screenshot, useBrowser } from './support/browser';
import { fetchJson } from './support/api';

// Issue 5 "Staff self-service", on a phone (375 × 812): a nurse finds a change to her published
// schedule highlighted and marks it seen, looks at the month, enters wishes for the next period,
// asks for leave; her scheduler approves it on a desktop; the decision reaches her inbox.
// IVA and its nurse Elin Forsberg are this suite's own, so it never meets the roster suite's weeks.

const SCHEDULER = 'schema.iva@demo.bemanna.se';
const NURSE = 'elin.forsberg@demo.bemanna.se';
/** A Monday two to three weeks ahead, so the shifts are in the schedule's coming weeks. */
const MONDAY = mondayOf(addDays(localDate(Date.now()), 14 + 7 - 1));
const day = (n: number) => addDays(MONDAY, n);

const open = useBrowser();

test('a nurse on her phone sees what changed, enters wishes, asks for leave and hears the decision', async () => {
  // The scheduler publishes a week for IVA, then changes one of Elin's shifts with a reason,
  // and opens the following week for wishes.
  const desk = await open();
  await logIn(desk, SCHEDULER);
  const departments = await fetchJson<{ id: string; code: string }[]>(desk, '/api/departments');
  const iva = departments.find((d) => d.code === 'IVA')!.id;
  const types = await fetchJson<{ id: string; code: string }[]>(desk, `/api/shift-types?departmentId=${iva}`);
  const D = types.find((t) => t.code === 'D')!.id;
  const staff = await fetchJson<{ items: { id: string; firstName: string; lastName: string }[] }>(
    desk,
    `/api/employees?departmentId=${iva}&pageSize=100`,
  );
  const elin = staff.items.find((e) => e.firstName === 'Elin' && e.lastName === 'Forsberg')!.id;
  const colleague = staff.items.find((e) => e.id !== elin)!;
  const period = await fetchJson<{ id: string }>(desk, '/api/roster-periods', {
    body: {
      departmentId: iva,
      startDate: MONDAY,
      weeks: 1,
    },
  });
  const place = (employeeId: string, date: string) =>
    fetchJson<{ shift: { id: string; version: number } }>(desk, '/api/shifts', {
      body: {
        periodId: period.id,
        employeeId,
        shiftTypeId: D,
        date,
      },
    });
  await place(elin, day(0));
  await place(colleague.id, day(0));
  const moved = (await place(elin, day(1))).shift;
  await fetchJson(desk, `/api/roster-periods/${period.id}/transition`, { body: { to: 'review' } });
  await fetchJson(desk, `/api/roster-periods/${period.id}/transition`, { body: { to: 'published' } });
  await fetchJson(desk, `/api/shifts/${moved.id}`, {
    method: 'PATCH',
    body: {
      start: `${day(1)}T08:00`,
      end: `${day(1)}T16:30`,
      version: moved.version,
      changeReason: 'Utbildning 07–08',
    },
  });
  const next = await fetchJson<{ id: string }>(desk, '/api/roster-periods', {
    body: {
      departmentId: iva,
      startDate: day(7),
      weeks: 1,
    },
  });
  await fetchJson(desk, `/api/roster-periods/${next.id}/transition`, { body: { to: 'wishes-open' } });

  // Elin opens Bemanna on her phone: the change is at the top, her shifts below with her colleague.
  const phone = await open(375, 812);
  await logIn(phone, NURSE);
  await phone.waitForURL('**/me');
  const changes = phone.getByRole('heading', { name: '1 ändring sedan du senast tittade' });
  await changes.waitFor();
  await phone.getByText('Utbildning 07–08').first().waitFor();
  await phone.getByText(`Med: ${colleague.firstName} ${colleague.lastName}`).waitFor();
  expect(await phone.locator('.my-shift--changed .my-shift__time').textContent()).toBe('08:00–16:30');
  await screenshot(phone, '40-my-schedule-375');
  await phone.getByRole('button', { name: 'Jag har sett ändringarna' }).click();
  await changes.waitFor({ state: 'detached' });
  expect(await phone.locator('.my-shift--changed').count()).toBe(0);
  // Nothing on the page is wider than the phone.
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  // The month view of the month the shifts are in.
  await phone.goto(`/me?view=month&month=${MONDAY.slice(0, 7)}`);
  await phone.locator(`.my-month__day .shift-chip`).first().waitFor();
  await phone.getByRole('button', { name: new RegExp(`^${day(0)}: 1 pass`) }).click();
  await phone.getByText(`Med: ${colleague.firstName} ${colleague.lastName}`).waitFor();
  await screenshot(phone, '41-my-schedule-month-375');

  // Wishes for the next period: a day off on Monday, "can work" on Saturday.
  const menu = phone.getByRole('navigation', { name: 'Huvudmeny' });
  await phone.getByRole('button', { name: 'Meny' }).click();
  await menu.getByRole('link', { name: 'Önskemål' }).click();
  await phone.getByRole('heading', { level: 1, name: 'Önskemål' }).waitFor();
  const wishDay = (n: number) => phone.locator(`#wish-${day(7 + n)}`);
  await wishDay(0).selectOption('free');
  await wishDay(5).selectOption('can-work');
  await phone.getByRole('button', { name: 'Spara önskemål' }).click();
  await phone.getByText('Önskemålen är sparade.').waitFor();
  const saved = await fetchJson<{ wishes: { date: string; kind: string }[] }>(
    phone,
    `/api/roster-periods/${next.id}/wishes`,
  );
  expect(saved.wishes.map((w) => [w.date, w.kind])).toEqual([
    [day(7), 'free'],
    [day(12), 'can-work'],
  ]);
  await screenshot(phone, '42-wishes-375');

  // Leave: a clear refusal first (end before start), then a request.
  await phone.getByRole('button', { name: 'Meny' }).click();
  await menu.getByRole('link', { name: 'Ledighet' }).click();
  await phone.getByLabel('Första dagen').fill(day(4));
  await phone.getByLabel('Sista dagen').fill(day(3));
  await phone.getByRole('button', { name: 'Skicka ansökan' }).click();
  await phone.locator('.field--invalid').first().waitFor();
  await phone.getByLabel('Sista dagen').fill(day(4));
  await phone.getByLabel('Kommentar').fill('Kusinens bröllop');
  await phone.getByRole('button', { name: 'Skicka ansökan' }).click();
  await phone.getByText('Väntar på beslut').waitFor();
  await screenshot(phone, '43-leave-375');

  // The scheduler approves it at her desk.
  await desk.goto('/leave');
  const request = desk.locator('.my-shift').filter({ hasText: 'Elin Forsberg' });
  await request.getByText('Kusinens bröllop', { exact: false }).waitFor();
  await request.getByRole('button', { name: 'Bevilja' }).click();
  await desk.getByText('Inga ansökningar väntar på beslut.').waitFor();

  // In the roster builder the scheduler sees the wishes over the roster: a day shift on the day
  // Elin wished free is a wish not met; her offer to work on Saturday is shown as an offer.
  await fetchJson(desk, '/api/shifts', {
    body: { periodId: next.id, employeeId: elin, shiftTypeId: D, date: day(7) },
  });
  await desk.goto(`/roster/${next.id}?view=rosterWeek&wishes=1`);
  await desk.getByText('Önskemål: 0 av 1 uppfyllda (0 %)', { exact: false }).waitFor();
  const elinLane = desk.locator(`.roster-calendar td.fc-timeline-lane[data-resource-id="${elin}"]`);
  await elinLane.locator('.wish-bg--unmet').waitFor();
  await elinLane.locator('.wish-bg--offer').waitFor();
  await screenshot(desk, '45-roster-wishes-overlay');

  // Elin's inbox shows the decision; the count is in the top bar.
  await phone.goto('/me');
  const bell = phone.locator('.inbox-bell');
  await bell.locator('.inbox-bell__count').waitFor();
  await bell.click();
  await phone.getByRole('heading', { level: 1, name: 'Inkorg' }).waitFor();
  await phone.locator('.inbox-item--unread').filter({ hasText: 'Ledighet beviljad' }).waitFor();
  await screenshot(phone, '44-inbox-375');
  await phone.getByRole('button', { name: 'Markera alla som lästa' }).click();
  await bell.locator('.inbox-bell__count').waitFor({ state: 'detached' });
  await phone.getByRole('button', { name: 'Meny' }).click();
  await menu.getByRole('link', { name: 'Ledighet' }).click();
  await phone.locator('.my-shift .badge', { hasText: 'Beviljad' }).waitFor();

  // Elin calls in sick for Monday: the scheduler registers it, the shift becomes open, and Elin's
  // schedule lists it as taken off her.
  await desk.goto('/leave');
  const sick = desk.locator('form', { has: desk.getByRole('heading', { name: 'Sjukanmälan' }) });
  await sick.getByLabel('Medarbetare').selectOption({ label: 'Forsberg, Elin' });
  await sick.getByLabel('Första dagen').fill(day(0));
  await sick.getByLabel('Sista dagen').fill(day(0));
  await sick.getByRole('button', { name: 'Registrera sjukanmälan' }).click();
  await sick.getByText('Registrerad. 1 pass blev vakant.').waitFor();
  await screenshot(desk, '46-sick-report');
  await phone.goto('/me');
  await phone.getByRole('heading', { name: '1 ändring sedan du senast tittade' }).waitFor();
  await phone.getByText('borttaget (IVA): Sjukanmälan', { exact: false }).waitFor();
});
