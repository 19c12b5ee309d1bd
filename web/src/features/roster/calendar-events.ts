import { addDays } from '@bemanna/shared';
import type { EventInput } from '@fullcalendar/core';
import type { RosterView, Schemas, Shift, ShiftType } from '../../api/client';
import { readableTextOn } from '../../ui/colour';
import { type CoverageSummary, OPEN_ROW, type Severity, type ViolationIndex, coverageRowId } from './roster-model';

// FullCalendar event objects for the roster: the department's shifts (editable), the same
// people's shifts in other departments (read-only, grey), and the coverage strip's cells.

export type CalendarItem =
  | { kind: 'shift'; shift: Shift; shiftType: ShiftType | null; severity: Severity | null }
  | { kind: 'elsewhere'; shift: Shift }
  | { kind: 'coverage'; summary: CoverageSummary; shiftType: ShiftType | null }
  | { kind: 'wish'; wish: Wish; shiftType: ShiftType | null };

type Wish = Schemas['WishView'];

/** A class naming the shift on its element, so the page can find, select and scroll to it. */
export function shiftClass(shiftId: string): string {
  return `roster-shift-${shiftId}`;
}

const FREE_FORM_COLOUR = '#7b8a93';

export function buildEvents(
  view: RosterView,
  index: ViolationIndex,
  coverage: readonly CoverageSummary[],
  visibleRows: ReadonlySet<string>,
  editable: boolean,
): EventInput[] {
  const types = new Map(view.shiftTypes.map((t) => [t.id, t]));
  const events: EventInput[] = [];
  for (const shift of view.shifts) {
    const resourceId = shift.employeeId ?? OPEN_ROW;
    if (!visibleRows.has(resourceId)) continue;
    const shiftType = shift.shiftTypeId ? (types.get(shift.shiftTypeId) ?? null) : null;
    const colour = shiftType?.colour ?? FREE_FORM_COLOUR;
    const severity = index.byShift.get(shift.id) ?? null;
    events.push({
      id: shift.id,
      resourceId,
      start: shift.start,
      end: shift.end,
      backgroundColor: colour,
      borderColor: colour,
      textColor: readableTextOn(colour),
      editable,
      classNames: ['roster-event', shiftClass(shift.id), ...(severity ? [`roster-event--${severity}`] : [])],
      extendedProps: { item: { kind: 'shift', shift, shiftType, severity } satisfies CalendarItem },
    });
  }
  for (const shift of view.elsewhere) {
    if (!shift.employeeId || !visibleRows.has(shift.employeeId)) continue;
    events.push({
      id: `elsewhere-${shift.id}`,
      resourceId: shift.employeeId,
      start: shift.start,
      end: shift.end,
      editable: false,
      classNames: ['roster-event', 'roster-event--elsewhere'],
      extendedProps: { item: { kind: 'elsewhere', shift } satisfies CalendarItem },
    });
  }
  for (const summary of coverage) {
    events.push({
      id: `coverage-${summary.date}-${summary.shiftTypeId}`,
      resourceId: coverageRowId(summary.shiftTypeId),
      start: summary.date,
      end: addDays(summary.date, 1),
      allDay: true,
      editable: false,
      display: 'block',
      classNames: ['coverage-cell', `coverage-cell--${summary.status}`],
      extendedProps: {
        item: { kind: 'coverage', summary, shiftType: types.get(summary.shiftTypeId) ?? null } satisfies CalendarItem,
      },
    });
  }
  return events;
}

/**
 * Staff wishes as a background on their day: met or not met against the roster as it is now
 * (the server judges; issue 5, the scheduler's overlay).
 */
export function buildWishEvents(
  wishes: readonly Wish[],
  shiftTypes: readonly ShiftType[],
  visibleRows: ReadonlySet<string>,
): EventInput[] {
  const types = new Map(shiftTypes.map((t) => [t.id, t]));
  return wishes
    .filter((w) => visibleRows.has(w.employeeId))
    .map((wish) => ({
      id: `wish-${wish.employeeId}-${wish.date}`,
      resourceId: wish.employeeId,
      start: wish.date,
      end: addDays(wish.date, 1),
      allDay: true,
      display: 'background',
      // "Can work" is an offer, neither met nor missed.
      classNames: [
        'wish-bg',
        wish.met === null ? 'wish-bg--offer' : wish.met ? 'wish-bg--met' : 'wish-bg--unmet',
        `wish-bg--${wish.kind}`,
      ],
      extendedProps: {
        item: {
          kind: 'wish',
          wish,
          shiftType: wish.shiftTypeId ? (types.get(wish.shiftTypeId) ?? null) : null,
        } satisfies CalendarItem,
      },
    }));
}
