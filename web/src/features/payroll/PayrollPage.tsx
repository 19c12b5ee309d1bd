import { addDays, localDate } from '@bemanna/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { useDepartments } from '../departments/departments.queries';
import { ExportHistory } from './ExportHistory';
import { ExportPanel } from './ExportPanel';
import { PayCodesPanel } from './PayCodesPanel';
import { type PayrollScope, useAllPeriods, usePayrollOverview } from './payroll.queries';
import { PayrollEmployees } from './PayrollEmployees';
import { PayrollSettingsPanel } from './PayrollSettingsPanel';
import { KeyFigures, PeriodStates, Warnings } from './PayrollSummary';
import { ScopeSelector } from './ScopeSelector';
import './payroll.css';

/** HR's payroll screen (issue 6): choose a period, check it, preview and export, download again later. */
export function PayrollPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const departments = useDepartments();
  const periods = useAllPeriods();
  const units = useMemo(
    () =>
      (departments.data ?? [])
        .filter((d) => d.kind !== 'hospital' && d.kind !== 'clinic')
        .sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    [departments.data],
  );
  // The latest period that has been published is the usual one to pay; otherwise the last four weeks.
  const fallback = useMemo(() => {
    const done = (periods.data ?? []).filter((p) => p.state === 'published' || p.state === 'locked');
    const latest = done.sort((a, b) => (a.startDate < b.startDate ? 1 : -1))[0];
    const today = localDate(Date.now());
    return latest
      ? { from: latest.startDate, to: latest.endDate }
      : { from: addDays(today, -28), to: addDays(today, -1) };
  }, [periods.data]);
  const scope: PayrollScope | null =
    departments.data && periods.data
      ? {
          from: params.get('from') ?? fallback.from,
          to: params.get('to') ?? fallback.to,
          departmentIds: params.has('departments')
            ? (params.get('departments') ?? '').split(',').filter(Boolean)
            : units.map((d) => d.id).sort(),
        }
      : null;
  const overview = usePayrollOverview(scope);
  const setScope = (next: PayrollScope) =>
    setParams({ from: next.from, to: next.to, departments: next.departmentIds.join(',') }, { replace: true });

  return (
    <div className="payroll-page">
      <PageHeader title={t('payroll.title')} description={t('payroll.intro')} />
      <ErrorBanner error={departments.error ?? periods.error} />
      {!scope ? (
        <Loading />
      ) : (
        <>
          <ScopeSelector scope={scope} departments={units} periods={periods.data ?? []} onChange={setScope} />
          <ErrorBanner error={overview.error} />
          {overview.isPending && scope.departmentIds.length > 0 ? <Loading /> : null}
          {overview.data && scope.departmentIds.length > 0 ? (
            <div aria-busy={overview.isFetching} className="payroll-page__body">
              <KeyFigures figures={overview.data.keyFigures} />
              <div className="payroll-page__summary">
                <Warnings warnings={overview.data.warnings} />
                <PeriodStates periods={overview.data.periods} departments={units} />
              </div>
              <PayrollEmployees employees={overview.data.employees} range={{ from: scope.from, to: scope.to }} />
              <ExportPanel scope={scope} />
            </div>
          ) : null}
          <ExportHistory />
          <div className="payroll-page__summary">
            <PayrollSettingsPanel />
            <PayCodesPanel />
          </div>
        </>
      )}
    </div>
  );
}
