import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department, RosterPeriod } from '../../api/client';
import { Checkbox, ChoiceGroup, Field } from '../../ui/Field';
import type { PayrollScope } from './payroll.queries';

interface ScopeSelectorProps {
  scope: PayrollScope;
  departments: Department[];
  periods: RosterPeriod[];
  onChange: (scope: PayrollScope) => void;
}

/** The payroll period (dates, or a schedule period as a preset) and the departments it covers. */
export function ScopeSelector({ scope, departments, periods, onChange }: ScopeSelectorProps) {
  const { t } = useTranslation();
  const presets = useMemo(() => {
    const seen = new Map<string, { from: string; to: string; weeks: number }>();
    for (const p of periods)
      seen.set(`${p.startDate}|${p.endDate}`, { from: p.startDate, to: p.endDate, weeks: p.weeks });
    return [...seen.values()].sort((a, b) => (a.from < b.from ? 1 : -1));
  }, [periods]);
  const preset = presets.find((p) => p.from === scope.from && p.to === scope.to);
  const toggle = (id: string, on: boolean) =>
    onChange({
      ...scope,
      departmentIds: on ? [...scope.departmentIds, id].sort() : scope.departmentIds.filter((d) => d !== id),
    });
  return (
    <fieldset className="card payroll-scope">
      <legend className="card__title">{t('payroll.scope.legend')}</legend>
      <div className="payroll-scope__dates">
        <Field label={t('payroll.scope.preset')}>
          {(p) => (
            <select
              {...p}
              value={preset ? `${preset.from}|${preset.to}` : ''}
              onChange={(e) => {
                const [from, to] = e.target.value.split('|');
                if (from && to) onChange({ ...scope, from, to });
              }}
            >
              <option value="">{t('payroll.scope.presetChoose')}</option>
              {presets.map((p) => (
                <option key={`${p.from}|${p.to}`} value={`${p.from}|${p.to}`}>
                  {p.from} – {p.to}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('payroll.scope.from')}>
          {(p) => (
            <input
              {...p}
              type="date"
              value={scope.from}
              onChange={(e) => e.target.value && onChange({ ...scope, from: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('payroll.scope.to')}>
          {(p) => (
            <input
              {...p}
              type="date"
              value={scope.to}
              onChange={(e) => e.target.value && onChange({ ...scope, to: e.target.value })}
            />
          )}
        </Field>
      </div>
      <ChoiceGroup
        legend={t('payroll.scope.departments')}
        error={scope.departmentIds.length === 0 ? t('payroll.scope.pickDepartments') : undefined}
      >
        {departments.map((d) => (
          <Checkbox
            key={d.id}
            label={d.name}
            checked={scope.departmentIds.includes(d.id)}
            onChange={(on) => toggle(d.id, on)}
          />
        ))}
      </ChoiceGroup>
      <div className="payroll-scope__quick">
        <button
          type="button"
          className="button button--quiet"
          onClick={() => onChange({ ...scope, departmentIds: departments.map((d) => d.id).sort() })}
        >
          {t('payroll.scope.all')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => onChange({ ...scope, departmentIds: [] })}
        >
          {t('payroll.scope.none')}
        </button>
      </div>
    </fieldset>
  );
}
