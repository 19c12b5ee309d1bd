import { logIn, screenshot, useBrowser } from './support/browser';

// The walking skeleton's browser journey (issue 2 "End-to-end"): a scheduler finds and edits an
// employee; an employee can neither see the staff list nor open the staff editor.

const SCHEDULER = 'schema.med1@demo.bemanna.se';
const EMPLOYEE = 'anna.lindqvist@demo.bemanna.se';

const open = useBrowser();

test('a scheduler searches and filters the staff list, then edits an employee', async () => {
  const page = await open();
  await page.goto('/login');
  await screenshot(page, '01-login');
  // A wrong password is answered on the page, in Swedish.
  await page.getByLabel('E-postadress').fill(SCHEDULER);
  await page.getByLabel('Lösenord').fill('fel-lösenord');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('alert').filter({ hasText: 'Fel e-postadress eller lösenord' }).waitFor();
  await logIn(page, SCHEDULER);

  // A scheduler starts on the roster; the menu offers staff and shift types, nothing of the admin's.
  await page.waitForURL('**/roster');
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  await nav.getByRole('link', { name: 'Personal' }).click();
  await page.waitForURL('**/staff');
  await expect(nav.getByRole('link', { name: 'Personal' }).isVisible()).resolves.toBe(true);
  await expect(nav.getByRole('link', { name: 'Passtyper' }).isVisible()).resolves.toBe(true);
  expect(await nav.getByRole('link', { name: 'Användare' }).count()).toBe(0);
  await page.getByRole('heading', { level: 1, name: 'Personal' }).waitFor();
  await page.getByText(/^Visar 1–25 av \d+$/).waitFor();
  await screenshot(page, '02-staff-list');

  // Search as you type.
  await page.getByLabel('Sök', { exact: true }).fill('Anna Lindqvist');
  await page.waitForURL(/q=Anna/);
  await page.getByText('Visar 1–1 av 1').waitFor();
  expect(await page.getByRole('link', { name: 'Lindqvist, Anna' }).count()).toBe(1);

  // Filters: profession, then a profession nobody in the result has.
  await page.getByLabel('Sök', { exact: true }).fill('');
  await page.waitForURL((url) => !url.searchParams.has('q'));
  await page.getByLabel('Yrke').selectOption({ label: 'Undersköterska' });
  await page.waitForURL(/profession=underskoterska/);
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  const professions = await page.locator('tbody td[data-label="Yrke"]').allTextContents();
  expect(professions.length).toBeGreaterThan(0);
  expect(new Set(professions)).toEqual(new Set(['Undersköterska']));
  await page.getByLabel('Kompetens').selectOption({ label: 'Dialys' });
  await page.waitForURL(/skill=/);
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  await screenshot(page, '03-staff-filtered');
  await page.getByRole('button', { name: 'Rensa filter' }).click();
  await page.waitForURL((url) => url.search === '');

  // Open the editor.
  await page.getByLabel('Sök', { exact: true }).fill('Anna Lindqvist');
  await page.getByRole('link', { name: 'Lindqvist, Anna' }).click();
  await page.getByRole('heading', { level: 1, name: 'Anna Lindqvist' }).waitFor();
  const rate = page.getByLabel('Sysselsättningsgrad');
  const before = Number(await rate.inputValue());
  const after = before === 75 ? 80 : 75;

  // The server's validation message appears next to the field it concerns.
  await rate.fill('150');
  await page.getByRole('button', { name: 'Spara ändringar' }).click();
  await page.getByText('Får vara högst 100').waitFor();
  expect(await rate.getAttribute('aria-invalid')).toBe('true');
  // Focus goes to the field in error, so the message is in view and announced with it.
  expect(await rate.evaluate((el) => el === document.activeElement)).toBe(true);
  await screenshot(page, '04-staff-editor-error', { fullPage: false });

  // The message spoke about the old value: editing the field clears it.
  await rate.fill(String(after));
  expect(await page.getByText('Får vara högst 100').count()).toBe(0);
  // A Swedish decimal comma is accepted for the full-time measure.
  await page.getByLabel('Arbetstidsmått (heltid)').fill('38,25');
  await page.getByRole('button', { name: 'Spara ändringar' }).click();
  await page.getByRole('status').filter({ hasText: 'Ändringarna för Anna Lindqvist är sparade.' }).waitFor();
  expect(await rate.getAttribute('aria-invalid')).toBeNull();
  await screenshot(page, '05-staff-editor-saved');

  // Saved for real: a fresh load shows the new rate, and so does the list.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Anna Lindqvist' }).waitFor();
  expect(await page.getByLabel('Sysselsättningsgrad').inputValue()).toBe(String(after));
  expect(await page.getByLabel('Arbetstidsmått (heltid)').inputValue()).toBe('38,25');
  await page.getByRole('link', { name: 'Personal' }).first().click();
  await page.getByLabel('Sök', { exact: true }).fill('Anna Lindqvist');
  await page.getByText('Visar 1–1 av 1').waitFor();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Lindqvist, Anna' }) });
  expect(await row.locator('td[data-label="Syss.grad"]').textContent()).toBe(`${after} %`);
});

