import { addDays, isoWeekOf, localDate } from '@bemanna/shared';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Schemas } from '../../api/client';
import { useCurrentUser } from '../../auth/session';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { CalendarFeedCard } from './CalendarFeedCard';
import { HoursBalance } from './HoursBalance';
import { lastOfMonth, monthWeeks, shiftMonth } from './month-grid';
import { useMySchedule } from './my-schedule.queries';
import { ScheduleChanges } from './ScheduleChanges';
import { ScheduleMonth } from './ScheduleMonth';
import { ShiftCard } from './ShiftCard';
import './my-schedule.css';

type MyShift = Schemas['MyShiftView'];

const LIST_DAYS = 42;

/** The employee's home page, phone first: what changed, my coming shifts, my hours. */
export function MySchedulePage() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const today = localDate(Date.now());
  const view = params.get('view') === 'month' ? 'month' : 'list';
  const month = /^\d{4}-\d{2}$/.test(params.get('month') ?? '') ? params.get('month')! : today.slice(0, 7);
  const weeks = monthWeeks(month);
  const from = view === 'month' ? weeks[0][0] : today;
  const to = view === 'month' ? weeks.at(-1)![6] : addDays(today, LIST_DAYS - 1);
  const schedule = useMySchedule(from, to);
  const set = (changes: Record<string, string | null>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(changes)) {
        if (v) next.set(k, v);
        else next.delete(k);
      }
      return next;
    });
  const monthName = new Intl.DateTimeFormat(i18n.language === 'sv' ? 'sv-SE' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-15T12:00:00Z`));

  if (me.employeeId === null) {
    return (
      <>
        <PageHeader title={t('mySchedule.title')} />
        <p className="banner banner--info">{t('account.notLinked')}</p>
      </>
    );
  }

  return (
    <div className="my-schedule">
      <PageHeader title={t('mySchedule.title')} description={t('mySchedule.intro')} />
      <ErrorBanner error={schedule.error} />
      {schedule.data ? <ScheduleChanges schedule={schedule.data} /> : null}

      <section className="card my-shifts-card" aria-labelledby="my-shifts-title">
        <div className="my-shifts-card__head">
          <h2 id="my-shifts-title">
            {view === 'month' ? t('mySchedule.month.heading') : t('mySchedule.upcoming', { count: LIST_DAYS / 7 })}
          </h2>
          <div className="segmented" role="group" aria-label={t('mySchedule.viewLabel')}>
            <button
              type="button"
              className="segmented__button"
              aria-pressed={view === 'list'}
              onClick={() => set({ view: null, month: null })}
            >
              {t('mySchedule.list')}
            </button>
            <button
              type="button"
              className="segmented__button"
              aria-pressed={view === 'month'}
              onClick={() => set({ view: 'month' })}
            >
              {t('mySchedule.month.title')}
            </button>
          </div>
        </div>
        {view === 'month' ? (
          <div className="my-month-nav">
            <button
              type="button"
              className="button button--ghost"
              aria-label={t('mySchedule.month.previous')}
              onClick={() => set({ month: shiftMonth(month, -1) })}
            >
              ‹
            </button>
            <span aria-live="polite">{monthName}</span>
            <button
              type="button"
              className="button button--ghost"
              aria-label={t('mySchedule.month.next')}
              onClick={() => set({ month: shiftMonth(month, 1) })}
            >
              ›
            </button>
          </div>
        ) : null}
        {schedule.isPending ? (
          <Loading />
        ) : !schedule.data ? null : view === 'month' ? (
          <ScheduleMonth
            key={month}
            month={month}
            shifts={schedule.data.shifts.filter((s) => s.date <= lastOfMonth(month))}
            today={today}
          />
        ) : schedule.data.shifts.length === 0 ? (
          <p className="muted">{t('mySchedule.empty')}</p>
        ) : (
          <ShiftWeeks shifts={schedule.data.shifts} today={today} />
        )}
      </section>

      {schedule.data ? <HoursBalance balance={schedule.data.balance} yearToDate={schedule.data.yearToDate} /> : null}
      <CalendarFeedCard />
      <p className="muted my-schedule__links">
        <Link to="/me/wishes">{t('nav.myWishes')}</Link> · <Link to="/me/leave">{t('nav.myLeave')}</Link> ·{' '}
        <Link to="/me/profile">{t('nav.myProfile')}</Link>
      </p>
    </div>
  );
}

function ShiftWeeks({ shifts, today }: { shifts: MyShift[]; today: string }) {
  const { t } = useTranslation();
  const groups: { week: string; shifts: MyShift[] }[] = [];
  for (const s of shifts) {
    const { year, week } = isoWeekOf(s.date);
    const key = `${year}-${week}`;
    if (groups.at(-1)?.week !== key) groups.push({ week: key, shifts: [] });
    groups.at(-1)!.shifts.push(s);
  }
  return (
    <>
      {groups.map((g) => (
        <section key={g.week} className="my-week" aria-label={t('mySchedule.week', { week: g.week.split('-')[1] })}>
          <h3 className="my-week__title">{t('mySchedule.week', { week: g.week.split('-')[1] })}</h3>
          <ul className="my-shifts">
            {g.shifts.map((s) => (
              <ShiftCard key={s.id} shift={s} today={today} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
