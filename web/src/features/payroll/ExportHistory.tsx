import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { formatDateTime } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { useExportHistory } from './payroll.queries';

/** Every recorded export, newest first, with the exact file for re-download. */
export function ExportHistory() {
  const { t, i18n } = useTranslation();
  const history = useExportHistory();
  return (
    <section className="card card--flush" aria-labelledby="payroll-history">
      <h2 id="payroll-history" className="card__title card__title--padded">
        {t('payroll.history.title')}
      </h2>
      <ErrorBanner error={history.error} />
      {history.isPending ? (
        <Loading />
      ) : (history.data ?? []).length === 0 ? (
        <p className="empty">{t('payroll.history.empty')}</p>
      ) : (
        <table className="data-table data-table--cards">
          <thead>
            <tr>
              <th scope="col">{t('payroll.history.when')}</th>
              <th scope="col">{t('payroll.history.who')}</th>
              <th scope="col">{t('payroll.history.range')}</th>
              <th scope="col">{t('payroll.history.format')}</th>
              <th scope="col" className="numeric">
                {t('payroll.history.rows')}
              </th>
              <th scope="col" className="numeric">
                {t('payroll.history.adjustments')}
              </th>
              <th scope="col">{t('payroll.history.unattested')}</th>
              <th scope="col">{t('payroll.history.hash')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('payroll.history.download')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {history.data!.map((x) => (
              <tr key={x.id}>
                <th scope="row" data-label={t('payroll.history.when')}>
                  {formatDateTime(x.createdAt, i18n.language)}
                </th>
                <td data-label={t('payroll.history.who')}>{x.createdByName ?? '–'}</td>
                <td data-label={t('payroll.history.range')}>
                  {x.from} – {x.to}
                </td>
                <td data-label={t('payroll.history.format')}>
                  {x.format === 'paxml' ? 'PAXml' : 'CSV'} · {x.encoding}
                </td>
                <td data-label={t('payroll.history.rows')} className="numeric">
                  {x.rowCount}
                </td>
                <td data-label={t('payroll.history.adjustments')} className="numeric">
                  {x.adjustmentRowCount}
                </td>
                <td data-label={t('payroll.history.unattested')}>
                  {x.includedUnattested ? (
                    <span className="badge badge--warning">{t('payroll.history.yes')}</span>
                  ) : (
                    t('payroll.history.no')
                  )}
                </td>
                <td data-label={t('payroll.history.hash')}>
                  <span className="code" title={x.sha256}>
                    {x.sha256.slice(0, 12)}…
                  </span>
                </td>
                <td>
                  <a className="button button--quiet" href={`/api/payroll/exports/${x.id}/file`} download={x.fileName}>
                    {t('payroll.history.download')}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
