import type { RuleCatalog } from '@bemanna/shared';
import { useTranslation } from 'react-i18next';
import type { Violation } from '../../api/client';
import { currentLanguage } from '../../i18n/i18n';
import { ruleTitle } from './rule-title';

const UNIT_KEYS = ['hours', 'days', 'months', 'nights', 'shifts', 'weekends', 'weeks'] as const;
type Unit = (typeof UNIT_KEYS)[number];

/**
 * One finding as the law reads it: the rule and its legal source ("Dygnsvila · AB § 13 mom. 4,
 * ATL 13 §"), the API's sentence with the measured value and the limit, and both figures.
 */
export function ViolationText({ violation: v, catalog }: { violation: Violation; catalog: RuleCatalog | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n.language);
  const number = new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 2 });
  const unit = (UNIT_KEYS as readonly string[]).includes(v.unit)
    ? t(`roster.violations.units.${v.unit as Unit}`)
    : v.unit;
  return (
    <span className="violation__text">
      <span className="violation__head">
        <span className="violation__severity">
          {v.severity === 'hard' ? t('roster.violations.hardLabel') : t('roster.violations.softLabel')}
        </span>
        <span className="violation__rule">{ruleTitle(catalog, v.ruleId, i18n.language)}</span>
        {v.source && v.source !== '—' ? <span className="violation__source">{v.source}</span> : null}
      </span>
      <span className="violation__message">{v.message[lang]}</span>
      <span className="violation__figures">
        {t('roster.violations.figures', {
          measured: `${number.format(v.measured)} ${unit}`,
          limit: `${number.format(v.limit)} ${unit}`,
        })}
      </span>
    </span>
  );
}
