import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, Field } from '../../ui/Field';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { type ExportRequest, type PayrollScope, useCreateExport, usePreviewExport } from './payroll.queries';
import { formatHours } from './payroll-labels';

const PREVIEW_ROWS = 200;

/** Export options, a preview of exactly what would be sent, and the export itself with its download. */
export function ExportPanel({ scope }: { scope: PayrollScope }) {
  const { t, i18n } = useTranslation();
  const [format, setFormat] = useState<'paxml' | 'csv'>('paxml');
  const [encoding, setEncoding] = useState<'UTF-8' | 'ISO-8859-1'>('UTF-8');
  const [decimalComma, setDecimalComma] = useState(true);
  const [schedule, setSchedule] = useState(false);
  const [includeUnattested, setIncludeUnattested] = useState(false);
  const preview = usePreviewExport();
  const run = useCreateExport();
  const request: ExportRequest = {
    ...scope,
    format,
    encoding,
    decimalComma: format === 'csv' ? decimalComma : false,
    schedule: format === 'paxml' ? schedule : false,
    includeUnattested,
  };
  const reset = () => {
    preview.reset();
    run.reset();
  };
  const p = preview.data;
  const disabled = scope.departmentIds.length === 0;
  return (
    <section className="card" aria-labelledby="payroll-export">
      <h2 id="payroll-export" className="card__title">
        {t('payroll.export.title')}
      </h2>
      <div className="form-grid form-grid--tight">
        <Field label={t('payroll.export.format')}>
          {(c) => (
            <select
              {...c}
              value={format}
              onChange={(e) => {
                setFormat(e.target.value as 'paxml' | 'csv');
                reset();
              }}
            >
              <option value="paxml">{t('payroll.export.paxml')}</option>
              <option value="csv">{t('payroll.export.csv')}</option>
            </select>
          )}
        </Field>
        <Field label={t('payroll.export.encoding')}>
          {(c) => (
            <select
              {...c}
              value={encoding}
              onChange={(e) => {
                setEncoding(e.target.value as 'UTF-8' | 'ISO-8859-1');
                reset();
              }}
            >
              <option value="UTF-8">UTF-8</option>
              <option value="ISO-8859-1">ISO-8859-1</option>
            </select>
          )}
        </Field>
      </div>
      <div className="payroll-export__options">
        {format === 'csv' ? (
          <Checkbox label={t('payroll.export.decimalComma')} checked={decimalComma} onChange={setDecimalComma} />
        ) : (
          <Checkbox label={t('payroll.export.schedule')} checked={schedule} onChange={setSchedule} />
        )}
        <Checkbox
          label={t('payroll.export.includeUnattested')}
          checked={includeUnattested}
          onChange={(on) => {
            setIncludeUnattested(on);
            run.reset();
          }}
        />
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={disabled || preview.isPending}
          onClick={() => {
            run.reset();
            preview.mutate(request);
          }}
        >
          {t('payroll.export.preview')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={disabled || run.isPending}
          onClick={() => run.mutate(request, { onSuccess: () => preview.reset() })}
        >
          {t('payroll.export.run')}
        </button>
      </div>
      <ErrorBanner error={preview.error ?? run.error} />
      {run.data ? (
        <div className="banner banner--info" role="status">
          <p className="banner__title">{t('payroll.export.done', { rows: run.data.rowCount })}</p>
          <a
            className="button button--primary"
            href={`/api/payroll/exports/${run.data.id}/file`}
            download={run.data.fileName}
          >
            {t('payroll.export.download', { name: run.data.fileName })}
          </a>
        </div>
      ) : null}
      {p ? (
        <div className="payroll-preview">
          <h3>{t('payroll.export.previewTitle')}</h3>
          {p.rowCount === 0 ? (
            <p className="muted">{t('payroll.export.nothing')}</p>
          ) : (
            <>
              <p>
                {t('payroll.export.previewSummary', {
                  rows: p.rowCount,
                  employees: p.employeeCount,
                  adjustments: p.adjustmentRowCount,
                })}
              </p>
              {p.unattested.length > 0 ? (
                <p className="banner banner--warning">
                  {t('payroll.export.unattestedNotice', {
                    names: [...new Set(p.unattested.map((u) => u.name))].join(', '),
                  })}
                </p>
              ) : null}
              <table className="data-table data-table--compact">
                <thead>
                  <tr>
                    <th scope="col">{t('payroll.employees.number')}</th>
                    <th scope="col">{t('payroll.employees.name')}</th>
                    <th scope="col">{t('payroll.drilldown.date')}</th>
                    <th scope="col">{t('payroll.drilldown.code')}</th>
                    <th scope="col" className="numeric">
                      {t('payroll.drilldown.hours')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('payroll.export.sentBefore')}
                    </th>
                    <th scope="col">{t('payroll.history.adjustments')}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.rows.slice(0, PREVIEW_ROWS).map((r) => (
                    <tr key={`${r.employeeId}-${r.date}-${r.codeKind}-${r.code}`}>
                      <td>
                        <span className="code">{r.employeeNumber}</span>
                      </td>
                      <td>{r.name}</td>
                      <td>{r.date}</td>
                      <td>
                        <span className="code">{r.code}</span>
                      </td>
                      <td className="numeric">{formatHours(r.hours, i18n.language)}</td>
                      <td className="numeric">{r.sentHours === 0 ? '–' : formatHours(r.sentHours, i18n.language)}</td>
                      <td>
                        {r.adjustment ? (
                          <span className="badge badge--warning">{t('payroll.export.adjustment')}</span>
                        ) : (
                          <span className="badge badge--muted">{t('payroll.export.newTime')}</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
      ) : null}
    </section>
  );
}
