import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ShiftType, Skill } from '../../api/client';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { formatMinutes } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { ShiftChip } from '../../ui/ShiftChip';
import { StatusMessage } from '../../ui/StatusMessage';
import { buildDepartmentTree, flattenTree, indentedName } from '../departments/department-tree';
import { useDepartments } from '../departments/departments.queries';
import { useSkills } from '../skills/skills.queries';
import { useDeleteShiftType, useShiftTypes } from './shift-types.queries';
import { ShiftTypeForm } from './ShiftTypeForm';

type Editing = { shiftType: ShiftType | null } | null;

export function ShiftTypesPage() {
  const { t } = useTranslation();
  const departments = useDepartments();
  const skills = useSkills();
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState<string | null>(null);
  const remove = useDeleteShiftType();

  // Admins see every department; schedulers only the ones they manage (`managed` comes from the API).
  const options = useMemo(
    () => flattenTree(buildDepartmentTree(departments.data ?? [])).filter((n) => n.department.managed),
    [departments.data],
  );
  const requested = params.get('department');
  const departmentId =
    options.find((n) => n.department.id === requested)?.department.id ??
    options.find((n) => n.department.kind === 'ward')?.department.id ??
    options[0]?.department.id ??
    null;
  const department = options.find((n) => n.department.id === departmentId)?.department;
  const shiftTypes = useShiftTypes(departmentId);
  const skillById = useMemo(() => new Map((skills.data ?? []).map((s) => [s.id, s])), [skills.data]);

  const choose = (id: string) => {
    setEditing(null);
    setStatus(null);
    setParams({ department: id }, { replace: true });
  };

  if (departments.isPending || skills.isPending) return <Loading />;
  return (
    <>
      <PageHeader
        title={t('shiftTypes.title')}
        description={t('shiftTypes.intro')}
        actions={
          departmentId ? (
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setStatus(null);
                setEditing({ shiftType: null });
              }}
            >
              {t('shiftTypes.new')}
            </button>
          ) : null
        }
      />
      <div className="card filters filters--single">
        <Field label={t('shiftTypes.department')}>
          {(p) => (
            <select {...p} value={departmentId ?? ''} onChange={(e) => choose(e.target.value)}>
              {options.map((n) => (
                <option key={n.department.id} value={n.department.id}>
                  {indentedName(n)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <StatusMessage message={status} />
      <ErrorBanner error={departments.error ?? skills.error ?? shiftTypes.error ?? remove.error} />
      {options.length === 0 ? <p className="empty card">{t('shiftTypes.noDepartments')}</p> : null}
      {departmentId ? (
        <div className={`split${editing ? ' split--with-panel' : ''}`}>
          {editing ? (
            <div className="split__panel">
              <ShiftTypeForm
                key={editing.shiftType?.id ?? 'new'}
                departmentId={departmentId}
                shiftType={editing.shiftType}
                skills={skills.data ?? []}
                onDone={(saved) => {
                  setEditing(null);
                  if (saved) setStatus(t('shiftTypes.saved', { name: saved.name }));
                }}
              />
            </div>
          ) : null}
          <section className="split__main card card--flush" aria-labelledby="shift-type-list-title">
            <h2 id="shift-type-list-title" className="card__title">
              {t('shiftTypes.listTitle', { department: department?.name ?? '' })}
            </h2>
            {shiftTypes.isPending ? (
              <Loading />
            ) : (shiftTypes.data ?? []).length === 0 ? (
              <p className="empty">{t('shiftTypes.empty')}</p>
            ) : (
              <ul className="shift-list">
                {(shiftTypes.data ?? []).map((s) => (
                  <ShiftTypeRow
                    key={s.id}
                    shiftType={s}
                    skillById={skillById}
                    onEdit={() => {
                      setStatus(null);
                      setEditing({ shiftType: s });
                    }}
                    onDelete={() =>
                      remove.mutate(s.id, {
                        onSuccess: () => {
                          setEditing(null);
                          setStatus(t('shiftTypes.deleted', { name: s.name }));
                        },
                      })
                    }
                  />
                ))}
              </ul>
            )}
          </section>
        </div>
      ) : null}
    </>
  );
}

interface ShiftTypeRowProps {
  shiftType: ShiftType;
  skillById: Map<string, Skill>;
  onEdit: () => void;
  onDelete: () => void;
}

function ShiftTypeRow({ shiftType: s, skillById, onEdit, onDelete }: ShiftTypeRowProps) {
  const { t } = useTranslation();
  const skill = s.requiredSkillId ? skillById.get(s.requiredSkillId) : undefined;
  return (
    <li className={`shift-row${s.active ? '' : ' shift-row--inactive'}`}>
      <ShiftChip code={s.code} colour={s.colour} />
      <div className="shift-row__text">
        <p className="shift-row__name">
          {s.name}
          {!s.active ? <span className="badge badge--muted">{t('shiftTypes.inactiveBadge')}</span> : null}
          {s.kind !== 'work' ? <span className="badge">{t(`shiftTypes.kinds.${s.kind}`)}</span> : null}
        </p>
        <p className="shift-row__times">
          <time>{s.startTime}</time>–<time>{s.endTime}</time>
          {s.crossesMidnight ? <span className="badge badge--night">{t('shiftTypes.nextDay')}</span> : null}
        </p>
        <p className="shift-row__meta">
          {t('shiftTypes.rowMeta', { paid: formatMinutes(s.paidMinutes), break: s.breakMinutes })}
          {skill ? ` · ${t('shiftTypes.requires', { skill: skill.name })}` : ''}
        </p>
      </div>
      <div className="shift-row__actions">
        <button
          type="button"
          className="button button--quiet"
          onClick={onEdit}
          aria-label={t('shiftTypes.editNamed', { name: s.name })}
        >
          {t('common.edit')}
        </button>
        <ConfirmButton
          label={t('common.delete')}
          ariaLabel={t('shiftTypes.deleteNamed', { name: s.name })}
          confirmLabel={t('shiftTypes.confirmDelete', { name: s.name })}
          onConfirm={onDelete}
        />
      </div>
    </li>
  );
}
