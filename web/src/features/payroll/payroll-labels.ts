import {
  ABSENCE_TYPE_LABELS,
  type AbsenceType,
  DEVIATION_KIND_LABELS,
  type DeviationKind,
  PAY_CATEGORY_LABELS,
  type PayCategory,
} from '@bemanna/shared';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';

/** Pay categories, deviation kinds and absence types in the UI's language. */
export function usePayrollLabels() {
  const { i18n } = useTranslation();
  const lng = currentLanguage(i18n.language);
  const pick = <K extends string>(map: Record<K, { sv: string; en: string }>, key: string) =>
    map[key as K]?.[lng] ?? key;
  return {
    category: (c: string) => pick<PayCategory>(PAY_CATEGORY_LABELS, c),
    deviationKind: (k: string) => pick<DeviationKind>(DEVIATION_KIND_LABELS, k),
    absenceType: (k: string) => pick<AbsenceType>(ABSENCE_TYPE_LABELS, k),
  };
}

/** Hours with at most two decimals, with a decimal comma in Swedish: 7,5. */
export function formatHours(hours: number, language: string): string {
  return new Intl.NumberFormat(currentLanguage(language) === 'sv' ? 'sv-SE' : 'en-GB', {
    maximumFractionDigits: 2,
  }).format(hours);
}

/** Whole kronor with thousands separators. */
export function formatKronor(amount: number, language: string): string {
  return new Intl.NumberFormat(currentLanguage(language) === 'sv' ? 'sv-SE' : 'en-GB', {
    maximumFractionDigits: 0,
  }).format(amount);
}

/** '2026-03-10T13:30:00+01:00' → '13:30' (the API gives Stockholm wall-clock times with offset). */
export function clockOf(localIso: string): string {
  return localIso.slice(11, 16);
}

/** '2026-03-10T13:30:00+01:00' → '2026-03-10T13:30', the value of a datetime-local input. */
export function inputValueOf(localIso: string): string {
  return localIso.slice(0, 16);
}
