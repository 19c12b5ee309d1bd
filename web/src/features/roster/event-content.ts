import type { TFunction } from 'i18next';
import type { CalendarItem } from './calendar-events';
import type { RosterViewName } from './RosterCalendar';
import { dayLabel } from '../../ui/day-label';
import { timeRange, wallClock } from './shift-times';

interface ContentOptions {
  t: TFunction;
  language: string;
  viewName: RosterViewName;
  names: ReadonlyMap<string, string>;
}

const STATUS_ICON = { 'under-min': '!', 'below-target': '−', met: '✓', 'over-target': '+' } as const;

/**
 * What an event shows: plain DOM rather than React, because a four-week roster has a thousand of
 * them. Colour is never the only signal: a breach has a marked flag, coverage an icon and numbers,
 * and each has a full sentence for screen readers.
 */
export function renderEventContent(item: CalendarItem, o: ContentOptions): { domNodes: Node[] } {
  const box = document.createElement('span');
  box.className = 'roster-event__body';
  switch (item.kind) {
    case 'shift': {
      const { shift, shiftType } = item;
      const code = shiftType?.code ?? o.t('roster.calendar.freeForm');
      const { severity } = item;
      append(box, 'roster-event__code', code, true);
      if (o.viewName === 'rosterWeek') append(box, 'roster-event__time', timeRange(shift), true);
      if (severity === 'hard') append(box, 'roster-event__flag roster-event__flag--hard', '!', true);
      if (severity === 'soft') append(box, 'roster-event__flag roster-event__flag--soft', '!', true);
      if (shift.overriddenRules.length > 0) append(box, 'roster-event__override', '§', true);
      const who = shift.employeeId ? (o.names.get(shift.employeeId) ?? '') : o.t('roster.calendar.openShift');
      const parts = [
        `${shiftType?.name ?? code} ${timeRange(shift)}`,
        dayLabel(wallClock(shift.startLocal).date, o.language),
        who,
      ];
      if (severity === 'hard') parts.push(o.t('roster.calendar.hasBreach'));
      if (severity === 'soft') parts.push(o.t('roster.calendar.hasWarning'));
      if (shift.overriddenRules.length > 0) parts.push(o.t('roster.calendar.overridden'));
      append(box, 'visually-hidden', parts.join(', '));
      break;
    }
    case 'elsewhere':
      append(box, 'roster-event__code', '↗', true);
      append(box, 'roster-event__time', timeRange(item.shift), true);
      append(box, 'visually-hidden', o.t('roster.calendar.elsewhere', { time: timeRange(item.shift) }));
      break;
    case 'wish': {
      const { wish, shiftType } = item;
      const what =
        wish.kind === 'free'
          ? o.t('roster.wishes.free')
          : wish.kind === 'can-work'
            ? o.t('roster.wishes.canWork')
            : (shiftType?.code ?? '?');
      append(box, 'wish-bg__mark', wish.met === null ? '•' : wish.met ? '✓' : '✗', true);
      append(box, 'wish-bg__text', what, true);
      append(
        box,
        'visually-hidden',
        o.t(
          wish.met === null
            ? 'roster.wishes.offerLabel'
            : wish.met
              ? 'roster.wishes.metLabel'
              : 'roster.wishes.unmetLabel',
          {
            who: o.names.get(wish.employeeId) ?? '',
            day: dayLabel(wish.date, o.language),
            what: wish.kind === 'shift-type' ? (shiftType?.name ?? what) : what,
          },
        ) + (wish.comment ? ` (${wish.comment})` : ''),
      );
      break;
    }
    case 'coverage': {
      const s = item.summary;
      append(box, 'coverage-cell__icon', STATUS_ICON[s.status], true);
      append(box, 'coverage-cell__figures', `${s.planned}/${s.min}`, true);
      append(
        box,
        'visually-hidden',
        o.t('roster.coverage.cellLabel', {
          shiftType: item.shiftType?.name ?? '',
          day: dayLabel(s.date, o.language),
          planned: s.planned,
          min: s.min,
          target: s.target,
          status: o.t(`roster.coverage.status.${s.status}`),
        }),
      );
      break;
    }
  }
  return { domNodes: [box] };
}

function append(parent: HTMLElement, className: string, text: string, hidden = false): void {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = text;
  if (hidden) span.setAttribute('aria-hidden', 'true');
  parent.appendChild(span);
}
