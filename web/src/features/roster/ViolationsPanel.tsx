import type { RuleCatalog } from '@bemanna/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterRow, Violation } from '../../api/client';
import type { Severity, ViolationIndex } from './roster-model';
import { ViolationText } from './ViolationText';

interface ViolationsPanelProps {
  rows: readonly RosterRow[];
  index: ViolationIndex;
  catalog: RuleCatalog | undefined;
  onShow(violation: Violation): void;
}

/** Every breach (hard) or warning (soft) of the period, grouped by employee; a click shows the shift. */
export function ViolationsPanel({ rows, index, catalog, onShow }: ViolationsPanelProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Severity | null>(null);
  // Breaches first: "no breaches" is what the scheduler needs to see before publishing.
  const severity: Severity = chosen ?? 'hard';
  const groups = rows
    .map((row) => ({
      row,
      violations: (index.byEmployee.get(row.employeeId) ?? []).filter((v) => v.severity === severity),
    }))
    .filter((g) => g.violations.length > 0);

  return (
    <section className="roster-side__section violations" aria-labelledby="violations-title">
      <h2 id="violations-title" className="roster-side__title">
        {t('roster.violations.title')}
      </h2>
      <div className="segmented" role="group" aria-label={t('roster.violations.show')}>
        <button
          type="button"
          className="segmented__button"
          aria-pressed={severity === 'hard'}
          onClick={() => setChosen('hard')}
        >
          <span className="violations__dot violations__dot--hard" aria-hidden="true" />
          {t('roster.violations.hard', { count: index.hard })}
        </button>
        <button
          type="button"
          className="segmented__button"
          aria-pressed={severity === 'soft'}
          onClick={() => setChosen('soft')}
        >
          <span className="violations__dot violations__dot--soft" aria-hidden="true" />
          {t('roster.violations.soft', { count: index.soft })}
        </button>
      </div>
      {groups.length === 0 ? (
        <p className="violations__empty">
          {severity === 'hard' ? t('roster.violations.noneHard') : t('roster.violations.noneSoft')}
        </p>
      ) : (
        <ul className="violations__groups">
          {groups.map(({ row, violations }) => (
            <li key={row.employeeId} className="violations__group">
              <h3 className="violations__person">
                {row.firstName} {row.lastName}
                <span className="violations__count">{violations.length}</span>
              </h3>
              <ul className="violations__list">
                {violations.map((v, i) => (
                  <li key={`${v.ruleId}-${v.from}-${i}`}>
                    <button type="button" className={`violation violation--${v.severity}`} onClick={() => onShow(v)}>
                      <ViolationText violation={v} catalog={catalog} />
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
