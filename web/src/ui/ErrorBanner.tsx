import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';

interface ErrorBannerProps {
  error: unknown;
  /** Fields the form shows next to its controls; other details are listed here. */
  shownFields?: readonly string[];
}

/** The top-level message of a failed request, in the UI's language, announced to screen readers. */
export function ErrorBanner({ error, shownFields = [] }: ErrorBannerProps) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const sv = i18n.language.startsWith('sv');
  let message: string;
  let extra: string[] = [];
  let reference: string | null = null;
  if (error instanceof ApiError) {
    const shown = error.details.filter((d) => shownFields.includes(d.field.replace(/[[.].*$/, '')));
    extra = error.details.filter((d) => !shown.includes(d)).map((d) => `${d.field}: ${sv ? d.messageSv : d.message}`);
    message = shown.length > 0 && extra.length === 0 ? t('errors.checkFields') : error.localized(i18n.language);
    if (error.status >= 500) reference = error.correlationId;
  } else {
    message = t('errors.unexpected');
  }
  return (
    <div className="banner banner--error" role="alert">
      <p className="banner__title">{message}</p>
      {extra.length > 0 ? (
        <ul className="banner__list">
          {extra.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      {reference ? <p className="banner__meta">{t('errors.reference', { id: reference })}</p> : null}
    </div>
  );
}
