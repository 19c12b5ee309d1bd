import { PERIOD_STATE_LABELS, type PeriodState } from '@bemanna/shared';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../api/client';
import { currentLanguage } from '../../i18n/i18n';
import type { PayrollOverview } from './payroll.queries';
import { formatHours, formatKronor } from './payroll-labels';

/** Key figures of the period (issue 6): overtime and its estimated cost, mertid, OB, sick and agency hours. */
export function KeyFigures({ figures }: { figures: PayrollOverview['keyFigures'] }) {
  const { t, i18n } = useTranslation();
  const h = (x: number) => t('payroll.keyFigures.hours', { hours: formatHours(x, i18n.language) });
  const items: { label: string; value: string; detail?: string }[] = [
    { label: t('payroll.keyFigures.worked'), value: h(figures.workedHours) },
    {
      label: t('payroll.keyFigures.overtime'),
      value: h(figures.overtimeHours),
      detail: t('payroll.keyFigures.overtimeDetail', {
        simple: formatHours(figures.overtimeSimpleHours, i18n.language),
        qualified: formatHours(figures.overtimeQualifiedHours, i18n.language),
      }),
    },
    {
      label: t('payroll.keyFigures.overtimeCost'),
      value:
        figures.estimatedOvertimeCost === null
          ? '–'
          : t('payroll.keyFigures.kronor', { amount: formatKronor(figures.estimatedOvertimeCost, i18n.language) }),
      detail: figures.estimatedOvertimeCost === null ? t('payroll.keyFigures.costMissing') : undefined,
    },
    { label: t('payroll.keyFigures.mertid'), value: h(figures.mertidHours) },
    { label: t('payroll.keyFigures.ob'), value: h(figures.obHours) },
    { label: t('payroll.keyFigures.sick'), value: h(figures.sickHours) },
    { label: t('payroll.keyFigures.agency'), value: h(figures.agencyHours) },
  ];
  return (
    <section className="card" aria-labelledby="payroll-figures">
      <h2 id="payroll-figures" className="card__title">
        {t('payroll.keyFigures.title')}
      </h2>
      <dl className="key-figures">
        {items.map((item) => (
          <div key={item.label} className="key-figures__item">
            <dt>{item.label}</dt>
            <dd>
              <span className="key-figures__value">{item.value}</span>
              {item.detail ? <span className="key-figures__detail">{item.detail}</span> : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function Warnings({ warnings }: { warnings: PayrollOverview['warnings'] }) {
  const { t, i18n } = useTranslation();
  const sv = i18n.language.startsWith('sv');
  return (
    <section className="card" aria-labelledby="payroll-warnings">
      <h2 id="payroll-warnings" className="card__title">
        {t('payroll.warnings.title')}
      </h2>
      {warnings.length === 0 ? (
        <p className="muted">{t('payroll.warnings.none')}</p>
      ) : (
        <ul className="payroll-warnings">
          {warnings.map((w, i) => (
            <li
              key={`${w.kind}-${w.employeeId ?? ''}-${w.periodId ?? ''}-${i}`}
              className={`payroll-warning payroll-warning--${w.kind}`}
            >
              <span aria-hidden="true">⚠ </span>
              {sv ? w.messageSv : w.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The schedule periods in the selection and their state (locked = sent to payroll). */
export function PeriodStates({
  periods,
  departments,
}: {
  periods: PayrollOverview['periods'];
  departments: Department[];
}) {
  const { t, i18n } = useTranslation();
  const name = new Map(departments.map((d) => [d.id, d.name]));
  return (
    <section className="card" aria-labelledby="payroll-periods">
      <h2 id="payroll-periods" className="card__title">
        {t('payroll.periods')}
      </h2>
      <ul className="payroll-periods">
        {periods.map((p) => (
          <li key={p.id}>
            <span>
              {name.get(p.departmentId) ?? '–'} · {p.startDate} – {p.endDate}
            </span>
            <span
              className={`badge ${p.state === 'locked' ? 'badge--muted' : p.state === 'published' ? 'badge--ok' : 'badge--warning'}`}
            >
              {PERIOD_STATE_LABELS[p.state as PeriodState]?.[currentLanguage(i18n.language)] ?? p.state}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
