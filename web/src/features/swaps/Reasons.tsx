import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';

/** Reasons in plain words from the server (a refusal, or what a scheduler should weigh). */
export function Reasons({
  reasons,
  title,
  tone = 'error',
}: {
  reasons: { sv: string; en: string }[];
  title?: string;
  tone?: 'error' | 'warning';
}) {
  const { i18n } = useTranslation();
  if (reasons.length === 0) return null;
  const lang = currentLanguage(i18n.language);
  return (
    <div className={`banner banner--${tone} exchange-reasons`} role={tone === 'error' ? 'alert' : undefined}>
      {title ? <p className="banner__title">{title}</p> : null}
      <ul className="banner__list">
        {reasons.map((r, i) => (
          <li key={i}>{r[lang]}</li>
        ))}
      </ul>
    </div>
  );
}
