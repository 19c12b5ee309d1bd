import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Loading } from '../../ui/Loading';
import { type PayrollEmployee, useEmployeeTime } from './payroll.queries';
import { clockOf, formatHours, usePayrollLabels } from './payroll-labels';

interface PayrollEmployeesProps {
  employees: PayrollEmployee[];
  range: { from: string; to: string };
}

/** Each employee's hours per category and pay code, with a drill-down to the shifts behind them. */
export function PayrollEmployees({ employees, range }: PayrollEmployeesProps) {
  const { t, i18n } = useTranslation();
  const labels = usePayrollLabels();
  const [open, setOpen] = useState<string | null>(null);
  const h = (x: number) => formatHours(x, i18n.language);
  return (
    <section className="card card--flush" aria-labelledby="payroll-employees">
      <h2 id="payroll-employees" className="card__title card__title--padded">
        {t('payroll.employees.title')}
      </h2>
      {employees.length === 0 ? (
        <p className="empty">{t('payroll.employees.empty')}</p>
      ) : (
        <table className="data-table data-table--cards payroll-table">
          <thead>
            <tr>
              <th scope="col">{t('payroll.employees.name')}</th>
              <th scope="col">{t('payroll.employees.status')}</th>
              <th scope="col">{t('payroll.employees.categories')}</th>
              <th scope="col">{t('payroll.employees.codes')}</th>
              <th scope="col" className="numeric">
                {t('payroll.employees.pending')}
              </th>
            </tr>
          </thead>
          <tbody>
            {employees.map((e) => (
              <Fragment key={e.employeeId}>
                <tr>
                  <th scope="row" data-label={t('payroll.employees.name')}>
                    <button
                      type="button"
                      className="link-button data-table__primary"
                      aria-expanded={open === e.employeeId}
                      onClick={() => setOpen(open === e.employeeId ? null : e.employeeId)}
                    >
                      {e.lastName}, {e.firstName}
                    </button>
                    <span className="code payroll-table__number">{e.employeeNumber}</span>
                    {e.isAgency ? <span className="badge badge--agency">{t('payroll.employees.agency')}</span> : null}
                  </th>
                  <td data-label={t('payroll.employees.status')}>
                    {e.attested ? (
                      <span className="badge badge--ok">{t('payroll.employees.attested')}</span>
                    ) : (
                      <span className="badge badge--warning">{t('payroll.employees.notAttested')}</span>
                    )}
                  </td>
                  <td data-label={t('payroll.employees.categories')}>
                    <ul className="hours-list">
                      {e.totals.map((c) => (
                        <li key={c.category}>
                          <span>{labels.category(c.category)}</span> <strong>{h(c.hours)}</strong>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td data-label={t('payroll.employees.codes')}>
                    <ul className="hours-list">
                      {e.codes.map((c) => (
                        <li key={`${c.codeKind}-${c.code}`}>
                          <span className="code">{c.code}</span> <strong>{h(c.hours)}</strong>
                          {c.sentHours !== 0 ? (
                            <span className="muted"> ({t('payroll.employees.sent', { hours: h(c.sentHours) })})</span>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td data-label={t('payroll.employees.pending')} className="numeric">
                    {t('payroll.employees.pendingRows', { count: e.pendingRows })}
                  </td>
                </tr>
                {open === e.employeeId ? (
                  <tr className="payroll-table__drilldown">
                    <td colSpan={5}>
                      <EmployeeTime employee={e} range={range} onClose={() => setOpen(null)} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function EmployeeTime({
  employee,
  range,
  onClose,
}: {
  employee: PayrollEmployee;
  range: { from: string; to: string };
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const labels = usePayrollLabels();
  const time = useEmployeeTime(employee.employeeId, range);
  const name = `${employee.firstName} ${employee.lastName}`;
  return (
    <div className="drilldown" role="region" aria-label={t('payroll.drilldown.title', { name })}>
      <div className="drilldown__header">
        <h3>{t('payroll.drilldown.title', { name })}</h3>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('payroll.drilldown.close')}
        </button>
      </div>
      <ErrorBanner error={time.error} />
      {time.isPending ? (
        <Loading />
      ) : time.data ? (
        <div className="drilldown__grid">
          <div>
            <h4>{t('payroll.drilldown.shifts')}</h4>
            <ul className="drilldown__shifts">
              {time.data.shifts.map((s) => (
                <li key={s.id}>
                  <span className="code">{s.shiftTypeCode ?? '–'}</span> {s.date} {clockOf(s.startLocal)}–
                  {clockOf(s.endLocal)}
                  {s.exported ? <span className="badge badge--muted">{t('payroll.drilldown.exported')}</span> : null}
                  <ul className="drilldown__deviations">
                    {time.data.deviations
                      .filter((d) => d.shiftId === s.id)
                      .map((d) => (
                        <li key={d.id}>
                          {labels.deviationKind(d.kind)}
                          {d.absenceType ? ` (${labels.absenceType(d.absenceType)})` : ''} {clockOf(d.startLocal)}–
                          {clockOf(d.endLocal)}
                        </li>
                      ))}
                  </ul>
                </li>
              ))}
              {time.data.deviations
                .filter((d) => d.shiftId === null)
                .map((d) => (
                  <li key={d.id}>
                    {labels.deviationKind(d.kind)} {d.startLocal.slice(0, 10)} {clockOf(d.startLocal)}–
                    {clockOf(d.endLocal)}
                  </li>
                ))}
            </ul>
          </div>
          <div>
            <h4>{t('payroll.drilldown.lines')}</h4>
            <table className="data-table data-table--compact">
              <thead>
                <tr>
                  <th scope="col">{t('payroll.drilldown.date')}</th>
                  <th scope="col">{t('payroll.drilldown.category')}</th>
                  <th scope="col">{t('payroll.drilldown.code')}</th>
                  <th scope="col" className="numeric">
                    {t('payroll.drilldown.hours')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {time.data.lines.map((l) => (
                  <tr key={`${l.date}-${l.category}`}>
                    <td>{l.date}</td>
                    <td>{labels.category(l.category)}</td>
                    <td>
                      <span className="code">{l.code ?? '–'}</span>
                    </td>
                    <td className="numeric">{formatHours(l.hours, i18n.language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
    </div>
  );
}