test('an employee has no staff list in the menu and gets a no-access page for the staff editor', async () => {
  const page = await open();
  await logIn(page, EMPLOYEE);

  // An employee starts on their own schedule; their details are a page of their own.
  await page.waitForURL('**/me');
  await page.getByRole('heading', { level: 1, name: 'Mitt schema' }).waitFor();
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  expect(await nav.getByRole('link').allTextContents()).toEqual([
    'Mitt schema',
    'Önskemål',
    'Passbyten',
    'Lediga pass',
    'Min tid',
    'Ledighet',
    'Inkorg',
    'Mina uppgifter',
  ]);
  await nav.getByRole('link', { name: 'Mina uppgifter' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mina uppgifter' }).waitFor();
  await page.getByRole('heading', { name: 'Anna Lindqvist' }).waitFor();
  await screenshot(page, '06-employee-my-page');

  const me = await page.evaluate(async () => (await fetch('/api/me')).json() as Promise<{ employeeId: string }>);
  expect(me.employeeId).toMatch(/^[0-9a-f-]{36}$/);

  for (const path of [`/staff/${me.employeeId}`, '/staff/new', '/staff']) {
    await page.goto(path);
    await page.getByRole('heading', { level: 1, name: 'Du har inte behörighet till den här sidan' }).waitFor();
    expect(await page.getByLabel('Sysselsättningsgrad').count()).toBe(0);
  }
  await screenshot(page, '07-employee-no-access');
});

test('the staff list is usable at 375 px: the menu collapses and rows become cards', async () => {
  const page = await open(375, 812);
  await page.goto('/login');
  await screenshot(page, '07b-login-375', { fullPage: false });
  await logIn(page, SCHEDULER);
  await page.waitForURL('**/roster');
  await page.goto('/staff');
  await page.locator('tbody tr').first().waitFor();

  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  expect(await nav.isVisible()).toBe(false);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(375);
  await screenshot(page, '08-staff-list-375', { fullPage: false });
  const pagination = page.getByRole('navigation', { name: 'Sidor' });
  await pagination.scrollIntoViewIfNeeded();
  await screenshot(page, '08b-staff-list-375-bottom', { fullPage: false });
  const nextButton = await pagination.getByRole('button', { name: 'Nästa' }).boundingBox();
  expect(nextButton).not.toBeNull();
  expect(nextButton!.x + nextButton!.width).toBeLessThanOrEqual(375);

  const menu = page.getByRole('button', { name: 'Meny' });
  expect(await menu.getAttribute('aria-expanded')).toBe('false');
  await menu.click();
  expect(await page.getByRole('button', { name: 'Stäng' }).getAttribute('aria-expanded')).toBe('true');
  await nav.getByRole('link', { name: 'Passtyper' }).waitFor();
  await screenshot(page, '09-menu-open-375', { fullPage: false });

  await nav.getByRole('link', { name: 'Passtyper' }).click();
  await page.getByRole('heading', { level: 1, name: 'Passtyper' }).waitFor();
  expect(await nav.isVisible()).toBe(false);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await screenshot(page, '10-shift-types-375');

  // The editor too fits the phone: one column, nothing wider than the screen.
  await page.goto('/staff?q=Anna%20Lindqvist');
  await page.getByRole('link', { name: 'Lindqvist, Anna' }).click();
  await page.getByRole('heading', { level: 1, name: 'Anna Lindqvist' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await screenshot(page, '10b-staff-editor-375');
});
