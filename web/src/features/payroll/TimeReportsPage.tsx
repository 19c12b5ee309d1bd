import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Checkbox, Field } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { StatusMessage } from '../../ui/StatusMessage';
import { indentedName } from '../departments/department-tree';
import { usePlannedDepartments } from '../departments/planned-departments';
import { useRosterPeriods } from '../roster/roster.queries';
import { DeviationForm, shiftLabel } from './DeviationForm';
import { DeviationItem } from './DeviationItem';
import { type TimeReportEmployee, useAttest, useTimeReport } from './payroll.queries';
import { formatHours, usePayrollLabels } from './payroll-labels';
import './payroll.css';

/** The manager's screen (issue 6): deviations per shift, decisions on reports, attestation per employee. */
export function TimeReportsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { departments, options } = usePlannedDepartments();
  const departmentId = params.get('department') ?? (options.length === 1 ? options[0].department.id : null);
  const periods = useRosterPeriods(departmentId);
  const published = (periods.data ?? [])
    .filter((p) => p.state === 'published' || p.state === 'locked')
    .sort((a, b) => (a.startDate < b.startDate ? 1 : -1));
  const periodId = params.get('period') ?? published[0]?.id;
  const report = useTimeReport(periodId);
  const attest = useAttest();
  const [selected, setSelected] = useState<string[]>([]);

  return (
    <div className="time-report-page">
      <PageHeader title={t('timeReport.title')} description={t('timeReport.intro')} />
      <div className="filters card">
        <Field label={t('timeReport.department')}>
          {(p) => (
            <select
              {...p}
              value={departmentId ?? ''}
              onChange={(e) => setParams({ department: e.target.value }, { replace: true })}
            >
              <option value="">{t('timeReport.choose')}</option>
              {options.map((n) => (
                <option key={n.department.id} value={n.department.id}>
                  {indentedName(n)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('timeReport.period')}>
          {(p) => (
            <select
              {...p}
              value={periodId ?? ''}
              disabled={!departmentId}
              onChange={(e) => setParams({ department: departmentId ?? '', period: e.target.value }, { replace: true })}
            >
              <option value="">{t('timeReport.choose')}</option>
              {published.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.startDate} – {p.endDate}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ErrorBanner error={departments.error ?? periods.error ?? report.error} />
      {departmentId && periods.data && published.length === 0 ? (
        <p className="empty">{t('timeReport.notPublished')}</p>
      ) : null}
      {report.isFetching && !report.data ? <Loading /> : null}
      {report.data ? (
        <>
          <div className="time-report__toolbar">
            <button
              type="button"
              className="button button--primary"
              disabled={selected.length === 0 || attest.isPending}
              onClick={() =>
                attest.mutate(
                  { periodId: report.data.periodId, employeeIds: selected },
                  { onSuccess: () => setSelected([]) },
                )
              }
            >
              {t('timeReport.attestSelected', { count: selected.length })}
            </button>
            <StatusMessage message={attest.isSuccess ? t('timeReport.attestedNotice') : null} />
          </div>
          <ErrorBanner error={attest.error} />
          {report.data.employees.length === 0 ? (
            <p className="empty">{t('timeReport.empty')}</p>
          ) : (
            <div className="time-report__list">
              {report.data.employees.map((e) => (
                <EmployeeReport
                  key={e.employeeId}
                  employee={e}
                  periodId={report.data.periodId}
                  selected={selected.includes(e.employeeId)}
                  onSelect={(on) =>
                    setSelected(on ? [...selected, e.employeeId] : selected.filter((id) => id !== e.employeeId))
                  }
                  onAttest={() => attest.mutate({ periodId: report.data.periodId, employeeIds: [e.employeeId] })}
                  attesting={attest.isPending}
                />
              ))}
            </div>
          )}
        </>
      ) : null}
    </div>
  );
}

interface EmployeeReportProps {
  employee: TimeReportEmployee;
  periodId: string;
  selected: boolean;
  onSelect: (on: boolean) => void;
  onAttest: () => void;
  attesting: boolean;
}

function EmployeeReport({ employee: e, periodId, selected, onSelect, onAttest, attesting }: EmployeeReportProps) {
  const { t, i18n } = useTranslation();
  const labels = usePayrollLabels();
  const [adding, setAdding] = useState(false);
  const name = `${e.firstName} ${e.lastName}`;
  const attested = e.attestation !== null;
  const frozen = attested || e.shifts.some((s) => s.exported);
  const shiftOptions = e.shifts.map((s) => ({ ...s, label: shiftLabel({ ...s, code: s.shiftTypeCode }) }));
  const loose = e.deviations.filter((d) => d.shiftId === null);
  return (
    <section className="card time-report__employee" aria-labelledby={`tr-${e.employeeId}`}>
      <div className="time-report__head">
        <div>
          <h3 id={`tr-${e.employeeId}`}>
            {e.lastName}, {e.firstName} <span className="code">{e.employeeNumber}</span>
          </h3>
          <ul className="hours-list">
            {e.totals.map((c) => (
              <li key={c.category}>
                {labels.category(c.category)} <strong>{formatHours(c.hours, i18n.language)}</strong>
              </li>
            ))}
          </ul>
        </div>
        {attested ? (
          <span className="badge badge--ok">
            {t('timeReport.attestedBy', {
              when: formatDateTime(e.attestation!.attestedAt, i18n.language),
              who: e.attestation!.attestedByName ?? '–',
            })}
          </span>
        ) : (
          <div className="time-report__attest">
            <Checkbox
              label={t('timeReport.select', { name })}
              checked={selected}
              onChange={onSelect}
              disabled={e.pendingReports > 0}
            />
            <button
              type="button"
              className="button button--secondary"
              disabled={attesting || e.pendingReports > 0}
              onClick={onAttest}
            >
              {t('timeReport.attest')}
            </button>
          </div>
        )}
      </div>
      {!attested && e.pendingReports > 0 ? (
        <p className="banner banner--warning">{t('timeReport.pendingBlock')}</p>
      ) : null}
      <ul className="time-report__shifts" aria-label={t('timeReport.shifts')}>
        {e.shifts.map((s) => (
          <li key={s.id} className="time-report__shift">
            <span>{shiftLabel({ ...s, code: s.shiftTypeCode })}</span>
            {s.exported ? <span className="badge badge--muted"> {t('timeReport.exported')}</span> : null}
            {e.deviations
              .filter((d) => d.shiftId === s.id)
              .map((d) => (
                <DeviationItem key={d.id} deviation={d} frozen={frozen} />
              ))}
          </li>
        ))}
        {loose.map((d) => (
          <li key={d.id} className="time-report__shift">
            <DeviationItem deviation={d} frozen={frozen} />
          </li>
        ))}
      </ul>
      {adding ? (
        <DeviationForm
          employeeName={name}
          employeeId={e.employeeId}
          periodId={periodId}
          shifts={shiftOptions}
          correction={frozen}
          onDone={() => setAdding(false)}
        />
      ) : (
        <div>
          <button type="button" className="button button--quiet" onClick={() => setAdding(true)}>
            {t('timeReport.add')}
          </button>
        </div>
      )}
    </section>
  );
}
