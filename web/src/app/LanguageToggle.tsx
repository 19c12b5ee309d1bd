import { useTranslation } from 'react-i18next';

/** Switches between Swedish and English; the button names the other language in that language. */
export function LanguageToggle() {
  const { i18n } = useTranslation();
  const toEnglish = i18n.language.startsWith('sv');
  return (
    <button
      type="button"
      className="button button--ghost language-toggle"
      lang={toEnglish ? 'en' : 'sv'}
      onClick={() => void i18n.changeLanguage(toEnglish ? 'en' : 'sv')}
    >
      <svg
        className="language-toggle__icon"
        viewBox="0 0 24 24"
        width="18"
        height="18"
        aria-hidden="true"
        focusable="false"
      >
        <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="1.8" />
        <path
          d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
        />
      </svg>
      {toEnglish ? 'English' : 'Svenska'}
    </button>
  );
}
