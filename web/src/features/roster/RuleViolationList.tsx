import type { RuleCatalog } from '@bemanna/shared';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { ViolationText } from './ViolationText';

/** The hard rules behind a refusal (a collision on save, or a publish that is not allowed yet). */
export function RuleViolationList({ error, catalog }: { error: unknown; catalog: RuleCatalog | undefined }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError) || error.violations.length === 0) return null;
  return (
    <ul className="refusal-list" aria-label={t('roster.violations.refusalLabel')}>
      {error.violations.map((v, i) => (
        <li key={`${v.ruleId}-${v.employeeId}-${i}`} className={`violation violation--${v.severity}`}>
          <ViolationText violation={v} catalog={catalog} />
        </li>
      ))}
    </ul>
  );
}
