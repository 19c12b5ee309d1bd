import { localDate } from '@bemanna/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { canManageDepartment } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { indentedName } from '../departments/department-tree';
import { usePlannedDepartments } from '../departments/planned-departments';
import { GeneratePanel } from './generation/GeneratePanel';
import { NewPeriodForm } from './NewPeriodForm';
import { PeriodControls } from './PeriodControls';
import { periodLabel } from './period-label';
import { RosterDayList } from './RosterDayList';
import { RosterWorkspace } from './RosterWorkspace';
import { useRosterPeriod, useRosterPeriods, useRosterView } from './roster.queries';
import { useMediaQuery } from './use-media-query';
import './roster.css';

/** The scheduler's main screen: a department's schedule periods and the roster builder for one of them. */
export function RosterPage() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { periodId } = useParams();
  const [params] = useSearchParams();
  const { departments, options } = usePlannedDepartments();
  const period = useRosterPeriod(periodId);
  const [creating, setCreating] = useState(false);
  const narrow = useMediaQuery('(max-width: 720px)');

  const requested = period.data?.departmentId ?? params.get('department');
  const departmentId =
    options.find((n) => n.department.id === requested)?.department.id ??
    (requested && me.role !== 'scheduler' ? requested : null) ??
    options.find((n) => n.department.kind === 'ward')?.department.id ??
    options[0]?.department.id ??
    null;
  const department = departments.data?.find((d) => d.id === departmentId);
  const periods = useRosterPeriods(departmentId);
  const roster = useRosterView(periodId);
  const canManage = departmentId ? canManageDepartment(me, departmentId) : false;
  const today = localDate(Date.now());

  const chooseDepartment = (id: string) => {
    setCreating(false);
    void navigate(`/roster?department=${id}`);
  };
  const choosePeriod = (id: string) => {
    setCreating(false);
    void navigate(id ? `/roster/${id}` : `/roster?department=${departmentId ?? ''}`);
  };

  if (departments.isPending) return <Loading />;
  const current = roster.data?.period ?? period.data;
  const editable = canManage && current !== undefined && current.state !== 'locked';

  return (
    <div className="roster-page">
      <PageHeader
        title={t('roster.title')}
        description={
          current && department
            ? `${department.name} · ${periodLabel(current, t, i18n.language)}`
            : me.role === 'hr'
              ? t('roster.introReadOnly')
              : t('roster.intro')
        }
        actions={
          departmentId ? (
            <Link to={`/roster/needs?department=${departmentId}`} className="button button--secondary">
              {t('roster.needsLink')}
            </Link>
          ) : null
        }
      />
      <div className="card period-bar">
        <div className="period-bar__pickers">
          <Field label={t('roster.periods.department')}>
            {(p) => (
              <select {...p} value={departmentId ?? ''} onChange={(e) => chooseDepartment(e.target.value)}>
                {options.map((n) => (
                  <option key={n.department.id} value={n.department.id}>
                    {indentedName(n)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('roster.periods.period')}>
            {(p) => (
              <select {...p} value={periodId ?? ''} onChange={(e) => choosePeriod(e.target.value)}>
                <option value="">
                  {(periods.data ?? []).length === 0 ? t('roster.periods.none') : t('roster.periods.choose')}
                </option>
                {(periods.data ?? []).map((x) => (
                  <option key={x.id} value={x.id}>
                    {periodLabel(x, t, i18n.language)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {canManage && !creating ? (
            <button
              type="button"
              className="button button--secondary period-bar__new"
              onClick={() => setCreating(true)}
            >
              {t('roster.periods.new')}
            </button>
          ) : null}
        </div>
        {current ? (
          <PeriodControls
            period={current}
            canManage={canManage}
            hardViolations={roster.data?.violations.filter((v) => v.severity === 'hard').length ?? 0}
            onDeleted={() => choosePeriod('')}
          />
        ) : null}
      </div>
      {creating && departmentId ? (
        <NewPeriodForm
          departmentId={departmentId}
          periods={periods.data ?? []}
          today={today}
          onCreated={(created) => choosePeriod(created.id)}
          onCancel={() => setCreating(false)}
        />
      ) : null}
      <ErrorBanner error={departments.error ?? periods.error ?? period.error ?? roster.error} />
      {editable && !narrow && roster.data ? <GeneratePanel period={roster.data.period} view={roster.data} /> : null}
      {!periodId ? (
        <p className="card empty">{canManage ? t('roster.periods.pickOrCreate') : t('roster.periods.pick')}</p>
      ) : roster.isPending ? (
        <Loading label={t('roster.loading')} />
      ) : roster.data ? (
        narrow ? (
          <RosterDayList view={roster.data} />
        ) : (
          <RosterWorkspace key={roster.data.period.id} view={roster.data} me={me} editable={editable} />
        )
      ) : null}
    </div>
  );
}
