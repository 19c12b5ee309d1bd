import type { Page } from 'playwright-core';
import { logIn, screenshot, useBrowser } from './support/browser';
import { requestJson } from './support/api';

// Issue 7 "Automatic roster generation", browser journey: the surgery ward's scheduler generates
// a two-week roster with a time limit, watches the progress, reviews the proposal (changes,
// score, uncovered needs), accepts it, and then asks for replacements for an open shift and
// picks the first one. Kirurgi, so the roster builder's own suite keeps Medicin 1 to itself.

const SCHEDULER = 'schema.kir@demo.bemanna.se';
/** Two weeks without public holidays that no other suite plans. */
const MONDAY = '2027-03-01';

const open = useBrowser();

interface Named {
  id: string;
  code: string;
  departmentId: string;
  name: string;
  kind: string;
}

/** Kirurgi's scheduler, logged in, with the department and its shift types. */
async function schedulerOnKirurgi(): Promise<{ page: Page; kir: Named; types: Named[] }> {
  const page = await open(1600, 1000);
  await logIn(page, SCHEDULER);
  await page.waitForURL('**/roster');
  const departments = (await requestJson<Named[]>(page, '/api/departments')).body;
  const kir = departments.find((d) => d.code === 'KIR')!;
  const types = (await requestJson<Named[]>(page, `/api/shift-types?departmentId=${kir.id}`)).body;
  return { page, kir, types };
}

/** The first test's period, or the same weeks afresh when a later test runs alone. */
async function firstTestsPeriod(page: Page, kir: Named): Promise<string> {
  const periods = (
    await requestJson<Array<{ id: string; startDate: string }>>(page, `/api/roster-periods?departmentId=${kir.id}`)
  ).body;
  return (
    periods.find((p) => p.startDate === MONDAY)?.id ??
    (
      await requestJson<{ id: string }>(page, '/api/roster-periods', {
        body: { departmentId: kir.id, startDate: MONDAY, weeks: 2 },
      })
    ).body.id
  );
}

