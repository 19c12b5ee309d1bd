import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError } from '../../api/api-error';
import { NoAccessPage } from '../../app/NoAccessPage';
import { NotFoundPage } from '../../app/NotFoundPage';
import { canEditEmployee } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { useLabels } from '../../i18n/labels';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { useDepartments } from '../departments/departments.queries';
import { useSkills } from '../skills/skills.queries';
import { useEmployee } from './employees.queries';
import { EmployeeForm } from './EmployeeForm';

/** `/staff/new` and `/staff/:id`: loads what the form needs and decides whether it may be changed. */
export function StaffEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const me = useCurrentUser();
  const labels = useLabels();
  const location = useLocation();
  const employee = useEmployee(id);
  // Bumped after a version conflict so the form starts again from the record as it is now.
  const [generation, setGeneration] = useState(0);
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const departments = useDepartments();
  const skills = useSkills();

  if (employee.error instanceof ApiError && employee.error.status === 404) {
    return <NotFoundPage title={t('staff.notFound')} />;
  }
  if (employee.error instanceof ApiError && employee.error.status === 403) return <NoAccessPage />;
  const error = employee.error ?? departments.error ?? skills.error;
  if (error) return <ErrorBanner error={error} />;
  if ((id && employee.isPending) || departments.isPending || skills.isPending) return <Loading />;

  const existing = employee.data ?? null;
  const readOnly = existing ? !canEditEmployee(me, existing) : false;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/staff">
          <span aria-hidden="true">← </span>
          {t('staff.backToList')}
        </Link>
      </p>
      <PageHeader
        title={existing ? `${existing.firstName} ${existing.lastName}` : t('staff.newTitle')}
        description={
          existing
            ? `${labels.profession(existing.profession)} · ${t('staff.employeeNumber')} ${existing.employeeNumber}`
            : t('staff.newIntro')
        }
      />
      {readOnly ? (
        <p className="banner banner--info">{me.role === 'hr' ? t('staff.readOnlyHr') : t('staff.readOnlyScope')}</p>
      ) : null}
      <EmployeeForm
        key={`${existing?.id ?? 'new'}-${generation}`}
        employee={existing}
        departments={departments.data ?? []}
        skills={skills.data ?? []}
        readOnly={readOnly}
        initialStatus={created ? t('staff.created') : null}
        onReload={() => void employee.refetch().then(() => setGeneration((g) => g + 1))}
      />
    </>
  );
}
