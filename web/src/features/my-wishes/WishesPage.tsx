import { addDays, daysBetween, weekdayOf } from '@bemanna/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterPeriod, Schemas } from '../../api/client';
import { useCurrentUser } from '../../auth/session';
import { dayLabel, shortDayLabel } from '../../ui/day-label';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { StatusMessage } from '../../ui/StatusMessage';
import { useFormErrors } from '../../ui/useFormErrors';
import { useShiftTypes } from '../shift-types/shift-types.queries';
import { usePeriodWishes, useMyPeriods, useSaveWishes } from './wishes.queries';
import '../my-schedule/my-schedule.css';

type Wish = Schemas['WishDto'];

/** Önskemål: while a period is open for wishes, per day a wished shift, a free day, or "can work". */
export function WishesPage() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const periods = useMyPeriods();
  const open = (periods.data ?? []).filter((p) => p.state === 'wishes-open');
  const [chosen, setChosen] = useState<string | null>(null);
  const period = open.find((p) => p.id === chosen) ?? open[0] ?? null;

  return (
    <div className="my-schedule">
      <PageHeader title={t('myWishes.title')} description={t('myWishes.intro')} />
      <ErrorBanner error={periods.error} />
      {me.employeeId === null ? <p className="banner banner--info">{t('account.notLinked')}</p> : null}
      {periods.isPending ? <Loading /> : null}
      {periods.data && open.length === 0 ? <p className="card muted">{t('myWishes.noneOpen')}</p> : null}
      {open.length > 1 ? (
        <label className="field">
          <span className="field__label">{t('myWishes.period')}</span>
          <select value={period?.id ?? ''} onChange={(e) => setChosen(e.target.value)}>
            {open.map((p) => (
              <option key={p.id} value={p.id}>
                {shortDayLabel(p.startDate, i18n.language)} – {shortDayLabel(p.endDate, i18n.language)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {period && me.employeeId ? <WishForm key={period.id} period={period} employeeId={me.employeeId} /> : null}
    </div>
  );
}

function WishForm({ period, employeeId }: { period: RosterPeriod; employeeId: string }) {
  const { t, i18n } = useTranslation();
  const wishes = usePeriodWishes(period.id);
  const shiftTypes = useShiftTypes(period.departmentId);
  const save = useSaveWishes(period.id);
  const formRef = useRef<HTMLFormElement>(null);
  const { errors } = useFormErrors(save.error, formRef);
  const [draft, setDraft] = useState<Map<string, Wish> | null>(null);
  const saved = new Map(
    (wishes.data?.wishes ?? [])
      .filter((w) => w.employeeId === employeeId)
      .map((w) => [w.date, { date: w.date, kind: w.kind, shiftTypeId: w.shiftTypeId, comment: w.comment }] as const),
  );
  const current = draft ?? saved;
  const days = Array.from({ length: daysBetween(period.startDate, period.endDate) + 1 }, (_, i) =>
    addDays(period.startDate, i),
  );
  const limits = wishes.data?.limits;
  const types = (shiftTypes.data ?? []).filter((s) => s.active);

  const setDay = (date: string, value: string) => {
    const next = new Map(current);
    if (value === '') next.delete(date);
    else if (value === 'free' || value === 'can-work') next.set(date, { date, kind: value });
    else next.set(date, { date, kind: 'shift-type', shiftTypeId: value });
    setDraft(next);
  };
  const valueOf = (w: Wish | undefined) => (!w ? '' : w.kind === 'shift-type' ? (w.shiftTypeId ?? '') : w.kind);

  if (wishes.isPending || shiftTypes.isPending) return <Loading />;
  return (
    <form
      ref={formRef}
      className="card my-form"
      noValidate
      aria-labelledby="wish-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          [...current.values()].sort((a, b) => a.date.localeCompare(b.date)),
          {
            onSuccess: () => setDraft(null),
          },
        );
      }}
    >
      <h2 id="wish-form-title">
        {t('myWishes.formTitle', {
          from: shortDayLabel(period.startDate, i18n.language),
          to: shortDayLabel(period.endDate, i18n.language),
        })}
      </h2>
      {limits ? (
        <p className="muted">
          {t('myWishes.limitsFree', { free: limits.maxFreeDays })}
          {limits.minWeekendOffers > 0 ? ` ${t('myWishes.limitsWeekends', { weekends: limits.minWeekendOffers })}` : ''}
        </p>
      ) : null}
      <ErrorBanner error={wishes.error ?? shiftTypes.error ?? save.error} />
      <ul className="wish-days">
        {days.map((date) => {
          const id = `wish-${date}`;
          const error = Object.entries(errors).find(
            ([field]) =>
              field.startsWith('wishes.') && [...current.keys()].sort()[Number(field.split('.')[1])] === date,
          )?.[1];
          return (
            <li key={date} className={`wish-day${weekdayOf(date) >= 6 ? ' wish-day--weekend' : ''}`}>
              <label htmlFor={id} className="wish-day__date">
                {dayLabel(date, i18n.language)}
              </label>
              <select
                id={id}
                value={valueOf(current.get(date))}
                onChange={(e) => setDay(date, e.target.value)}
                aria-invalid={error ? true : undefined}
              >
                <option value="">{t('myWishes.none')}</option>
                <option value="free">{t('myWishes.free')}</option>
                <option value="can-work">{t('myWishes.canWork')}</option>
                {types.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.code} · {s.name} {s.startTime}–{s.endTime}
                  </option>
                ))}
              </select>
              {error ? <p className="field__error">{error}</p> : null}
            </li>
          );
        })}
      </ul>
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary button--block-phone"
          disabled={save.isPending || !draft}
        >
          {save.isPending ? t('common.saving') : t('myWishes.save')}
        </button>
        <StatusMessage message={save.isSuccess && !draft ? t('myWishes.saved') : null} />
      </div>
    </form>
  );
}
