import type { RuleCatalog } from '@bemanna/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Shift } from '../../../api/client';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { ruleTitle } from '../rule-title';
import { useReplacements } from './generation.queries';
import './generation.css';

interface ReplacementSuggestionsProps {
  shift: Shift;
  catalog: RuleCatalog | undefined;
  busy: boolean;
  /** Places the chosen employee on the open shift (the normal roster write). */
  onChoose(employeeId: string): void;
}

/** "Föreslå ersättare": qualified, free staff for an open shift who break no hard rule, cheapest first. */
export function ReplacementSuggestions({ shift, catalog, busy, onChoose }: ReplacementSuggestionsProps) {
  const { t, i18n } = useTranslation();
  const [asked, setAsked] = useState(false);
  const suggestions = useReplacements(asked ? shift.id : null);
  const excluded = suggestions.data?.excluded ?? [];
  const byReason = (reason: string) => excluded.filter((x) => x.reason === reason).length;

  return (
    <section className="card replacements" aria-labelledby="replacements-title">
      <h3 id="replacements-title" className="replacements__title">
        {t('generation.replacements.title')}
      </h3>
      {!asked ? (
        <button type="button" className="button button--secondary" onClick={() => setAsked(true)}>
          {t('generation.replacements.ask')}
        </button>
      ) : suggestions.isPending ? (
        <p>{t('generation.replacements.loading')}</p>
      ) : suggestions.data ? (
        <>
          {suggestions.data.candidates.length === 0 ? <p>{t('generation.replacements.none')}</p> : null}
          <ol className="replacements__list">
            {suggestions.data.candidates.slice(0, 10).map((c) => (
              <li key={c.employeeId} className="replacement">
                <div className="replacement__who">
                  <strong>{c.name}</strong>
                  <span className={`badge cost cost--${c.costClass}`}>{t(`generation.cost.${c.costClass}`)}</span>
                  {c.wish === 'can-work' || c.wish === 'shift-type' ? (
                    <span className="badge badge--ok">{t('generation.replacements.wishes')}</span>
                  ) : null}
                  {c.wish === 'free' ? (
                    <span className="badge badge--warning">{t('generation.replacements.wishesFree')}</span>
                  ) : null}
                </div>
                <div className="replacement__facts">
                  {t('generation.replacements.hours', {
                    planned: c.plannedHoursAfter,
                    contract: c.contractHours,
                  })}
                  {c.softRuleIds.length > 0
                    ? ` · ${c.softRuleIds.map((id) => ruleTitle(catalog, id, i18n.language)).join(', ')}`
                    : ''}
                </div>
                <button
                  type="button"
                  className="button button--secondary replacement__choose"
                  disabled={busy}
                  onClick={() => onChoose(c.employeeId)}
                >
                  {t('generation.replacements.choose')}
                </button>
              </li>
            ))}
          </ol>
          <p className="replacements__excluded">
            {t('generation.replacements.excluded', {
              rule: byReason('rule'),
              busy: byReason('busy') + byReason('absent'),
              unqualified: byReason('not-qualified'),
            })}
          </p>
        </>
      ) : null}
      <ErrorBanner error={suggestions.error} />
    </section>
  );
}
