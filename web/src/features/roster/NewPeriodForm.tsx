import { addDays, isoWeekOf, mondayOf } from '@bemanna/shared';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterPeriod } from '../../api/client';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { useFormErrors } from '../../ui/useFormErrors';
import { shortDayLabel } from '../../ui/day-label';
import { useCreatePeriod } from './roster.queries';

interface NewPeriodFormProps {
  departmentId: string;
  /** Existing periods: the form proposes the Monday after the last one. */
  periods: readonly RosterPeriod[];
  today: string;
  onCreated(period: RosterPeriod): void;
  onCancel(): void;
}

/** A schedule period of 1–16 weeks starting on a Monday (the API refuses overlaps with a field message). */
export function NewPeriodForm({ departmentId, periods, today, onCreated, onCancel }: NewPeriodFormProps) {
  const { t, i18n } = useTranslation();
  const create = useCreatePeriod();
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, edit } = useFormErrors(create.error, formRef);
  const thisMonday = mondayOf(today);
  const last = [...periods].sort((a, b) => a.endDate.localeCompare(b.endDate)).at(-1);
  const proposed = last && last.endDate >= thisMonday ? addDays(last.endDate, 1) : addDays(thisMonday, 7);
  const mondays = useMemo(() => {
    const list: string[] = [];
    for (let d = addDays(thisMonday, -8 * 7); list.length < 120; d = addDays(d, 7)) list.push(d);
    if (!list.includes(proposed)) list.push(proposed);
    return list.sort();
  }, [thisMonday, proposed]);
  const [startDate, setStartDate] = useState(proposed);
  const [weeks, setWeeks] = useState(String(last?.weeks ?? 4));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ departmentId, startDate, weeks: Number(weeks) }, { onSuccess: onCreated });
  };

  return (
    <form ref={formRef} className="card new-period" onSubmit={submit} aria-labelledby="new-period-title" noValidate>
      <h2 id="new-period-title">{t('roster.periods.newTitle')}</h2>
      <ErrorBanner error={create.error} shownFields={['startDate', 'weeks']} />
      <div className="form-grid">
        <Field label={t('roster.periods.startDate')} hint={t('roster.periods.startDateHint')} error={errors.startDate}>
          {(p) => (
            <select
              {...p}
              value={startDate}
              onChange={(e) => {
                edit('startDate');
                setStartDate(e.target.value);
              }}
            >
              {mondays.map((d) => (
                <option key={d} value={d}>
                  {t('common.week', { week: isoWeekOf(d).week })} · {shortDayLabel(d, i18n.language)} {d.slice(0, 4)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('roster.periods.weeks')} hint={t('roster.periods.weeksHint')} error={errors.weeks}>
          {(p) => (
            <select
              {...p}
              value={weeks}
              onChange={(e) => {
                edit('weeks');
                setWeeks(e.target.value);
              }}
            >
              {Array.from({ length: 16 }, (_, i) => String(i + 1)).map((w) => (
                <option key={w} value={w}>
                  {t('roster.periods.weekCount', { count: Number(w) })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t('common.saving') : t('roster.periods.create')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
