import { ROLES, type Role } from '@bemanna/shared';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/api-error';
import type { Department, User } from '../../api/client';
import { NotFoundPage } from '../../app/NotFoundPage';
import { useCurrentUser } from '../../auth/session';
import { useLabels } from '../../i18n/labels';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { ChoiceGroup, Checkbox, Field } from '../../ui/Field';
import { formatDateTime, isoWeekAt } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { StatusMessage } from '../../ui/StatusMessage';
import { useFormErrors } from '../../ui/useFormErrors';
import { buildDepartmentTree, flattenTree } from '../departments/department-tree';
import { useDepartments } from '../departments/departments.queries';
import { toggle } from '../staff/employee-form';
import { EmployeePicker } from './EmployeePicker';
import { useCreateUser, useUpdateUser, useUser } from './users.queries';

const FIELDS = [
  'email',
  'displayName',
  'password',
  'role',
  'employeeId',
  'departmentIds',
  'canOverrideRules',
  'active',
];

export function UserEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const location = useLocation();
  const user = useUser(id);
  const departments = useDepartments();
  const created = (location.state as { created?: boolean } | null)?.created === true;

  if (user.error instanceof ApiError && user.error.status === 404) return <NotFoundPage title={t('users.notFound')} />;
  if (user.error ?? departments.error) return <ErrorBanner error={user.error ?? departments.error} />;
  if ((id && user.isPending) || departments.isPending) return <Loading />;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/users">
          <span aria-hidden="true">← </span>
          {t('users.backToList')}
        </Link>
      </p>
      {user.data ? (
        <ExistingUser key={user.data.id} user={user.data} departments={departments.data ?? []} created={created} />
      ) : (
        <NewUser departments={departments.data ?? []} />
      )}
    </>
  );
}

function NewUser({ departments }: { departments: readonly Department[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateUser();
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, edit } = useFormErrors(create.error, formRef);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [profile, setProfile] = useState<Profile>({
    displayName: '',
    role: 'employee',
    employeeId: null,
    departmentIds: [],
    canOverrideRules: false,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { email, password, ...profile },
      { onSuccess: (saved) => void navigate(`/users/${saved.id}`, { replace: true, state: { created: true } }) },
    );
  };
  return (
    <>
      <PageHeader title={t('users.newTitle')} description={t('users.newIntro')} />
      <form ref={formRef} className="editor" onSubmit={submit} noValidate aria-label={t('users.newTitle')}>
        <ErrorBanner error={create.error} shownFields={FIELDS} />
        <section className="card editor__section">
          <div className="form-grid">
            <Field label={t('users.email')} error={errors.email} required>
              {(p) => (
                <input
                  {...p}
                  type="email"
                  autoComplete="off"
                  value={email}
                  onChange={(e) => {
                    edit('email');
                    setEmail(e.target.value);
                  }}
                />
              )}
            </Field>
            <Field label={t('users.initialPassword')} hint={t('users.passwordHint')} error={errors.password} required>
              {(p) => (
                <input
                  {...p}
                  type="password"
                  autoComplete="new-password"
                  value={password}
                  onChange={(e) => {
                    edit('password');
                    setPassword(e.target.value);
                  }}
                />
              )}
            </Field>
          </div>
          <ProfileFields
            value={profile}
            onChange={setProfile}
            onEdit={edit}
            departments={departments}
            errors={errors}
          />
        </section>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {create.isPending ? t('common.saving') : t('users.create')}
          </button>
        </div>
      </form>
    </>
  );
}

function ExistingUser({
  user,
  departments,
  created,
}: {
  user: User;
  departments: readonly Department[];
  created: boolean;
}) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const labels = useLabels();
  const update = useUpdateUser(user.id);
  const passwordUpdate = useUpdateUser(user.id);
  const activeUpdate = useUpdateUser(user.id);
  const [profile, setProfile] = useState<Profile>({
    displayName: user.displayName,
    role: user.role,
    employeeId: user.employeeId,
    departmentIds: user.departmentIds,
    canOverrideRules: user.canOverrideRules,
  });
  const [password, setPassword] = useState('');
  const [status, setStatus] = useState<string | null>(created ? t('users.created') : null);
  const profileRef = useRef<HTMLFormElement>(null);
  const passwordRef = useRef<HTMLFormElement>(null);
  const { errors, edit } = useFormErrors(update.error, profileRef);
  const { errors: passwordErrors, edit: editPassword } = useFormErrors(passwordUpdate.error, passwordRef);
  const self = me.id === user.id;
  const locked = user.lockedUntil !== null && Date.parse(user.lockedUntil) > Date.now();

  const saveProfile = (event: FormEvent) => {
    event.preventDefault();
    setStatus(null);
    update.mutate({ ...profile, version: user.version }, { onSuccess: () => setStatus(t('users.saved')) });
  };
  const resetPassword = (event: FormEvent) => {
    event.preventDefault();
    setStatus(null);
    passwordUpdate.mutate(
      { password, version: user.version },
      {
        onSuccess: () => {
          setPassword('');
          setStatus(t('users.passwordSet'));
        },
      },
    );
  };
  const setActive = (active: boolean) => {
    setStatus(null);
    activeUpdate.mutate(
      { active, version: user.version },
      { onSuccess: () => setStatus(active ? t('users.enabledDone') : t('users.disabledDone')) },
    );
  };

  return (
    <>
      <PageHeader
        title={user.displayName}
        description={
          <>
            {user.email} · {labels.role(user.role)}{' '}
            {!user.active ? <span className="badge badge--muted">{t('users.disabled')}</span> : null}
            {locked ? <span className="badge badge--warning">{t('users.locked')}</span> : null}
          </>
        }
      />
      <StatusMessage message={status} />
      <div className="editor">
        <form
          ref={profileRef}
          className="card editor__section"
          onSubmit={saveProfile}
          noValidate
          aria-labelledby="user-profile-title"
        >
          <h2 id="user-profile-title">{t('users.profileTitle')}</h2>
          <ErrorBanner error={update.error} shownFields={FIELDS} />
          <ProfileFields
            value={profile}
            onChange={setProfile}
            onEdit={edit}
            departments={departments}
            errors={errors}
          />
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={update.isPending}>
              {update.isPending ? t('common.saving') : t('common.saveChanges')}
            </button>
          </div>
        </form>

        <section className="card editor__section" aria-labelledby="user-login-title">
          <h2 id="user-login-title">{t('users.loginTitle')}</h2>
          <dl className="facts">
            <div>
              <dt>{t('users.lastLogin')}</dt>
              <dd>
                {user.lastLoginAt
                  ? `${formatDateTime(user.lastLoginAt, i18n.language)} (${t('common.week', { week: isoWeekAt(user.lastLoginAt) })})`
                  : t('users.never')}
              </dd>
            </div>
            {locked && user.lockedUntil ? (
              <div>
                <dt>{t('users.lockedUntil')}</dt>
                <dd>{formatDateTime(user.lockedUntil, i18n.language)}</dd>
              </div>
            ) : null}
          </dl>
          <form ref={passwordRef} onSubmit={resetPassword} noValidate className="inline-form">
            <ErrorBanner error={passwordUpdate.error} shownFields={['password']} />
            <Field label={t('users.newPassword')} hint={t('users.passwordHint')} error={passwordErrors.password}>
              {(p) => (
                <input
                  {...p}
                  type="password"
                  autoComplete="new-password"
                  value={password}
                  onChange={(e) => {
                    editPassword('password');
                    setPassword(e.target.value);
                  }}
                />
              )}
            </Field>
            <button
              type="submit"
              className="button button--secondary"
              disabled={passwordUpdate.isPending || password === ''}
            >
              {t('users.setPassword')}
            </button>
          </form>
          <div className="danger-zone">
            <ErrorBanner error={activeUpdate.error} />
            {user.active ? (
              <>
                <p>{self ? t('users.cannotDisableSelf') : t('users.disableHint')}</p>
                <button
                  type="button"
                  className="button button--danger"
                  disabled={self || activeUpdate.isPending}
                  onClick={() => setActive(false)}
                >
                  {t('users.disable')}
                </button>
              </>
            ) : (
              <>
                <p>{t('users.enableHint')}</p>
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={activeUpdate.isPending}
                  onClick={() => setActive(true)}
                >
                  {t('users.enable')}
                </button>
              </>
            )}
          </div>
        </section>
      </div>
    </>
  );
}

