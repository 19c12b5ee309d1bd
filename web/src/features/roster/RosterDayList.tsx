import { addDays, isoWeekOf } from '@bemanna/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterView, Violation } from '../../api/client';
import { ShiftChip } from '../../ui/ShiftChip';
import { dayLabel } from '../../ui/day-label';
import { indexViolations, summariseCoverage } from './roster-model';
import { useRuleCatalog } from './roster.queries';
import { timeRange } from './shift-times';
import { ViolationsPanel } from './ViolationsPanel';

const STATUS_ICON = { 'under-min': '!', 'below-target': '−', met: '✓', 'over-target': '+' } as const;

/**
 * The roster on a phone: one day at a time, each shift type with who works it, the coverage and
 * the rule findings. Building the roster is a desktop task; this keeps it readable on the go.
 */
export function RosterDayList({ view }: { view: RosterView }) {
  const { t, i18n } = useTranslation();
  const catalog = useRuleCatalog();
  const [date, setDate] = useState(view.period.startDate);
  const index = useMemo(() => indexViolations(view.violations), [view.violations]);
  const coverage = useMemo(() => summariseCoverage(view.coverage), [view.coverage]);
  const names = new Map(view.rows.map((r) => [r.employeeId, `${r.firstName} ${r.lastName}`]));
  const shifts = view.shifts.filter((s) => s.date === date).sort((a, b) => a.start.localeCompare(b.start));
  const groups = [
    ...view.shiftTypes.map((type) => ({ key: type.id, type, shifts: shifts.filter((s) => s.shiftTypeId === type.id) })),
    { key: 'free', type: null, shifts: shifts.filter((s) => !s.shiftTypeId) },
  ].filter(
    (g) => g.shifts.length > 0 || (g.type && coverage.some((c) => c.date === date && c.shiftTypeId === g.type!.id)),
  );

  const showViolation = (v: Violation) => {
    const shift = view.shifts.find((s) => v.shiftIds.includes(s.id));
    if (shift) setDate(shift.date);
  };

  return (
    <div className="day-list">
      <div className="day-list__nav card">
        <button
          type="button"
          className="button button--secondary"
          aria-label={t('roster.dayList.previous')}
          disabled={date <= view.period.startDate}
          onClick={() => setDate(addDays(date, -1))}
        >
          ‹
        </button>
        <h2 className="day-list__date" aria-live="polite">
          {dayLabel(date, i18n.language)}
          <span className="day-list__week">{t('common.week', { week: isoWeekOf(date).week })}</span>
        </h2>
        <button
          type="button"
          className="button button--secondary"
          aria-label={t('roster.dayList.next')}
          disabled={date >= view.period.endDate}
          onClick={() => setDate(addDays(date, 1))}
        >
          ›
        </button>
      </div>
      <p className="muted day-list__hint">{t('roster.dayList.hint')}</p>
      {groups.length === 0 ? <p className="card empty">{t('roster.dayList.empty')}</p> : null}
      {groups.map(({ key, type, shifts: list }) => {
        const cov = type ? coverage.find((c) => c.date === date && c.shiftTypeId === type.id) : undefined;
        return (
          <section key={key} className="card card--flush day-list__group" aria-labelledby={`day-${key}`}>
            <h3 id={`day-${key}`} className="day-list__title">
              {type ? <ShiftChip code={type.code} colour={type.colour} small /> : null}
              <span>{type ? `${type.name} ${type.startTime}–${type.endTime}` : t('roster.calendar.freeForm')}</span>
              {cov ? (
                <span className={`coverage-pill coverage-pill--${cov.status}`}>
                  <span aria-hidden="true">{STATUS_ICON[cov.status]} </span>
                  {t('roster.dayList.coverage', { planned: cov.planned, min: cov.min, target: cov.target })}
                  <span className="visually-hidden">, {t(`roster.coverage.status.${cov.status}`)}</span>
                </span>
              ) : null}
            </h3>
            <ul className="day-list__shifts">
              {list.map((s) => {
                const severity = index.byShift.get(s.id);
                return (
                  <li key={s.id} className="day-list__shift">
                    <span>{s.employeeId ? names.get(s.employeeId) : t('roster.calendar.openShift')}</span>
                    <span className="day-list__time">{timeRange(s)}</span>
                    {severity ? (
                      <span className={`roster-row__flag roster-row__flag--${severity}`}>
                        <span aria-hidden="true">!</span>
                        <span className="visually-hidden">
                          {severity === 'hard' ? t('roster.calendar.hasBreach') : t('roster.calendar.hasWarning')}
                        </span>
                      </span>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      <ViolationsPanel rows={view.rows} index={index} catalog={catalog.data} onShow={showViolation} />
    </div>
  );
}
