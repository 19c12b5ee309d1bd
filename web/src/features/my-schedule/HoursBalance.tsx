import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { shortDayLabel } from '../../ui/day-label';

type Balance = Schemas['HoursBalanceView'];

/** Planned against contracted hours in the current period, with the difference in words. */
export function HoursBalance({ balance }: { balance: Balance | null }) {
  const { t, i18n } = useTranslation();
  const hours = (n: number) => n.toLocaleString(i18n.language, { maximumFractionDigits: 2 });
  if (!balance) {
    return (
      <section className="card my-balance" aria-labelledby="my-balance-title">
        <h2 id="my-balance-title">{t('mySchedule.balance.title')}</h2>
        <p className="muted">{t('mySchedule.balance.none')}</p>
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
    </section>
  );
}
