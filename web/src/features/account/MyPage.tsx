import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/session';
import { useLabels } from '../../i18n/labels';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { formatLongDate, isoWeekAt } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { useDepartments } from '../departments/departments.queries';
import { useSkills } from '../skills/skills.queries';
import { useEmployee } from '../staff/employees.queries';

/** "Min sida": the signed-in employee's own record (their schedule joins it in a later issue). */
export function MyPage() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const labels = useLabels();
  const employee = useEmployee(me.employeeId);
  const departments = useDepartments();
  const skills = useSkills();
  const departmentName = useMemo(
    () => new Map((departments.data ?? []).map((d) => [d.id, d.name])),
    [departments.data],
  );
  const skillName = useMemo(() => new Map((skills.data ?? []).map((s) => [s.id, s.name])), [skills.data]);
  const now = Date.now();

  const e = employee.data;
  return (
    <>
      <PageHeader
        title={t('account.title')}
        description={t('account.today', { date: formatLongDate(now, i18n.language), week: isoWeekAt(now) })}
      />
      <ErrorBanner error={employee.error ?? departments.error ?? skills.error} />
      {me.employeeId === null ? (
        <p className="banner banner--info">{t('account.notLinked')}</p>
      ) : employee.isPending ? (
        <Loading />
      ) : e ? (
        <div className="editor">
          <section className="card editor__section" aria-labelledby="account-person">
            <h2 id="account-person">
              {e.firstName} {e.lastName}
            </h2>
            <dl className="facts facts--grid">
              <Fact term={t('staff.employeeNumber')} value={e.employeeNumber} />
              <Fact term={t('staff.profession')} value={labels.profession(e.profession)} />
              <Fact term={t('staff.email')} value={e.email ?? '–'} />
              <Fact term={t('staff.phone')} value={e.phone ?? '–'} />
            </dl>
          </section>
          <section className="card editor__section" aria-labelledby="account-employment">
            <h2 id="account-employment">{t('staff.sectionEmployment')}</h2>
            <dl className="facts facts--grid">
              <Fact term={t('staff.rateLong')} value={`${e.employmentRate} %`} />
              <Fact
                term={t('staff.fullTimeHours')}
                value={`${e.fullTimeHoursPerWeek.toLocaleString(i18n.language)} ${t('staff.hoursPerWeek')}`}
              />
              <Fact term={t('staff.employmentForm')} value={labels.employmentForm(e.employmentForm)} />
              <Fact term={t('staff.agreement')} value={labels.agreement(e.agreement)} />
              <Fact term={t('staff.homeDepartment')} value={departmentName.get(e.homeDepartmentId) ?? '–'} />
              <Fact
                term={t('staff.otherDepartments')}
                value={e.departmentIds.map((id) => departmentName.get(id) ?? '…').join(', ') || '–'}
              />
              <Fact
                term={t('staff.skills')}
                value={e.skillIds.map((id) => skillName.get(id) ?? '…').join(', ') || '–'}
              />
            </dl>
            <p className="muted">{t('account.changesHint')}</p>
          </section>
        </div>
      ) : null}
    </>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}
