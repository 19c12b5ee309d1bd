import { ROLES, type Role } from '@bemanna/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLabels } from '../../i18n/labels';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { formatDateTime, isoWeekAt } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { Pagination } from '../../ui/Pagination';
import { useDebounced } from '../../ui/useDebounced';
import { useUsers } from './users.queries';

const PAGE_SIZE = 25;

export function UsersPage() {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [page, setPage] = useState(1);
  const q = useDebounced(search.trim());
  const users = useUsers({ q: q || undefined, role: role || undefined, page, pageSize: PAGE_SIZE });

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.intro')}
        actions={
          <Link to="/users/new" className="button button--primary">
            {t('users.new')}
          </Link>
        }
      />
      <div role="search" className="filters card" aria-label={t('users.filters')}>
        <Field label={t('users.search')} className="filters__search">
          {(p) => (
            <input
              {...p}
              type="search"
              value={search}
              onChange={(e) => {
                setSearch(e.target.value);
                setPage(1);
              }}
            />
          )}
        </Field>
        <Field label={t('users.role')}>
          {(p) => (
            <select
              {...p}
              value={role}
              onChange={(e) => {
                setRole(e.target.value as Role | '');
                setPage(1);
              }}
            >
              <option value="">{t('users.allRoles')}</option>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {labels.role(r)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ErrorBanner error={users.error} />
      {users.isPending ? (
        <Loading />
      ) : users.data ? (
        <section className="card card--flush" aria-label={t('users.results')} aria-busy={users.isFetching}>
          {users.data.items.length === 0 ? (
            <p className="empty">{t('users.empty')}</p>
          ) : (
            <table className="data-table data-table--cards">
              <thead>
                <tr>
                  <th scope="col">{t('users.name')}</th>
                  <th scope="col">{t('users.email')}</th>
                  <th scope="col">{t('users.role')}</th>
                  <th scope="col">{t('users.status')}</th>
                  <th scope="col">{t('users.lastLogin')}</th>
                </tr>
              </thead>
              <tbody>
                {users.data.items.map((u) => (
                  <tr key={u.id}>
                    <th scope="row" data-label={t('users.name')}>
                      <Link to={`/users/${u.id}`} className="data-table__primary">
                        {u.displayName}
                      </Link>
                    </th>
                    <td data-label={t('users.email')}>{u.email}</td>
                    <td data-label={t('users.role')}>{labels.role(u.role)}</td>
                    <td data-label={t('users.status')}>
                      {!u.active ? (
                        <span className="badge badge--muted">{t('users.disabled')}</span>
                      ) : u.lockedUntil && Date.parse(u.lockedUntil) > Date.now() ? (
                        <span className="badge badge--warning">{t('users.locked')}</span>
                      ) : (
                        <span className="badge badge--ok">{t('users.active')}</span>
                      )}
                    </td>
                    <td data-label={t('users.lastLogin')}>
                      {u.lastLoginAt ? (
                        <time dateTime={u.lastLoginAt}>
                          {formatDateTime(u.lastLoginAt, i18n.language)}{' '}
                          <span className="muted">{t('common.week', { week: isoWeekAt(u.lastLoginAt) })}</span>
                        </time>
                      ) : (
                        <span className="muted">{t('users.never')}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pagination page={users.data.page} pageSize={users.data.pageSize} total={users.data.total} onPage={setPage} />
        </section>
      ) : null}
    </>
  );
}
