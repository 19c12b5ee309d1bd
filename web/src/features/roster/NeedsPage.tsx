import { DAY_KINDS, type DayKind, PROFESSIONS, type Profession } from '@bemanna/shared';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../../api/api-error';
import { canManageDepartment } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { useLabels } from '../../i18n/labels';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { StatusMessage } from '../../ui/StatusMessage';
import { indentedName } from '../departments/department-tree';
import { usePlannedDepartments } from '../departments/planned-departments';
import { useShiftTypes } from '../shift-types/shift-types.queries';
import { useSkills } from '../skills/skills.queries';
import {
  type NeedLine,
  type NeedOrigin,
  cellErrors,
  copyMondayToWeek,
  emptyCells,
  linesFromNeeds,
  needsFromLines,
} from './needs-grid';
import { useSaveStaffingNeeds, useStaffingNeeds } from './roster.queries';
import './roster.css';

/** The department's staffing needs: per kind of day, shift type and requirement, a minimum and a target. */
export function NeedsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const { departments, options } = usePlannedDepartments();
  const requested = params.get('department');
  const departmentId =
    options.find((n) => n.department.id === requested)?.department.id ??
    options.find((n) => n.department.kind === 'ward')?.department.id ??
    options[0]?.department.id ??
    null;

  if (departments.isPending) return <Loading />;
  return (
    <div className="needs-page">
      <p className="breadcrumb">
        <Link to={departmentId ? `/roster?department=${departmentId}` : '/roster'}>
          <span aria-hidden="true">← </span>
          {t('roster.title')}
        </Link>
      </p>
      <PageHeader title={t('needs.title')} description={t('needs.intro')} />
      <div className="card filters filters--single">
        <Field label={t('roster.periods.department')}>
          {(p) => (
            <select
              {...p}
              value={departmentId ?? ''}
              onChange={(e) => setParams({ department: e.target.value }, { replace: true })}
            >
              {options.map((n) => (
                <option key={n.department.id} value={n.department.id}>
                  {indentedName(n)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ErrorBanner error={departments.error} />
      {departmentId ? (
        <NeedsEditor key={departmentId} departmentId={departmentId} editable={canManageDepartment(me, departmentId)} />
      ) : null}
    </div>
  );
}

function NeedsEditor({ departmentId, editable }: { departmentId: string; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const needs = useStaffingNeeds(departmentId);
  const shiftTypes = useShiftTypes(departmentId);
  const skills = useSkills();
  const save = useSaveStaffingNeeds(departmentId);
  const [lines, setLines] = useState<NeedLine[] | null>(null);
  const [origins, setOrigins] = useState<NeedOrigin[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const types = shiftTypes.data ?? [];

  useEffect(() => {
    if (needs.data && shiftTypes.data && lines === null) {
      setLines(
        linesFromNeeds(
          needs.data,
          shiftTypes.data.map((s) => s.id),
        ),
      );
    }
  }, [needs.data, shiftTypes.data, lines]);

  const errors = useMemo(
    () =>
      save.error instanceof ApiError
        ? cellErrors(save.error.details, origins, i18n.language.startsWith('sv'))
        : new Map(),
    [save.error, origins, i18n.language],
  );

  if (needs.isPending || shiftTypes.isPending || lines === null) {
    return needs.error || shiftTypes.error ? <ErrorBanner error={needs.error ?? shiftTypes.error} /> : <Loading />;
  }

  const update = (i: number, change: (line: NeedLine) => NeedLine) => {
    setStatus(null);
    setLines((ls) => ls!.map((l, j) => (j === i ? change(l) : l)));
  };
  const setCell = (i: number, dayKind: DayKind, field: 'min' | 'target', value: string) =>
    update(i, (l) => ({ ...l, cells: { ...l.cells, [dayKind]: { ...l.cells[dayKind], [field]: value } } }));
  const addLine = () => {
    setStatus(null);
    setLines((ls) => [
      ...ls!,
      {
        key: `new-${Date.now()}`,
        shiftTypeId: types[0]?.id ?? '',
        profession: 'sjukskoterska',
        skillId: null,
        cells: emptyCells(),
      },
    ]);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { needs: body, origins: o } = needsFromLines(lines);
    setOrigins(o);
    save.mutate(body, {
      onSuccess: (saved) => {
        setLines(
          linesFromNeeds(
            saved,
            types.map((s) => s.id),
          ),
        );
        setStatus(t('needs.saved'));
      },
    });
  };

  const dayName = (k: DayKind) => t(`needs.dayKinds.${k}`);
  const shownCellErrors = [...errors.entries()];

  return (
    <form className="card card--flush needs" onSubmit={submit} aria-labelledby="needs-grid-title" noValidate>
      <h2 id="needs-grid-title" className="card__title">
        {t('needs.gridTitle')}
      </h2>
      <p className="needs__hint">{t('needs.hint')}</p>
      <ErrorBanner
        error={save.error}
        shownFields={
          save.error instanceof ApiError ? save.error.details.map((d) => d.field.replace(/[[.].*$/, '')) : []
        }
      />
      {shownCellErrors.length > 0 ? (
        <div className="banner banner--error" role="alert">
          <p className="banner__title">{t('needs.fixCells', { count: shownCellErrors.length })}</p>
        </div>
      ) : null}
      <div className="needs__scroll">
        <table className="needs__table">
          <thead>
            <tr>
              <th scope="col">{t('needs.shiftType')}</th>
              <th scope="col">{t('needs.profession')}</th>
              <th scope="col">{t('needs.skill')}</th>
              {DAY_KINDS.map((k) => (
                <th key={k} scope="col" className="needs__day">
                  {dayName(k)}
                </th>
              ))}
              {editable ? (
                <th scope="col">
                  <span className="visually-hidden">{t('needs.actions')}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {lines.length === 0 ? (
              <tr>
                <td colSpan={DAY_KINDS.length + 4} className="empty">
                  {t('needs.empty')}
                </td>
              </tr>
            ) : null}
            {lines.map((line, i) => {
              const type = types.find((s) => s.id === line.shiftTypeId);
              const lineName =
                `${type?.code ?? ''} ${line.profession ? labels.profession(line.profession) : ''}`.trim();
              const lineError = errors.get(`${i}|line`);
              return (
                <tr key={line.key} className={lineError ? 'needs__row needs__row--invalid' : 'needs__row'}>
                  <td>
                    <select
                      aria-label={t('needs.shiftTypeOf', { line: i + 1 })}
                      value={line.shiftTypeId}
                      disabled={!editable}
                      onChange={(e) => update(i, (l) => ({ ...l, shiftTypeId: e.target.value }))}
                    >
                      {types.map((s) => (
                        <option key={s.id} value={s.id}>
                          {s.code} · {s.name}
                        </option>
                      ))}
                    </select>
                    {lineError ? <p className="field__error">{lineError}</p> : null}
                  </td>
                  <td>
                    <select
                      aria-label={t('needs.professionOf', { line: i + 1 })}
                      value={line.profession ?? ''}
                      disabled={!editable}
                      onChange={(e) =>
                        update(i, (l) => ({ ...l, profession: (e.target.value || null) as Profession | null }))
                      }
                    >
                      <option value="">{t('needs.anyProfession')}</option>
                      {PROFESSIONS.map((p) => (
                        <option key={p} value={p}>
                          {labels.profession(p)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={t('needs.skillOf', { line: i + 1 })}
                      value={line.skillId ?? ''}
                      disabled={!editable}
                      onChange={(e) => update(i, (l) => ({ ...l, skillId: e.target.value || null }))}
                    >
                      <option value="">{t('needs.noSkill')}</option>
                      {(skills.data ?? []).map((s) => (
                        <option key={s.id} value={s.id}>
                          {s.name}
                        </option>
                      ))}
                    </select>
                  </td>
                  {DAY_KINDS.map((k) => {
                    const minError = errors.get(`${i}|${k}|min`);
                    const targetError = errors.get(`${i}|${k}|target`);
                    return (
                      <td key={k} className="needs__cell">
                        {(['min', 'target'] as const).map((field) => (
                          <label key={field} className="needs__input">
                            <span className="needs__input-label" aria-hidden="true">
                              {field === 'min' ? t('needs.minShort') : t('needs.targetShort')}
                            </span>
                            <input
                              inputMode="numeric"
                              aria-label={t(field === 'min' ? 'needs.minOf' : 'needs.targetOf', {
                                day: dayName(k),
                                line: lineName,
                              })}
                              aria-invalid={(field === 'min' ? minError : targetError) ? true : undefined}
                              value={line.cells[k][field]}
                              disabled={!editable}
                              onChange={(e) => setCell(i, k, field, e.target.value)}
                            />
                          </label>
                        ))}
                        {minError || targetError ? (
                          <p className="field__error needs__error">{minError ?? targetError}</p>
                        ) : null}
                      </td>
                    );
                  })}
                  {editable ? (
                    <td className="needs__actions">
                      <button
                        type="button"
                        className="button button--quiet"
                        onClick={() => update(i, copyMondayToWeek)}
                      >
                        {t('needs.copyMonday')}
                      </button>
                      <button
                        type="button"
                        className="button button--danger-quiet"
                        aria-label={t('needs.removeLine', { line: lineName })}
                        onClick={() => setLines((ls) => ls!.filter((_, j) => j !== i))}
                      >
                        {t('common.delete')}
                      </button>
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {editable ? (
        <div className="form-actions needs__footer">
          <button type="button" className="button button--secondary" onClick={addLine} disabled={types.length === 0}>
            {t('needs.addLine')}
          </button>
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : t('needs.save')}
          </button>
          <StatusMessage message={status} />
        </div>
      ) : (
        <p className="needs__hint">{t('needs.readOnly')}</p>
      )}
    </form>
  );
}
