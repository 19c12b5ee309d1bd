import { PROFESSIONS, type Profession } from '@bemanna/shared';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Department, Employee, Skill } from '../../api/client';
import { STAFF_WRITERS, hasRole } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { useLabels } from '../../i18n/labels';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Checkbox, Field } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { Pagination } from '../../ui/Pagination';
import { useDebounced } from '../../ui/useDebounced';
import { buildDepartmentTree, flattenTree, indentedName } from '../departments/department-tree';
import { useDepartments } from '../departments/departments.queries';
import { useSkills } from '../skills/skills.queries';
import { useEmployees } from './employees.queries';

const PAGE_SIZE = 25;

/** Filters live in the address so that a filtered list can be bookmarked and Back returns to it. */
function useListParams() {
  const [params, setParams] = useSearchParams();
  const update = (changes: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );
  return { params, update };
}

export function StaffListPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const labels = useLabels();
  const { params, update } = useListParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const debouncedSearch = useDebounced(search.trim());
  const departments = useDepartments();
  const skills = useSkills();

  useEffect(() => {
    // Only the settled search text writes to the address, once per change.
    if (debouncedSearch !== (params.get('q') ?? '')) update({ q: debouncedSearch });
  }, [debouncedSearch]);

  const profession = params.get('profession');
  const filters = {
    q: params.get('q') || undefined,
    departmentId: params.get('department') || undefined,
    profession: PROFESSIONS.includes(profession as Profession) ? (profession as Profession) : undefined,
    skillId: params.get('skill') || undefined,
    includeInactive: params.get('inactive') === '1' || undefined,
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: PAGE_SIZE,
  };
  const employees = useEmployees(filters);

  const departmentOptions = useMemo(() => flattenTree(buildDepartmentTree(departments.data ?? [])), [departments.data]);
  const departmentById = useMemo(() => new Map((departments.data ?? []).map((d) => [d.id, d])), [departments.data]);
  const skillById = useMemo(() => new Map((skills.data ?? []).map((s) => [s.id, s])), [skills.data]);
  const filtered = Boolean(filters.q || filters.departmentId || filters.profession || filters.skillId);

  return (
    <>
      <PageHeader
        title={t('staff.title')}
        description={me.role === 'hr' ? t('staff.introReadOnly') : t('staff.intro')}
        actions={
          hasRole(me, STAFF_WRITERS) ? (
            <Link to="/staff/new" className="button button--primary">
              {t('staff.new')}
            </Link>
          ) : null
        }
      />
      <div role="search" className="filters card" aria-label={t('staff.filters')}>
        <Field label={t('staff.search')} hint={t('staff.searchHint')} className="filters__search">
          {(p) => <input {...p} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />}
        </Field>
        <Field label={t('staff.department')}>
          {(p) => (
            <select {...p} value={filters.departmentId ?? ''} onChange={(e) => update({ department: e.target.value })}>
              <option value="">{t('staff.allDepartments')}</option>
              {departmentOptions.map((n) => (
                <option key={n.department.id} value={n.department.id}>
                  {indentedName(n)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('staff.profession')}>
          {(p) => (
            <select {...p} value={filters.profession ?? ''} onChange={(e) => update({ profession: e.target.value })}>
              <option value="">{t('staff.allProfessions')}</option>
              {PROFESSIONS.map((k) => (
                <option key={k} value={k}>
                  {labels.profession(k)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('staff.skill')}>
          {(p) => (
            <select {...p} value={filters.skillId ?? ''} onChange={(e) => update({ skill: e.target.value })}>
              <option value="">{t('staff.allSkills')}</option>
              {(skills.data ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="filters__toggles">
          <Checkbox
            label={t('staff.includeInactive')}
            checked={Boolean(filters.includeInactive)}
            onChange={(checked) => update({ inactive: checked ? '1' : null })}
          />
          {filtered ? (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                setSearch('');
                update({ q: null, department: null, profession: null, skill: null });
              }}
            >
              {t('staff.clearFilters')}
            </button>
          ) : null}
        </div>
      </div>
      <ErrorBanner error={employees.error} />
      {employees.isPending ? (
        <Loading />
      ) : employees.data ? (
        <section className="card card--flush" aria-labelledby="staff-results" aria-busy={employees.isFetching}>
          <h2 id="staff-results" className="visually-hidden">
            {t('staff.results')}
          </h2>
          {employees.data.items.length === 0 ? (
            <p className="empty">{filtered ? t('staff.noMatches') : t('staff.empty')}</p>
          ) : (
            <StaffTable items={employees.data.items} departmentById={departmentById} skillById={skillById} />
          )}
          <Pagination
            page={employees.data.page}
            pageSize={employees.data.pageSize}
            total={employees.data.total}
            onPage={(page) => update({ page: String(page) })}
          />
        </section>
      ) : null}
    </>
  );
}

interface StaffTableProps {
  items: Employee[];
  departmentById: Map<string, Department>;
  skillById: Map<string, Skill>;
}

function StaffTable({ items, departmentById, skillById }: StaffTableProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <table className="data-table data-table--cards">
      <thead>
        <tr>
          <th scope="col">{t('staff.name')}</th>
          <th scope="col">{t('staff.employeeNumber')}</th>
          <th scope="col">{t('staff.profession')}</th>
          <th scope="col" className="numeric">
            {t('staff.rate')}
          </th>
          <th scope="col">{t('staff.homeDepartment')}</th>
          <th scope="col">{t('staff.skills')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((e) => (
          <tr key={e.id}>
            <th scope="row" data-label={t('staff.name')}>
              <Link to={`/staff/${e.id}`} className="data-table__primary">
                {e.lastName}, {e.firstName}
              </Link>
              {e.isAgency ? (
                <span className="badge badge--agency" title={e.agencyName ?? undefined}>
                  {t('staff.agencyBadge')}
                </span>
              ) : null}
              {!e.active ? <span className="badge badge--muted">{t('staff.inactiveBadge')}</span> : null}
            </th>
            <td data-label={t('staff.employeeNumber')}>
              <span className="code">{e.employeeNumber}</span>
            </td>
            <td data-label={t('staff.profession')}>{labels.profession(e.profession)}</td>
            <td data-label={t('staff.rate')} className="numeric">
              {e.employmentRate} %
            </td>
            <td data-label={t('staff.homeDepartment')}>{departmentById.get(e.homeDepartmentId)?.name ?? '–'}</td>
            <td data-label={t('staff.skills')}>
              {e.skillIds.length === 0 ? (
                <span className="muted">–</span>
              ) : (
                <ul className="tags">
                  {e.skillIds.map((id) => (
                    <li key={id} className="tag">
                      {skillById.get(id)?.name ?? '…'}
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
