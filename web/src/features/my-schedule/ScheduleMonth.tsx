import { isoWeekOf } from '@bemanna/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { ShiftChip } from '../../ui/ShiftChip';
import { monthWeeks } from './month-grid';
import { ShiftCard } from './ShiftCard';

type MyShift = Schemas['MyShiftView'];

/** A month of my shifts, Monday first with ISO week numbers; a tap on a day lists its shifts. */
export function ScheduleMonth({ month, shifts, today }: { month: string; shifts: MyShift[]; today: string }) {
  const { t, i18n } = useTranslation();
  const [picked, setPicked] = useState<string | null>(null);
  const byDate = new Map<string, MyShift[]>();
  for (const s of shifts) byDate.set(s.date, [...(byDate.get(s.date) ?? []), s]);
  const weekdays = Array.from({ length: 7 }, (_, i) =>
    new Intl.DateTimeFormat(i18n.language === 'sv' ? 'sv-SE' : 'en-GB', { weekday: 'short', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2026, 0, 5 + i)),
    ),
  );
  const pickedShifts = picked ? (byDate.get(picked) ?? []) : [];
  return (
    <>
      <table className="my-month">
        <caption className="visually-hidden">{t('mySchedule.month.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="my-month__week">
              <abbr title={t('mySchedule.month.week')}>{t('mySchedule.month.weekShort')}</abbr>
            </th>
            {weekdays.map((d) => (
              <th key={d} scope="col">
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month).map((week) => (
            <tr key={week[0]}>
              <th scope="row" className="my-month__week">
                {isoWeekOf(week[0]).week}
              </th>
              {week.map((date) => {
                const dayShifts = byDate.get(date) ?? [];
                const outside = date.slice(0, 7) !== month;
                const classes = [
                  'my-month__day',
                  outside ? 'my-month__day--outside' : '',
                  date === today ? 'my-month__day--today' : '',
                  date === picked ? 'my-month__day--picked' : '',
                  dayShifts.some((s) => s.change?.isNew) ? 'my-month__day--changed' : '',
                ].join(' ');
                return (
                  <td key={date} className={classes}>
                    <button
                      type="button"
                      className="my-month__button"
                      aria-pressed={date === picked}
                      aria-label={t('mySchedule.month.dayLabel', { date, count: dayShifts.length })}
                      onClick={() => setPicked(date === picked ? null : date)}
                    >
                      <span className="my-month__date">{Number(date.slice(8))}</span>
                      {dayShifts.map((s) => (
                        <ShiftChip key={s.id} code={s.shiftTypeCode ?? '·'} colour={s.colour ?? '#d9e2e8'} small />
                      ))}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {picked ? (
        pickedShifts.length > 0 ? (
          <ul className="my-shifts">
            {pickedShifts.map((s) => (
              <ShiftCard key={s.id} shift={s} today={today} />
            ))}
          </ul>
        ) : (
          <p className="muted">{t('mySchedule.month.free')}</p>
        )
      ) : null}
    </>
  );
}
