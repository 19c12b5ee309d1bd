import { AGREEMENTS, EMPLOYMENT_FORMS, PROFESSIONS } from '@bemanna/shared';
import type { Agreement, EmploymentForm, Profession } from '@bemanna/shared';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/api-error';
import type { Department, Employee, Skill } from '../../api/client';
import { useLabels } from '../../i18n/labels';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { ChoiceGroup, Checkbox, Field } from '../../ui/Field';
import { StatusMessage } from '../../ui/StatusMessage';
import { useFormErrors } from '../../ui/useFormErrors';
import { buildDepartmentTree, flattenTree, indentedName } from '../departments/department-tree';
import { type EmployeeFormState, bodyFromForm, emptyEmployeeForm, formFromEmployee, toggle } from './employee-form';
import { useSaveEmployee } from './employees.queries';

const FIELDS = [
  'employeeNumber',
  'firstName',
  'lastName',
  'email',
  'phone',
  'profession',
  'employmentRate',
  'employmentForm',
  'agreement',
  'homeDepartmentId',
  'departmentIds',
  'skillIds',
  'isAgency',
  'agencyName',
  'active',
  'fullTimeHoursPerWeek',
  'nightWorker',
  'nightWorkBasis',
  'dygnsbryt',
] as const;

interface EmployeeFormProps {
  employee: Employee | null;
  departments: readonly Department[];
  skills: readonly Skill[];
  readOnly: boolean;
  initialStatus: string | null;
  onReload: () => void;
}

