import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NoAccessPage() {
  const { t } = useTranslation();
  return (
    <section className="notice" aria-labelledby="no-access-title" data-testid="no-access">
      <span className="notice__icon" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="24" height="24" focusable="false">
          <rect x="5" y="10.5" width="14" height="10" rx="2" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M8.5 10.5V7.5a3.5 3.5 0 0 1 7 0v3" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      </span>
      <h1 id="no-access-title">{t('errors.noAccessTitle')}</h1>
      <p>{t('errors.noAccessBody')}</p>
      <Link to="/" className="button button--primary">
        {t('errors.backToStart')}
      </Link>
    </section>
  );
}