interface Profile {
  displayName: string;
  role: Role;
  employeeId: string | null;
  departmentIds: string[];
  canOverrideRules: boolean;
}

interface ProfileFieldsProps {
  value: Profile;
  onChange: (next: Profile) => void;
  /** Tells the form a field changed, so the server's old message for it goes away. */
  onEdit: (field: string) => void;
  departments: readonly Department[];
  errors: Record<string, string>;
}

function ProfileFields({ value, onChange, onEdit, departments, errors }: ProfileFieldsProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const ordered = useMemo(() => flattenTree(buildDepartmentTree(departments)), [departments]);
  const set = <K extends keyof Profile>(key: K, v: Profile[K]) => {
    onEdit(key);
    onChange({ ...value, [key]: v });
  };
  return (
    <>
      <div className="form-grid">
        <Field label={t('users.displayName')} error={errors.displayName} required>
          {(p) => <input {...p} value={value.displayName} onChange={(e) => set('displayName', e.target.value)} />}
        </Field>
        <Field label={t('users.role')} hint={t(`users.roleHints.${value.role}`)} error={errors.role} required>
          {(p) => (
            <select {...p} value={value.role} onChange={(e) => set('role', e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {labels.role(r)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <EmployeePicker value={value.employeeId} onChange={(id) => set('employeeId', id)} error={errors.employeeId} />
      {value.role === 'scheduler' || value.role === 'admin' || value.canOverrideRules ? (
        <div className="editor__flags">
          <Checkbox
            label={t('users.canOverrideRules')}
            checked={value.canOverrideRules}
            onChange={(v) => set('canOverrideRules', v)}
          />
          {errors.canOverrideRules ? <p className="field__error">{errors.canOverrideRules}</p> : null}
        </div>
      ) : null}
      {value.role === 'scheduler' || value.departmentIds.length > 0 ? (
        <ChoiceGroup tree legend={t('users.scopes')} hint={t('users.scopesHint')} error={errors.departmentIds}>
          {ordered.map((n) => (
            <div key={n.department.id} style={{ paddingInlineStart: `${n.depth * 1.25}rem` }}>
              <Checkbox
                label={n.department.name}
                checked={value.departmentIds.includes(n.department.id)}
                onChange={(on) => set('departmentIds', toggle(value.departmentIds, n.department.id, on))}
              />
            </div>
          ))}
        </ChoiceGroup>
      ) : null}
    </>
  );
}