test('a scheduler generates a roster, reviews the proposal, accepts it and finds a replacement', async () => {
  // Kirurgi's needs: nurses and assistant nurses on day, evening and night.
  const { page, kir, types } = await schedulerOnKirurgi();
  const type = (code: string) => types.find((t) => t.code === code)!.id;
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  const needs = days.flatMap((dayKind) => [
    { dayKind, shiftTypeId: type('D'), profession: 'sjukskoterska', min: 2, target: 3 },
    { dayKind, shiftTypeId: type('D'), profession: 'underskoterska', min: 2, target: 2 },
    { dayKind, shiftTypeId: type('K'), profession: 'sjukskoterska', min: 1, target: 2 },
    { dayKind, shiftTypeId: type('K'), profession: 'underskoterska', min: 1, target: 1 },
    { dayKind, shiftTypeId: type('N'), profession: 'sjukskoterska', min: 1, target: 1 },
  ]);
  expect(
    (await requestJson(page, `/api/departments/${kir.id}/staffing-needs`, { method: 'PUT', body: { needs } })).status,
  ).toBe(200);
  const period = await requestJson<{ id: string }>(page, '/api/roster-periods', {
    body: { departmentId: kir.id, startDate: MONDAY, weeks: 2 },
  });
  expect(period.status).toBe(201);
  const periodId = period.body.id;

  await page.goto(`/roster/${periodId}`);
  await page.locator('.roster-calendar .fc-timeline-lane').first().waitFor();
  await page.getByRole('button', { name: 'Generera schema …' }).click();
  await page.getByLabel('Lägg hela schemat').check();
  await page.getByLabel('Tidsgräns').selectOption('10');
  await screenshot(page, '70-generate-dialog', { fullPage: false });
  await page.getByRole('button', { name: 'Starta' }).click();

  // Live progress with a cancel button while the job runs.
  const bar = page.locator('#generate-progress');
  await bar.waitFor();
  await page.getByRole('button', { name: 'Avbryt genereringen' }).waitFor();
  await page.locator('.generate-progress__label', { hasText: 'Söker schema' }).waitFor();
  await page.locator('.generate-progress__figures', { hasText: /bästa poäng/ }).waitFor();
  await screenshot(page, '71-generate-progress', { fullPage: false });

  // The proposal: score by term, uncovered needs with reasons, the changes to accept.
  await page.getByRole('heading', { name: 'Förslag' }).waitFor({ timeout: 60_000 });
  const score = page.locator('.proposal-score');
  expect(await score.textContent()).toContain('Inga hårda regelbrott');
  expect(await score.textContent()).toMatch(/Under minimibemanning \(personpass\)\d+ → \d+/);
  const acceptAll = page.getByRole('button', { name: /^Godkänn alla \(\d+\)$/ });
  const count = Number((await acceptAll.textContent())!.match(/\((\d+)\)/)![1]);
  expect(count).toBeGreaterThan(20);
  expect(await page.locator('.proposal-change').count()).toBe(count);
  await screenshot(page, '72-generate-proposal');

  // The panel unmounted (a narrow window) and back: the proposal is picked up again from the
  // period's runs, not lost until they are fetched anew.
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 600, height: size.height });
  await page.locator('.generate-panel').waitFor({ state: 'detached' });
  await page.setViewportSize(size);
  await acceptAll.waitFor({ timeout: 5_000 });

  await acceptAll.click();
  await page
    .getByRole('status')
    .filter({ hasText: `${count} ändringar är införda i schemat.` })
    .waitFor();
  await page.locator('.roster-calendar .roster-event').first().waitFor();
  await screenshot(page, '73-generate-accepted', { fullPage: false });

  // What the builder now shows was written through the normal path and breaks no hard rule.
  const roster = await requestJson<{
    shifts: Array<{ id: string; source: string }>;
    violations: Array<{ severity: string; shiftIds: string[] }>;
  }>(page, `/api/roster-periods/${periodId}/roster`);
  const generated = new Set(roster.body.shifts.filter((s) => s.source === 'generated').map((s) => s.id));
  expect(generated.size).toBe(count);
  expect(
    roster.body.violations.filter((v) => v.severity === 'hard' && v.shiftIds.some((id) => generated.has(id))),
  ).toEqual([]);

  // An open shift (someone fell ill): suggest a replacement and pick the first.
  const open = await requestJson<{ shift: { id: string } }>(page, '/api/shifts', {
    body: { periodId, employeeId: null, shiftTypeId: type('K'), date: '2027-03-10' },
  });
  expect(open.status).toBe(201);
  await page.reload();
  const event = page.locator(`.roster-calendar .roster-shift-${open.body.shift.id}`);
  await event.waitFor();
  await event.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'center' }));
  await event.click();
  await page.getByRole('button', { name: 'Föreslå ersättare' }).click();
  const first = page.locator('.replacement').first();
  await first.waitFor();
  const name = (await first.locator('strong').textContent())!;
  expect(await first.locator('.cost').textContent()).toMatch(/Ingen merkostnad|Mertid|Övertid|Bemanningspool|Inhyrd/);
  await screenshot(page, '74-replacement-suggestions', { fullPage: false });
  await first.getByRole('button', { name: 'Välj' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /ändrat|Ändrat/ })
    .waitFor();
  const shifts = await requestJson<Array<{ id: string; employeeId: string | null }>>(
    page,
    `/api/roster-periods/${periodId}/shifts`,
  );
  const shift = shifts.body.find((s) => s.id === open.body.shift.id)!;
  expect(shift.employeeId).not.toBeNull();
  const staff = await requestJson<{ rows: Array<{ employeeId: string; firstName: string; lastName: string }> }>(
    page,
    `/api/roster-periods/${periodId}/roster`,
  );
  const chosen = staff.body.rows.find((r) => r.employeeId === shift.employeeId)!;
  expect(`${chosen.firstName} ${chosen.lastName}`).toBe(name);
});

