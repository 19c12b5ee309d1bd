import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api/api-error';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { StatusMessage } from '../../ui/StatusMessage';
import { usePayrollSettings, useSavePayrollSettings } from './payroll.queries';

/** The average salary cost estimates start from, and the organisation number for the PAXml header. */
export function PayrollSettingsPanel() {
  const { t, i18n } = useTranslation();
  const settings = usePayrollSettings();
  const save = useSavePayrollSettings();
  const [salary, setSalary] = useState('');
  const [orgnr, setOrgnr] = useState('');
  useEffect(() => {
    if (!settings.data) return;
    setSalary(settings.data.averageMonthlySalary === null ? '' : String(settings.data.averageMonthlySalary));
    setOrgnr(settings.data.organisationNumber ?? '');
  }, [settings.data]);
  const errors = fieldErrors(save.error, i18n.language);
  return (
    <section className="card" aria-labelledby="payroll-settings">
      <h2 id="payroll-settings" className="card__title">
        {t('payroll.settings.title')}
      </h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({
            averageMonthlySalary: salary.trim() === '' ? null : Number(salary),
            organisationNumber: orgnr.trim() === '' ? null : orgnr.trim(),
            version: settings.data?.version || undefined,
          });
        }}
      >
        <div className="form-grid form-grid--tight">
          <Field
            label={t('payroll.settings.salary')}
            hint={t('payroll.settings.salaryHint')}
            error={errors.averageMonthlySalary}
          >
            {(p) => <input {...p} inputMode="numeric" value={salary} onChange={(e) => setSalary(e.target.value)} />}
          </Field>
          <Field label={t('payroll.settings.orgnr')} error={errors.organisationNumber}>
            {(p) => <input {...p} value={orgnr} maxLength={12} onChange={(e) => setOrgnr(e.target.value)} />}
          </Field>
        </div>
        <ErrorBanner error={save.error} shownFields={['averageMonthlySalary', 'organisationNumber']} />
        <div className="form-actions">
          <button type="submit" className="button button--secondary" disabled={save.isPending}>
            {t('payroll.settings.save')}
          </button>
          <StatusMessage message={save.isSuccess ? t('payroll.settings.saved') : null} />
        </div>
      </form>
    </section>
  );
}
