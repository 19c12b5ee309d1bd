import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../i18n/labels';
import { useDebounced } from '../../ui/useDebounced';
import { useEmployee, useEmployees } from '../staff/employees.queries';

interface EmployeePickerProps {
  value: string | null;
  onChange: (employeeId: string | null) => void;
  error?: string;
}

/** Links a login to an employee by searching the registry (it can hold thousands of people). */
export function EmployeePicker({ value, onChange, error }: EmployeePickerProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const id = useId();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const current = useEmployee(value);
  const results = useEmployees({ q, page: 1, pageSize: 8 }, q.length >= 2);

  return (
    <fieldset className={`choice-group${error ? ' field--invalid' : ''}`}>
      <legend className="field__label">{t('users.employee')}</legend>
      <p className="field__hint" id={`${id}-hint`}>
        {t('users.employeeHint')}
      </p>
      <div className="picker__current">
        {value === null ? (
          <span className="muted">{t('users.noEmployee')}</span>
        ) : current.data ? (
          <span>
            <strong>
              {current.data.firstName} {current.data.lastName}
            </strong>{' '}
            <span className="muted">
              ({current.data.employeeNumber}, {labels.profession(current.data.profession)})
            </span>
          </span>
        ) : (
          <span className="muted">…</span>
        )}
        {value !== null ? (
          <button type="button" className="button button--quiet" onClick={() => onChange(null)}>
            {t('users.unlinkEmployee')}
          </button>
        ) : null}
      </div>
      <label htmlFor={`${id}-search`} className="field__sublabel">
        {t('users.findEmployee')}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        aria-describedby={`${id}-hint`}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {q.length >= 2 && results.data ? (
        results.data.items.length === 0 ? (
          <p className="muted">{t('users.noEmployeeMatches')}</p>
        ) : (
          <ul className="picker__results" aria-label={t('users.employeeMatches')}>
            {results.data.items.map((e) => (
              <li key={e.id}>
                <button
                  type="button"
                  className="picker__option"
                  aria-pressed={e.id === value}
                  onClick={() => {
                    onChange(e.id);
                    setSearch('');
                  }}
                >
                  <span>
                    {e.firstName} {e.lastName}
                  </span>
                  <span className="muted">
                    {e.employeeNumber} · {labels.profession(e.profession)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}
      {error ? (
        <p className="field__error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
