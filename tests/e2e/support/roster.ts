import type { Locator, Page, Response } from 'playwright-core';

// Driving the roster builder's FullCalendar the way a scheduler does: with the mouse, on rows
// found by the employee's name and on day columns found by their date.

/** The calendar row (resource id) of an employee, found by the name shown in the row heading. */
export async function rowIdOf(page: Page, lastFirst: string): Promise<string> {
  const cell = page.locator('.roster-calendar td.fc-datagrid-cell.fc-resource').filter({ hasText: lastFirst }).first();
  const id = await cell.getAttribute('data-resource-id');
  if (!id) throw new Error(`No roster row for ${lastFirst}`);
  return id;
}

/** Employee rows in one profession group, in the order shown (their resource ids). */
export async function rowIdsInGroup(page: Page, groupLabel: string): Promise<string[]> {
  return page.evaluate((label) => {
    const ids: string[] = [];
    let inGroup = false;
    for (const row of Array.from(document.querySelectorAll('.roster-calendar .fc-datagrid-body tr'))) {
      const group = row.querySelector('.fc-datagrid-cell.fc-resource-group');
      if (group) {
        inGroup = (group.textContent ?? '').toLowerCase().startsWith(label.toLowerCase());
        continue;
      }
      const id = row.querySelector('td.fc-resource')?.getAttribute('data-resource-id');
      if (inGroup && id) ids.push(id);
    }
    return ids;
  }, groupLabel);
}

/**
 * A day's header cell: in the week view the first header row (the hours are `fc-slot`), in the
 * day views the second (after the week row, whose Monday cell has the same date).
 */
function dayHeader(page: Page, date: string): Locator {
  return page.locator(`.roster-calendar th.fc-timeline-slot-label.fc-day[data-date^="${date}"]`).last();
}

/** Where a day column crosses an employee's row (the middle of the cell). */
async function cellPoint(page: Page, rowId: string, date: string): Promise<{ x: number; y: number }> {
  const lane = page.locator(`.roster-calendar td.fc-timeline-lane.fc-resource[data-resource-id="${rowId}"]`);
  const day = dayHeader(page, date);
  // The day in view sideways, the row in the middle of the screen (clear of the docked palette
  // and the sticky dates).
  await scrollSettled(page);
  await day.evaluate((el) => el.scrollIntoView({ block: 'nearest', inline: 'center' }));
  await lane.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const laneBox = await lane.boundingBox();
  const dayBox = await day.boundingBox();
  if (!laneBox || !dayBox) throw new Error(`No cell for ${rowId} on ${date}`);
  return { x: dayBox.x + dayBox.width / 2, y: laneBox.y + laneBox.height / 2 };
}

/**
 * Waits until the page has not scrolled for a few frames: the roster scrolls smoothly to a shift
 * it shows, and a position measured mid-scroll would drop onto a neighbouring row.
 */
async function scrollSettled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = `${window.scrollX},${window.scrollY}`;
        let still = 0;
        const check = () => {
          const now = `${window.scrollX},${window.scrollY}`;
          still = now === last ? still + 1 : 0;
          last = now;
          if (still >= 5) resolve();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}

/** A slow, real mouse drag (FullCalendar needs several moves to recognise a drag). */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, modifier?: 'Alt') {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y + 8, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  if (modifier) await page.keyboard.down(modifier);
  await page.mouse.move(to.x + 1, to.y, { steps: 2 });
  await page.mouse.up();
  if (modifier) await page.keyboard.up(modifier);
}

function isWrite(method: string, path: RegExp) {
  return (r: Response) => r.request().method() === method && path.test(new URL(r.url()).pathname);
}

/** Drags a shift type from the palette onto a row and day; resolves with the API's answer. */
export async function dragShiftType(page: Page, code: string, rowId: string, date: string): Promise<Response> {
  const item = page.locator(`.palette__item[data-code="${code}"]`);
  // The palette is docked at the top while the page scrolls to the row.
  const to = await cellPoint(page, rowId, date);
  const box = await item.boundingBox();
  if (!box) throw new Error(`No palette item ${code}`);
  const before = await shiftIn(page, rowId, code).count();
  const answer = page.waitForResponse(isWrite('POST', /^\/api\/shifts$/));
  await drag(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 }, to);
  const response = await answer;
  // The new shift shows in the row it was dropped on (and not in a neighbour's).
  if (response.status() === 201) await shiftIn(page, rowId, code).nth(before).waitFor();
  return response;
}

/**
 * Drags a shift (by its element) onto another row and/or day, keeping the grab point's time of
 * day, so the drop lands a whole number of days away in the week view's time scale too.
 */
export async function dragShift(
  page: Page,
  shift: Locator,
  fromDate: string,
  rowId: string,
  toDate: string,
  options: { copy?: boolean } = {},
): Promise<Response> {
  // Scroll to the target first (rows next to each other stay on screen), then measure.
  const to = await cellPoint(page, rowId, toDate);
  const box = await shift.boundingBox();
  const fromDay = await dayHeader(page, fromDate).boundingBox();
  const toDay = await dayHeader(page, toDate).boundingBox();
  if (!box || !fromDay || !toDay) throw new Error('The shift is not on screen');
  const grab = { x: box.x + Math.min(6, box.width / 2), y: box.y + box.height / 2 };
  const answer = page.waitForResponse(
    options.copy ? isWrite('POST', /^\/api\/shifts$/) : isWrite('PATCH', /^\/api\/shifts\/[\w-]+$/),
  );
  await drag(page, grab, { x: toDay.x + (grab.x - fromDay.x), y: to.y }, options.copy ? 'Alt' : undefined);
  const response = await answer;
  // The calendar shows the API's answer before the test goes on.
  if (response.ok())
    await page
      .locator(`.roster-calendar td.fc-timeline-lane[data-resource-id="${rowId}"] .roster-event`)
      .first()
      .waitFor();
  return response;
}

/** The calendar's event of a shift type in a row (the first one on that day, if a date is given). */
export function shiftIn(page: Page, rowId: string, code: string): Locator {
  return page
    .locator(`.roster-calendar td.fc-timeline-lane.fc-resource[data-resource-id="${rowId}"] .roster-event`)
    .filter({ has: page.locator('.roster-event__code', { hasText: new RegExp(`^${code}$`) }) });
}

/** The coverage strip's cells of a shift type ("1/1" etc.), in date order. */
export async function coverageTexts(page: Page, shiftTypeId: string): Promise<string[]> {
  return page
    .locator(`.roster-calendar td.fc-timeline-lane[data-resource-id="coverage:${shiftTypeId}"] .coverage-cell`)
    .evaluateAll((cells) => cells.map((c) => (c.querySelector('.coverage-cell__figures')?.textContent ?? '').trim()));
}
