import type { Page } from 'playwright-core';
import { logIn, screenshot, useBrowser } from './support/browser';

// The other screens of the skeleton, driven the way an administrator and HR use them: the
// department tree, the shift-type editor (a night shift over midnight), user admin, the English
// toggle and HR's read-only staff editor.

const open = useBrowser();

async function statusSays(page: Page, text: string): Promise<void> {
  await page.getByRole('status').filter({ hasText: text }).waitFor();
}

test('an administrator builds the department tree: create, rename and delete a ward', async () => {
  const page = await open();
  await logIn(page, 'admin@demo.bemanna.se');
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  expect(await nav.getByRole('link').allTextContents()).toEqual([
    'Schema',
    'Passbyten',
    'Lediga pass',
    'Tidrapporter',
    'Lön',
    'Ledighet',
    'Inkorg',
    'Personal',
    'Passtyper',
    'Organisation',
    'Användare',
  ]);

  await nav.getByRole('link', { name: 'Organisation' }).click();
  await page.getByRole('heading', { level: 1, name: 'Organisation' }).waitFor();
  const pool = page.locator('.tree__row').filter({ hasText: 'Bemanningspoolen' });
  expect(await pool.locator('.badge--pool').textContent()).toBe('Pool');

  await page.getByRole('button', { name: 'Ny underenhet till Medicinkliniken' }).click();
  const form = page.getByRole('form', { name: 'Ny enhet' });
  expect(await form.getByLabel('Ingår i').locator('option:checked').textContent()).toContain('Medicinkliniken');
  await form.getByLabel('Namn').fill('Medicin 2');
  await form.getByLabel('Kod', { exact: true }).fill('MED1');
  await form.getByRole('button', { name: 'Spara' }).click();
  await form.getByText('Det finns redan en enhet med den koden').waitFor();
  await screenshot(page, '11-departments-form-error');

  await form.getByLabel('Kod', { exact: true }).fill('MED2');
  await form.getByRole('button', { name: 'Spara' }).click();
  await statusSays(page, 'Medicin 2 är sparad.');
  await page.locator('.tree__name', { hasText: /^Medicin 2$/ }).waitFor();
  await screenshot(page, '12-departments-tree');

  await page.getByRole('button', { name: 'Ändra Medicin 2' }).click();
  const edit = page.getByRole('form', { name: 'Ändra Medicin 2' });
  await edit.getByLabel('Namn').fill('Medicin 2 (utökad)');
  await edit.getByRole('button', { name: 'Spara' }).click();
  await statusSays(page, 'Medicin 2 (utökad) är sparad.');

  await page.getByRole('button', { name: 'Ta bort Medicin 2 (utökad)' }).click();
  await page.getByRole('button', { name: 'Ta bort Medicin 2 (utökad)' }).click();
  await statusSays(page, 'Medicin 2 (utökad) är borttagen.');
  expect(await page.locator('.tree__name', { hasText: 'Medicin 2' }).count()).toBe(0);
});

test('a night shift type over midnight: preview, server validation and the list', async () => {
  const page = await open();
  await logIn(page, 'schema.iva@demo.bemanna.se');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Passtyper' }).click();
  await page.getByRole('heading', { level: 2, name: 'Passtyper för IVA' }).waitFor();

  await page.getByRole('button', { name: 'Ny passtyp' }).click();
  const form = page.getByRole('form', { name: 'Ny passtyp' });
  await form.getByLabel('Kod', { exact: true }).fill('SN');
  await form.getByLabel('Namn').fill('Sen natt');
  await form.getByLabel('Börjar').fill('22:00');
  await form.getByLabel('Slutar').fill('22:00');
  await form.getByText('Ange start- och sluttid som tt:mm (och olika tider).').waitFor();
  await form.getByRole('button', { name: 'Spara' }).click();
  await form.getByText('Sluttiden kan inte vara samma som starttiden').waitFor();

  await form.getByLabel('Slutar').fill('06:30');
  expect(await form.getByText('Sluttiden kan inte vara samma som starttiden').count()).toBe(0);
  await form.getByText('slutar nästa dag').waitFor();
  await form.getByText('Passet är 8 h 30 min långt, 8 h betald arbetstid.').waitFor();
  await form.getByText('Natten då klockan ställs om: 7 h 30 min i mars, 9 h 30 min i oktober.').waitFor();
  await form.getByRole('button', { name: 'Välj färgen #6b4fa0' }).click();
  expect(await form.getByLabel('Färg', { exact: true }).inputValue()).toBe('#6b4fa0');
  await screenshot(page, '13-shift-type-form');

  await form.getByRole('button', { name: 'Spara' }).click();
  await statusSays(page, 'Passtypen Sen natt är sparad.');
  const row = page.locator('.shift-row').filter({ hasText: 'Sen natt' });
  expect(await row.locator('.shift-row__times').textContent()).toBe('22:00–06:30slutar nästa dag');
  await screenshot(page, '14-shift-types-list');
});