test('a scheduler stores limits per person for the generation, with field errors from the server', async () => {
  const { page, kir, types } = await schedulerOnKirurgi();
  const night = types.find((t) => t.code === 'N')!.id;
  const periodId = await firstTestsPeriod(page, kir);

  await page.goto(`/roster/${periodId}`);
  await page.locator('.roster-calendar .fc-timeline-lane').first().waitFor();
  await page.getByRole('button', { name: 'Generera schema …' }).click();
  await page.getByText('Begränsningar per person').click();
  const row = page.locator('.person-limits__table tbody tr').first();
  await row.waitFor();
  const name = (await row.locator('th .data-table__primary').textContent())!;

  await row.getByLabel(`${name}: Minst timmar`).fill('50');
  await row.getByLabel(`${name}: Högst timmar`).fill('40');
  await row.getByLabel(`${name}: Högst N`).fill('0');
  await row.getByRole('button', { name: 'Spara' }).click();
  await row.locator('.field__error', { hasText: 'Lägsta arbetstid (50 h) är högre än högsta (40 h)' }).waitFor();
  expect(await row.getByLabel(`${name}: Minst timmar`).getAttribute('aria-invalid')).toBe('true');
  await screenshot(page, '75-generate-limits-error', { fullPage: false });

  await row.getByLabel(`${name}: Högst timmar`).fill('60,5');
  await row.getByRole('button', { name: 'Spara' }).click();
  await row.getByRole('status').filter({ hasText: 'Sparat' }).waitFor();
  const stored = await requestJson<{
    employees: Array<{
      firstName: string;
      lastName: string;
      minHours: number;
      maxHours: number;
      maxShiftsByType: unknown;
    }>;
  }>(page, `/api/departments/${kir.id}/generation-limits`);
  const person = stored.body.employees.find((e) => `${e.firstName} ${e.lastName}` === name)!;
  expect(person).toMatchObject({ minHours: 50, maxHours: 60.5, maxShiftsByType: [{ shiftTypeId: night, max: 0 }] });
  expect(await page.locator('.person-limits summary').textContent()).toContain('1 person har begränsningar');
  await screenshot(page, '76-generate-limits-saved', { fullPage: false });

  // Removed again, so that the department's generations are as before.
  await row.getByRole('button', { name: `Ta bort begränsningarna för ${name}` }).click();
  await row.getByRole('status').filter({ hasText: 'Borttaget' }).waitFor();
  const after = await requestJson<{ employees: Array<{ version: number }> }>(
    page,
    `/api/departments/${kir.id}/generation-limits`,
  );
  expect(after.body.employees.every((e) => e.version === 0)).toBe(true);
});

test("a scheduler tunes the department's weights for the generation, with field errors from the server", async () => {
  const { page, kir } = await schedulerOnKirurgi();
  const periodId = await firstTestsPeriod(page, kir);

  await page.goto(`/roster/${periodId}`);
  await page.locator('.roster-calendar .fc-timeline-lane').first().waitFor();
  await page.getByRole('button', { name: 'Generera schema …' }).click();
  await page.locator('.generation-weights summary').click();
  const form = page.getByRole('form', { name: 'Viktning' });
  await form.waitFor();
  expect(await page.locator('.generation-weights summary').textContent()).toContain('standard');

  const belowMin = form.getByLabel('Under lägsta bemanning');
  expect(await belowMin.inputValue()).toBe('1000');
  await belowMin.fill('0');
  await form.getByLabel('Bakåtrotation (t.ex. kväll → dag)').fill('250');
  await form.getByRole('button', { name: 'Spara' }).click();
  await form.locator('.field__error', { hasText: 'Måste vara minst 1' }).waitFor();
  expect(await belowMin.getAttribute('aria-invalid')).toBe('true');
  await screenshot(page, '77-generate-weights-error', { fullPage: false });

  await belowMin.fill('2000');
  await form.getByRole('button', { name: 'Spara' }).click();
  await page.locator('.generation-weights').getByRole('status').filter({ hasText: 'Viktningen är sparad' }).waitFor();
  const stored = await requestJson<{ weights: Record<string, number>; version: number }>(
    page,
    `/api/departments/${kir.id}/generation-weights`,
  );
  expect(stored.body).toMatchObject({
    version: 1,
    weights: { belowMin: 2000, backwardRotation: 250, belowTarget: 60 },
  });
  expect(await page.locator('.generation-weights summary').textContent()).toContain('anpassad för enheten');
  await screenshot(page, '78-generate-weights-saved', { fullPage: false });

  // Back to the defaults, so that the department's generations are as before.
  await page.getByRole('button', { name: 'Återställ standard' }).click();
  await page
    .locator('.generation-weights')
    .getByRole('status')
    .filter({ hasText: 'Standardviktningen gäller igen' })
    .waitFor();
  expect(await page.getByRole('form', { name: 'Viktning' }).getByLabel('Under lägsta bemanning').inputValue()).toBe(
    '1000',
  );
  const after = await requestJson<{ version: number }>(page, `/api/departments/${kir.id}/generation-weights`);
  expect(after.body.version).toBe(0);
});
