import { useTranslation } from 'react-i18next';

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

export function Pagination({ page, pageSize, total, onPage }: PaginationProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label={t('common.pagination')}>
      <p className="pagination__summary" aria-live="polite">
        {t('common.showing', { from, to, total })}
      </p>
      {pages > 1 ? (
        <div className="pagination__buttons">
          <button
            type="button"
            className="button button--secondary"
            disabled={page <= 1}
            onClick={() => onPage(page - 1)}
          >
            <span aria-hidden="true">← </span>
            {t('common.previous')}
          </button>
          <span className="pagination__page">{t('common.pageOf', { page, pages })}</span>
          <button
            type="button"
            className="button button--secondary"
            disabled={page >= pages}
            onClick={() => onPage(page + 1)}
          >
            {t('common.next')}
            <span aria-hidden="true"> →</span>
          </button>
        </div>
      ) : null}
    </nav>
  );
}
