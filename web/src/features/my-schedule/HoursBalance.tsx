import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { shortDayLabel } from '../../ui/day-label';

type Balance = Schemas['HoursBalanceView'];
type YearToDate = Schemas['YearToDateView'];

/**
 * Planned against contracted hours in the current period, and overtime and mertid so far this
 * year (worked time as payroll classifies it).
 */
export function HoursBalance({ balance, yearToDate }: { balance: Balance | null; yearToDate: YearToDate }) {
  const { t, i18n } = useTranslation();
  const hours = (n: number) => n.toLocaleString(i18n.language, { maximumFractionDigits: 2 });
  const year = (
    <>
      <h3 className="my-balance__year-title">
        {t('mySchedule.balance.yearTitle', { year: yearToDate.from.slice(0, 4) })}
      </h3>
      <dl className="my-balance__figures">
        <div>
          <dt>{t('mySchedule.balance.overtime')}</dt>
          <dd>{hours(yearToDate.overtimeHours)} h</dd>
        </div>
        <div>
          <dt>{t('mySchedule.balance.mertid')}</dt>
          <dd>{hours(yearToDate.mertidHours)} h</dd>
        </div>
      </dl>
    </>
  );
  if (!balance) {
    return (
      <section className="card my-balance" aria-labelledby="my-balance-title">
        <h2 id="my-balance-title">{t('mySchedule.balance.title')}</h2>
        <p className="muted">{t('mySchedule.balance.none')}</p>
        {year}
      </section>
    );
  }
  const difference = Math.round((balance.plannedHours - balance.contractedHours) * 100) / 100;
  return (
    <section className="card my-balance" aria-labelledby="my-balance-title">
      <h2 id="my-balance-title">{t('mySchedule.balance.title')}</h2>
      <p className="muted">
        {t('mySchedule.balance.period', {
          department: balance.departmentName,
          from: shortDayLabel(balance.startDate, i18n.language),
          to: shortDayLabel(balance.endDate, i18n.language),
        })}
      </p>
      <dl className="my-balance__figures">
        <div>
          <dt>{t('mySchedule.balance.planned')}</dt>
          <dd>{hours(balance.plannedHours)} h</dd>
        </div>
        <div>
          <dt>{t('mySchedule.balance.contracted')}</dt>
          <dd>{hours(balance.contractedHours)} h</dd>
        </div>
        <div>
          <dt>{t('mySchedule.balance.difference')}</dt>
          <dd className={difference < 0 ? 'my-balance__under' : difference > 0 ? 'my-balance__over' : undefined}>
            {difference > 0 ? '+' : ''}
            {hours(difference)} h
          </dd>
        </div>
      </dl>
      {year}
    </section>
  );
}
