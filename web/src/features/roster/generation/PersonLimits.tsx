import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShiftType } from '../../../api/client';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { StatusMessage } from '../../../ui/StatusMessage';
import { useGenerationLimits, useRemoveGenerationLimits, useSaveGenerationLimits } from './generation.queries';
import {
  type EmployeeGenerationLimits,
  NUMBER_FIELDS,
  allAtInputs,
  capKey,
  draftOf,
  isEmptyDraft,
  requestOf,
  rowErrors,
} from './person-limits';

interface PersonLimitsProps {
  departmentId: string;
  shiftTypes: readonly ShiftType[];
}

/**
 * The department's stored limits per person (hours in the period, days in a row, days off in a
 * row, weekends, shifts of a type), which every generation of the department respects. Collapsed
 * until asked for; each person's row is saved on its own.
 */
export function PersonLimits({ departmentId, shiftTypes }: PersonLimitsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const limits = useGenerationLimits(departmentId, open);
  const types = shiftTypes.filter((s) => s.active);
  const people = limits.data?.employees ?? [];
  const stored = people.filter((p) => p.version > 0).length;

  return (
    <details className="person-limits" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {t('generation.limits.title')}
        {limits.data ? (
          <span className="person-limits__count"> · {t('generation.limits.stored', { count: stored })}</span>
        ) : null}
      </summary>
      <p className="person-limits__hint">{t('generation.limits.hint')}</p>
      {limits.isPending && open ? <p>{t('generation.limits.loading')}</p> : null}
      <ErrorBanner error={limits.error} />
      {limits.data && people.length === 0 ? <p>{t('generation.limits.none')}</p> : null}
      {people.length > 0 ? (
        <div className="person-limits__scroll">
          <table className="data-table data-table--compact person-limits__table">
            <thead>
              <tr>
                <th scope="col">{t('generation.limits.person')}</th>
                {NUMBER_FIELDS.map((f) => (
                  <th key={f} scope="col" className="numeric">
                    {t(`generation.limits.${f}`)}
                  </th>
                ))}
                {types.map((s) => (
                  <th key={s.id} scope="col" className="numeric" title={s.name}>
                    {t('generation.limits.maxOfType', { code: s.code })}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{t('generation.limits.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <PersonLimitsRow key={p.employeeId} departmentId={departmentId} person={p} types={types} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </details>
  );
}

interface RowProps {
  departmentId: string;
  person: EmployeeGenerationLimits;
  types: readonly ShiftType[];
}

function PersonLimitsRow({ departmentId, person, types }: RowProps) {
  const { t, i18n } = useTranslation();
  const save = useSaveGenerationLimits(departmentId, person.employeeId);
  const remove = useRemoveGenerationLimits(departmentId, person.employeeId);
  const [draft, setDraft] = useState(() => draftOf(person, i18n.language));
  const [shownVersion, setShownVersion] = useState(person.version);
  const [sent, setSent] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  // Once saved or removed (here or elsewhere) the row shows what the server holds; a refetch after
  // another row's save leaves this row's unsaved input alone.
  if (person.version !== shownVersion) {
    setShownVersion(person.version);
    setDraft(draftOf(person, i18n.language));
  }

  const name = `${person.firstName} ${person.lastName}`;
  const formId = `person-limits-${person.employeeId}`;
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(person, i18n.language));
  const error = save.error ?? remove.error;
  const errors = rowErrors(error, sent, i18n.language);
  const busy = save.isPending || remove.isPending;

  const submit = () => {
    setStatus(null);
    if (isEmptyDraft(draft) && person.version > 0) {
      remove.mutate(undefined, { onSuccess: () => setStatus(t('generation.limits.removed')) });
      return;
    }
    const { body, capTypes } = requestOf(
      draft,
      person.version,
      types.map((s) => s.id),
    );
    setSent(capTypes);
    save.mutate(body, { onSuccess: () => setStatus(t('generation.limits.saved')) });
  };

  const cell = (key: string, label: string, value: string, onChange: (v: string) => void) => {
    const message = errors[key];
    return (
      <td key={key} className={`numeric${message ? ' field--invalid' : ''}`}>
        <input
          form={formId}
          className="person-limits__input"
          inputMode="decimal"
          aria-label={`${name}: ${label}`}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${formId}-${key}-error` : undefined}
          disabled={!person.schedulable}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
        {message ? (
          <p id={`${formId}-${key}-error`} className="field__error">
            <span aria-hidden="true">⚠ </span>
            {message}
          </p>
        ) : null}
      </td>
    );
  };

  return (
    <tr className={person.schedulable ? undefined : 'person-limits__gone'}>
      <th scope="row">
        <span className="data-table__primary">{name}</span>
        {person.schedulable ? null : <small className="person-limits__note">{t('generation.limits.notHere')}</small>}
        {allAtInputs(error) ? null : <ErrorBanner error={error} />}
        <StatusMessage message={status} />
      </th>
      {NUMBER_FIELDS.map((f) =>
        cell(f, t(`generation.limits.${f}`), draft.numbers[f], (v) =>
          setDraft((d) => ({ ...d, numbers: { ...d.numbers, [f]: v } })),
        ),
      )}
      {types.map((s) =>
        cell(capKey(s.id), t('generation.limits.maxOfType', { code: s.code }), draft.caps[s.id] ?? '', (v) =>
          setDraft((d) => ({ ...d, caps: { ...d.caps, [s.id]: v } })),
        ),
      )}
      <td>
        <form
          id={formId}
          className="person-limits__actions"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          {person.schedulable ? (
            <button type="submit" className="button button--secondary" disabled={busy || !dirty}>
              {t('common.save')}
            </button>
          ) : null}
          {person.version > 0 ? (
            <button
              type="button"
              className="button button--danger-quiet"
              disabled={busy}
              aria-label={t('generation.limits.removeFor', { name })}
              onClick={() => {
                setStatus(null);
                remove.mutate(undefined, { onSuccess: () => setStatus(t('generation.limits.removed')) });
              }}
            >
              {t('generation.limits.remove')}
            </button>
          ) : null}
        </form>
      </td>
    </tr>
  );
}
