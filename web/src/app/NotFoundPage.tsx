import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage({ title }: { title?: string }) {
  const { t } = useTranslation();
  return (
    <section className="notice" aria-labelledby="not-found-title">
      <span className="notice__icon" aria-hidden="true">
        ?
      </span>
      <h1 id="not-found-title">{title ?? t('errors.notFoundTitle')}</h1>
      <p>{t('errors.notFoundBody')}</p>
      <Link to="/" className="button button--primary">
        {t('errors.backToStart')}
      </Link>
    </section>
  );
}
