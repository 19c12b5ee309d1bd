import {
  AGREEMENT_LABELS,
  DEPARTMENT_KIND_LABELS,
  EMPLOYMENT_FORM_LABELS,
  PROFESSION_LABELS,
  ROLE_LABELS,
} from '@bemanna/shared';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from './i18n';

type LabelMap<K extends string> = Record<K, { sv: string; en: string }>;

function pick<K extends string>(map: LabelMap<K>, key: K, language: string): string {
  return map[key]?.[currentLanguage(language)] ?? key;
}

/** Labels of the shared staff vocabulary in the UI's language. */
export function useLabels() {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  return {
    profession: (k: keyof typeof PROFESSION_LABELS) => pick(PROFESSION_LABELS, k, lng),
    employmentForm: (k: keyof typeof EMPLOYMENT_FORM_LABELS) => pick(EMPLOYMENT_FORM_LABELS, k, lng),
    agreement: (k: keyof typeof AGREEMENT_LABELS) => pick(AGREEMENT_LABELS, k, lng),
    departmentKind: (k: keyof typeof DEPARTMENT_KIND_LABELS) => pick(DEPARTMENT_KIND_LABELS, k, lng),
    role: (k: keyof typeof ROLE_LABELS) => pick(ROLE_LABELS, k, lng),
  };
}
