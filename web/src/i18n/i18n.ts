import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { sv } from './sv';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'bemanna.language';

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

/** Swedish first; the choice of English is remembered in this browser. */
export async function setupI18n(): Promise<void> {
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    try {
      localStorage.setItem(STORAGE_KEY, lng);
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this page only.
    }
  });
  await i18n.use(initReactI18next).init({
    resources: { sv: { translation: sv }, en: { translation: en } },
    lng: storedLanguage(),
    fallbackLng: 'sv',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18n.language;
}

export function currentLanguage(lng: string): Language {
  return lng.startsWith('en') ? 'en' : 'sv';
}