test('an administrator creates a login linked to an employee and sees scheduler scopes', async () => {
  const page = await open();
  await logIn(page, 'admin@demo.bemanna.se');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Användare' }).click();
  await page.getByRole('heading', { level: 1, name: 'Användare' }).waitFor();
  await page.getByRole('link', { name: 'Schemaläggare Medicin 1' }).waitFor();
  await screenshot(page, '15-users-list');

  await page.getByRole('link', { name: 'Schemaläggare Medicin 1' }).click();
  await page.getByRole('heading', { level: 1, name: 'Schemaläggare Medicin 1' }).waitFor();
  expect(await page.getByRole('checkbox', { name: 'Medicin 1' }).isChecked()).toBe(true);
  expect(await page.getByRole('checkbox', { name: 'Kirurgi' }).isChecked()).toBe(false);
  await screenshot(page, '16-user-editor');

  await page.getByRole('link', { name: 'Användare' }).first().click();
  await page.getByRole('link', { name: 'Ny användare' }).click();
  const form = page.getByRole('form', { name: 'Ny användare' });
  await form.getByLabel('E-post (inloggning)').fill('malin.lindqvist@demo.bemanna.se');
  await form.getByLabel('Lösenord').fill('kort');
  await form.getByLabel('Namn', { exact: true }).fill('Malin Lindqvist');
  await form.getByLabel('Sök medarbetare (namn eller anst.nr)').fill('Malin Lindqvist');
  await form.getByRole('button', { name: /^Malin Lindqvist/ }).click();
  await form.getByText(/Malin Lindqvist\s+\(\d+,/).waitFor();
  await form.getByRole('button', { name: 'Skapa användare' }).click();
  await form.getByText('Måste ha minst 10 tecken').waitFor();
  await form.getByLabel('Lösenord').fill('Ett-långt-lösenord-2026');
  await form.getByRole('button', { name: 'Skapa användare' }).click();
  await statusSays(page, 'Användaren är skapad.');
  await page.getByRole('heading', { level: 1, name: 'Malin Lindqvist' }).waitFor();
  await screenshot(page, '17-user-created');
});

test('English is one click away and is remembered; HR reads staff without changing them', async () => {
  const page = await open();
  await logIn(page, 'hr@demo.bemanna.se');
  // HR starts on the rosters (read-only), like everyone who plans or follows them.
  await page.waitForURL('**/roster');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Personal' }).click();
  await page.waitForURL('**/staff');
  expect(await page.getByRole('link', { name: 'Ny medarbetare' }).count()).toBe(0);

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Staff' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Staff' }).waitFor();
  await page.locator('tbody tr').first().waitFor();
  await screenshot(page, '18-staff-list-english');

  await page.locator('tbody tr').first().getByRole('link').click();
  await page.getByText('You can read these details but not change them.', { exact: false }).waitFor();
  expect(await page.getByLabel('First name').isDisabled()).toBe(true);
  expect(await page.getByRole('button', { name: 'Save changes' }).count()).toBe(0);
  await screenshot(page, '19-staff-editor-read-only-english');

  await page.getByRole('button', { name: 'Svenska' }).click();
  await page.getByRole('heading', { level: 2, name: 'Anställning' }).waitFor();
});
