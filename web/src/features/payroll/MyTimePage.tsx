import { addDays, localDate } from '@bemanna/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/session';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { StatusMessage } from '../../ui/StatusMessage';
import { DeviationForm, shiftLabel } from './DeviationForm';
import { DeviationItem } from './DeviationItem';
import { useMyDeviations, useMySchedule } from './payroll.queries';
import './payroll.css';

const EMPLOYEE_KINDS = ['extra-time', 'left-early', 'absence', 'call-out'] as const;

/** The employee's own time (mobile first): recent published shifts, and deviations to report on them. */
export function MyTimePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const today = localDate(Date.now());
  const [range] = useState({ from: addDays(today, -28), to: addDays(today, 1) });
  const schedule = useMySchedule(range);
  const deviations = useMyDeviations();
  const [reporting, setReporting] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const shifts = (schedule.data?.shifts ?? [])
    .map((s) => ({ ...s, kind: 'work', label: shiftLabel({ ...s, code: s.shiftTypeCode }) }))
    .reverse();
  return (
    <div className="my-time-page">
      <PageHeader title={t('myTime.title')} description={t('myTime.intro')} />
      <ErrorBanner error={schedule.error ?? deviations.error} />
      <StatusMessage message={sent ? t('myTime.sent') : null} />
      <section className="card" aria-labelledby="my-time-shifts">
        <h2 id="my-time-shifts" className="card__title">
          {t('myTime.shifts')}
        </h2>
        {schedule.isPending ? (
          <Loading />
        ) : shifts.length === 0 ? (
          <p className="empty">{t('myTime.empty')}</p>
        ) : (
          <ul className="time-report__shifts">
            {shifts.map((s) => (
              <li key={s.id} className="time-report__shift">
                <span>
                  {s.label} · {s.departmentName}
                </span>
                {reporting === s.id ? (
                  <DeviationForm
                    employeeName={me.displayName}
                    employeeId={me.employeeId ?? ''}
                    periodId={null}
                    shifts={shifts}
                    initialShiftId={s.id}
                    kinds={EMPLOYEE_KINDS}
                    correction={false}
                    onDone={() => {
                      setReporting(null);
                      setSent(true);
                    }}
                    onCancel={() => setReporting(null)}
                  />
                ) : (
                  <div>
                    <button type="button" className="button button--quiet" onClick={() => setReporting(s.id)}>
                      {t('myTime.report')}
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="my-time-reports">
        <h2 id="my-time-reports" className="card__title">
          {t('myTime.reports')}
        </h2>
        {(deviations.data ?? []).length === 0 ? (
          <p className="empty">{t('myTime.noReports')}</p>
        ) : (
          (deviations.data ?? []).map((d) => <DeviationItem key={d.id} deviation={d} frozen={false} asEmployee />)
        )}
      </section>
    </div>
  );
}