export function EmployeeForm({ employee, departments, skills, readOnly, initialStatus, onReload }: EmployeeFormProps) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const save = useSaveEmployee();
  const ordered = useMemo(() => flattenTree(buildDepartmentTree(departments)), [departments]);
  const homeOptions = ordered.filter((n) => n.department.managed || n.department.id === employee?.homeDepartmentId);
  const [form, setForm] = useState<EmployeeFormState>(() =>
    employee ? formFromEmployee(employee, i18n.language) : emptyEmployeeForm(homeOptions[0]?.department.id ?? ''),
  );
  const [saved, setSaved] = useState<string | null>(initialStatus);
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, edit } = useFormErrors(save.error, formRef);
  const set = <K extends keyof EmployeeFormState>(key: K, value: EmployeeFormState[K]) => {
    setSaved(null);
    edit(key);
    setForm((f) => ({ ...f, [key]: value }));
  };

  const conflict = save.error instanceof ApiError && save.error.code === 'VERSION_CONFLICT';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    save.mutate(
      { id: employee?.id ?? null, body: bodyFromForm(form, employee) },
      {
        onSuccess: (result) => {
          if (!employee) {
            void navigate(`/staff/${result.id}`, { replace: true, state: { created: true } });
            return;
          }
          setForm(formFromEmployee(result, i18n.language));
          setSaved(t('staff.savedAt', { name: `${result.firstName} ${result.lastName}` }));
        },
      },
    );
  };

  return (
    <form ref={formRef} className="editor" onSubmit={submit} noValidate aria-label={t('staff.formLabel')}>
      <ErrorBanner error={save.error} shownFields={FIELDS} />
      {conflict ? (
        <p className="banner banner--warning">
          {t('errors.versionConflict')}{' '}
          <button type="button" className="button button--secondary" onClick={onReload}>
            {t('errors.loadLatest')}
          </button>
        </p>
      ) : null}
      <fieldset className="editor__body" disabled={readOnly}>
        <section className="card editor__section" aria-labelledby="section-person">
          <h2 id="section-person">{t('staff.sectionPerson')}</h2>
          <div className="form-grid">
            <Field label={t('staff.firstName')} error={errors.firstName} required>
              {(p) => (
                <input
                  {...p}
                  autoComplete="off"
                  value={form.firstName}
                  onChange={(e) => set('firstName', e.target.value)}
                />
              )}
            </Field>
            <Field label={t('staff.lastName')} error={errors.lastName} required>
              {(p) => (
                <input
                  {...p}
                  autoComplete="off"
                  value={form.lastName}
                  onChange={(e) => set('lastName', e.target.value)}
                />
              )}
            </Field>
            <Field label={t('staff.employeeNumber')} error={errors.employeeNumber} required>
              {(p) => (
                <input {...p} value={form.employeeNumber} onChange={(e) => set('employeeNumber', e.target.value)} />
              )}
            </Field>
            <Field label={t('staff.email')} error={errors.email}>
              {(p) => (
                <input
                  {...p}
                  type="email"
                  autoComplete="off"
                  value={form.email}
                  onChange={(e) => set('email', e.target.value)}
                />
              )}
            </Field>
            <Field label={t('staff.phone')} hint={t('staff.phoneHint')} error={errors.phone}>
              {(p) => (
                <input
                  {...p}
                  type="tel"
                  autoComplete="off"
                  value={form.phone}
                  onChange={(e) => set('phone', e.target.value)}
                />
              )}
            </Field>
          </div>
        </section>

        <section className="card editor__section" aria-labelledby="section-employment">
          <h2 id="section-employment">{t('staff.sectionEmployment')}</h2>
          <div className="form-grid">
            <Field label={t('staff.profession')} error={errors.profession} required>
              {(p) => (
                <select
                  {...p}
                  value={form.profession}
                  onChange={(e) => set('profession', e.target.value as Profession)}
                >
                  {PROFESSIONS.map((k) => (
                    <option key={k} value={k}>
                      {labels.profession(k)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('staff.rateLong')} hint={t('staff.rateHint')} error={errors.employmentRate} required>
              {(p) => (
                <div className="input-suffix">
                  <input
                    {...p}
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={100}
                    step={1}
                    value={form.employmentRate}
                    onChange={(e) => set('employmentRate', e.target.value)}
                  />
                  <span aria-hidden="true">%</span>
                </div>
              )}
            </Field>
            <Field label={t('staff.employmentForm')} error={errors.employmentForm} required>
              {(p) => (
                <select
                  {...p}
                  value={form.employmentForm}
                  onChange={(e) => set('employmentForm', e.target.value as EmploymentForm)}
                >
                  {EMPLOYMENT_FORMS.map((k) => (
                    <option key={k} value={k}>
                      {labels.employmentForm(k)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('staff.agreement')} hint={t('staff.agreementHint')} error={errors.agreement} required>
              {(p) => (
                <select {...p} value={form.agreement} onChange={(e) => set('agreement', e.target.value as Agreement)}>
                  {AGREEMENTS.map((k) => (
                    <option key={k} value={k}>
                      {labels.agreement(k)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <div className="editor__flags">
            <Checkbox label={t('staff.isAgency')} checked={form.isAgency} onChange={(v) => set('isAgency', v)} />
            {form.isAgency ? (
              <Field label={t('staff.agencyName')} error={errors.agencyName} required>
                {(p) => <input {...p} value={form.agencyName} onChange={(e) => set('agencyName', e.target.value)} />}
              </Field>
            ) : null}
            {employee ? (
              <Checkbox label={t('staff.active')} checked={form.active} onChange={(v) => set('active', v)} />
            ) : null}
          </div>
        </section>

        <section className="card editor__section" aria-labelledby="section-working-time">
          <h2 id="section-working-time">{t('staff.sectionWorkingTime')}</h2>
          <div className="form-grid">
            <Field
              label={t('staff.fullTimeHours')}
              hint={t('staff.fullTimeHoursHint')}
              error={errors.fullTimeHoursPerWeek}
            >
              {(p) => (
                <div className="input-suffix">
                  <input
                    {...p}
                    inputMode="decimal"
                    value={form.fullTimeHoursPerWeek}
                    onChange={(e) => set('fullTimeHoursPerWeek', e.target.value)}
                  />
                  <span aria-hidden="true">{t('staff.hoursPerWeek')}</span>
                </div>
              )}
            </Field>
            <Field label={t('staff.dygnsbryt')} hint={t('staff.dygnsbrytHint')} error={errors.dygnsbryt}>
              {(p) => (
                <input
                  {...p}
                  className="input--time"
                  inputMode="numeric"
                  maxLength={5}
                  placeholder="00:00"
                  value={form.dygnsbryt}
                  onChange={(e) => set('dygnsbryt', e.target.value)}
                />
              )}
            </Field>
          </div>
          <div className="editor__flags">
            <Checkbox
              label={t('staff.nightWorker')}
              checked={form.nightWorker}
              onChange={(v) => set('nightWorker', v)}
            />
            <Checkbox
              label={t('staff.nightWorkBasis')}
              checked={form.nightWorkBasis}
              onChange={(v) => set('nightWorkBasis', v)}
            />
            {errors.nightWorker || errors.nightWorkBasis ? (
              <p className="field__error">{errors.nightWorker ?? errors.nightWorkBasis}</p>
            ) : null}
          </div>
        </section>

        <section className="card editor__section" aria-labelledby="section-departments">
          <h2 id="section-departments">{t('staff.sectionDepartments')}</h2>
          <Field label={t('staff.homeDepartment')} error={errors.homeDepartmentId} required>
            {(p) => (
              <select {...p} value={form.homeDepartmentId} onChange={(e) => set('homeDepartmentId', e.target.value)}>
                {form.homeDepartmentId === '' ? <option value="">{t('common.choose')}</option> : null}
                {homeOptions.map((n) => (
                  <option key={n.department.id} value={n.department.id}>
                    {indentedName(n)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <ChoiceGroup
            tree
            legend={t('staff.otherDepartments')}
            hint={t('staff.otherDepartmentsHint')}
            error={errors.departmentIds}
          >
            {ordered
              .filter((n) => n.department.id !== form.homeDepartmentId)
              .map((n) => (
                <div key={n.department.id} style={{ paddingInlineStart: `${n.depth * 1.25}rem` }}>
                  <Checkbox
                    label={
                      <>
                        {n.department.name}
                        {n.department.isPool ? (
                          <span className="badge badge--pool">{t('departments.poolBadge')}</span>
                        ) : null}
                      </>
                    }
                    checked={form.departmentIds.includes(n.department.id)}
                    onChange={(on) => set('departmentIds', toggle(form.departmentIds, n.department.id, on))}
                  />
                </div>
              ))}
          </ChoiceGroup>
        </section>

        <section className="card editor__section" aria-labelledby="section-skills">
          <h2 id="section-skills">{t('staff.skills')}</h2>
          <ChoiceGroup legend={t('staff.skillsLegend')} error={errors.skillIds}>
            {skills.length === 0 ? <p className="muted">{t('staff.noSkills')}</p> : null}
            {skills.map((s) => (
              <Checkbox
                key={s.id}
                label={
                  <>
                    {s.name} <span className="code">{s.code}</span>
                  </>
                }
                checked={form.skillIds.includes(s.id)}
                onChange={(on) => set('skillIds', toggle(form.skillIds, s.id, on))}
              />
            ))}
          </ChoiceGroup>
        </section>
      </fieldset>
      {readOnly ? null : (
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : employee ? t('common.saveChanges') : t('staff.create')}
          </button>
          <StatusMessage message={saved} />
        </div>
      )}
    </form>
  );
}
