import { localDate } from '@bemanna/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/api-error';
import { api } from '../../api/client';
import { useCurrentUser } from '../../auth/session';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { StatusMessage } from '../../ui/StatusMessage';
import { useFormErrors } from '../../ui/useFormErrors';
import { type DayRange, DayRangeFields } from './DayRangeFields';
import { useDepartments } from '../departments/departments.queries';
import { useEmployees } from '../staff/employees.queries';

/**
 * Sjukanmälan: the scheduler registers an employee as sick for a day or a range; their shifts
 * become open shifts that need a replacement (listed in the answer).
 */
export function SickReportForm() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const today = localDate(Date.now());
  const departments = useDepartments();
  const managed = useMemo(
    () =>
      (departments.data ?? []).filter((d) =>
        me.role === 'admin' ? d.kind !== 'hospital' && d.kind !== 'clinic' : d.managed,
      ),
    [departments.data, me.role],
  );
  const [departmentId, setDepartmentId] = useState('');
  const unit = departmentId || managed[0]?.id || '';
  const staff = useEmployees({ departmentId: unit, page: 1, pageSize: 200 }, Boolean(unit));
  const [employeeId, setEmployeeId] = useState('');
  const [days, setDays] = useState<DayRange>({ startDate: today, endDate: today });
  const queryClient = useQueryClient();
  const report = useMutation({
    mutationFn: () => call(api.POST('/api/absences/sick', { body: { employeeId, ...days } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['roster'] }),
  });
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, edit } = useFormErrors(report.error, formRef);
  const time = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

  return (
    <form
      ref={formRef}
      className="card my-form"
      aria-labelledby="sick-form-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        report.mutate();
      }}
    >
      <h2 id="sick-form-title">{t('leave.sick.title')}</h2>
      <p className="muted">{t('leave.sick.intro')}</p>
      <ErrorBanner error={departments.error ?? staff.error ?? report.error} />
      {managed.length > 1 ? (
        <Field label={t('leave.sick.department')}>
          {(control) => (
            <select {...control} value={unit} onChange={(e) => setDepartmentId(e.target.value)}>
              {managed.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field label={t('leave.sick.employee')} error={errors.employeeId} required>
        {(control) => (
          <select
            {...control}
            value={employeeId}
            onChange={(e) => {
              edit('employeeId');
              setEmployeeId(e.target.value);
            }}
          >
            <option value="">{t('common.choose')}</option>
            {(staff.data?.items ?? []).map((e) => (
              <option key={e.id} value={e.id}>
                {e.lastName}, {e.firstName}
              </option>
            ))}
          </select>
        )}
      </Field>
      <DayRangeFields value={days} onChange={setDays} errors={errors} onEdit={edit} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={report.isPending}>
          {t('leave.sick.submit')}
        </button>
        <StatusMessage message={report.data ? t('leave.sick.done', { count: report.data.shifts.length }) : null} />
      </div>
      {report.data && report.data.shifts.length > 0 ? (
        <ul className="my-changes__list">
          {report.data.shifts.map((s) => (
            <li key={s.shiftId}>
              {time(s.startLocal)}–{s.endLocal.slice(11, 16)}
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
