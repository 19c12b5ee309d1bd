import type { RuleCatalog } from '@bemanna/shared';
import { currentLanguage } from '../../i18n/i18n';

/** The rule's title in the UI's language, from the catalog (the id until it has loaded). */
export function ruleTitle(catalog: RuleCatalog | undefined, ruleId: string, language: string): string {
  const rule = catalog?.rules.find((r) => r.id === ruleId);
  return rule ? rule.title[currentLanguage(language)] : ruleId;
}
