import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { StatusMessage } from '../../ui/StatusMessage';
import { usePayCodes, useSavePayCodes } from './payroll.queries';
import { usePayrollLabels } from './payroll-labels';

type Category = Schemas['PayCodeEntryDto']['category'];

interface Row {
  category: string;
  kind: 'tidkod' | 'lonart';
  code: string;
  name: string;
}

/** The pay-code mapping, version by version; HR saves a version valid from a date. */
export function PayCodesPanel() {
  const { t } = useTranslation();
  const labels = usePayrollLabels();
  const codes = usePayCodes();
  const save = useSavePayCodes();
  const versions = codes.data?.versions ?? [];
  const [selected, setSelected] = useState<string | null>(null);
  const [validFrom, setValidFrom] = useState('');
  const [rows, setRows] = useState<Row[]>([]);
  const current = versions.find((v) => v.validFrom === selected) ?? versions[versions.length - 1];

  useEffect(() => {
    if (!current || !codes.data) return;
    setRows(
      codes.data.categories.map((category) => {
        const entry = current.codes.find((c) => c.category === category);
        return {
          category,
          kind: entry?.lonart ? 'lonart' : 'tidkod',
          code: entry?.lonart ?? entry?.tidkod ?? '',
          name: entry?.name ?? '',
        };
      }),
    );
    setValidFrom(current.builtIn ? '' : current.validFrom);
  }, [current?.validFrom, codes.data]);

  if (!codes.data || !current) return null;
  const update = (i: number, change: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  return (
    <section className="card" aria-labelledby="payroll-codes">
      <h2 id="payroll-codes" className="card__title">
        {t('payroll.payCodes.title')}
      </h2>
      <p className="muted">{t('payroll.payCodes.intro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(
            {
              validFrom,
              body: {
                codes: rows
                  .filter((r) => r.code.trim() !== '')
                  .map((r) => ({
                    category: r.category as Category,
                    ...(r.kind === 'tidkod' ? { tidkod: r.code.trim() } : { lonart: r.code.trim() }),
                    ...(r.name.trim() ? { name: r.name.trim() } : {}),
                  })),
              },
            },
            { onSuccess: () => setSelected(validFrom) },
          );
        }}
      >
        <div className="form-grid form-grid--tight">
          <Field label={t('payroll.payCodes.version')}>
            {(p) => (
              <select {...p} value={current.validFrom} onChange={(e) => setSelected(e.target.value)}>
                {versions.map((v) => (
                  <option key={v.validFrom} value={v.validFrom}>
                    {v.builtIn ? t('payroll.payCodes.builtIn') : v.validFrom}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('payroll.payCodes.saveFrom')} hint={t('payroll.payCodes.saveFromHint')}>
            {(p) => (
              <input {...p} type="date" required value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />
            )}
          </Field>
        </div>
        <table className="data-table data-table--compact pay-codes">
          <thead>
            <tr>
              <th scope="col">{t('payroll.payCodes.category')}</th>
              <th scope="col">{t('payroll.payCodes.code')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.category}>
                <th scope="row">{labels.category(r.category)}</th>
                <td>
                  <div className="pay-codes__inputs">
                    <select
                      aria-label={`${labels.category(r.category)}: ${t('payroll.payCodes.code')}`}
                      value={r.kind}
                      onChange={(e) => update(i, { kind: e.target.value as Row['kind'] })}
                    >
                      <option value="tidkod">tidkod</option>
                      <option value="lonart">{t('payroll.payCodes.lonart')}</option>
                    </select>
                    <input
                      aria-label={`${labels.category(r.category)}: ${r.kind}`}
                      value={r.code}
                      list={r.kind === 'tidkod' ? 'paxml-tidkoder' : undefined}
                      onChange={(e) => update(i, { code: e.target.value })}
                    />
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <datalist id="paxml-tidkoder">
          {codes.data.tidkoder.map((k) => (
            <option key={k} value={k} />
          ))}
        </datalist>
        <ErrorBanner error={save.error} />
        <div className="form-actions">
          <button type="submit" className="button button--secondary" disabled={save.isPending || validFrom === ''}>
            {t('common.save')}
          </button>
          <StatusMessage message={save.isSuccess ? t('payroll.settings.saved') : null} />
        </div>
      </form>
    </section>
  );
}
