import { PERIOD_STATE_LABELS, type PeriodState } from '@bemanna/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterPeriod } from '../../api/client';
import { currentLanguage } from '../../i18n/i18n';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { StatusMessage } from '../../ui/StatusMessage';
import { RuleViolationList } from './RuleViolationList';
import { useDeletePeriod, useRuleCatalog, useTransitionPeriod } from './roster.queries';

interface PeriodControlsProps {
  period: RosterPeriod;
  /** Whether the user manages the department (schedulers in scope, admins). */
  canManage: boolean;
  hardViolations: number;
  onDeleted(): void;
}

/** The period's state and the workflow steps it allows; publishing is refused while hard breaches remain. */
export function PeriodControls({ period, canManage, hardViolations, onDeleted }: PeriodControlsProps) {
  const { t, i18n } = useTranslation();
  const transition = useTransitionPeriod();
  const remove = useDeletePeriod();
  const catalog = useRuleCatalog();
  const [status, setStatus] = useState<string | null>(null);
  const [confirmPublish, setConfirmPublish] = useState(false);
  const lang = currentLanguage(i18n.language);

  const go = (to: PeriodState) => {
    setStatus(null);
    setConfirmPublish(false);
    transition.mutate(
      { period, to },
      {
        onSuccess: (saved) => setStatus(t('roster.periods.movedTo', { state: PERIOD_STATE_LABELS[saved.state][lang] })),
      },
    );
  };

  return (
    <div className="period-controls">
      <p className="period-controls__state">
        <span className="period-controls__label">{t('roster.periods.state')}</span>
        <span className={`state-badge state-badge--${period.state}`}>{PERIOD_STATE_LABELS[period.state][lang]}</span>
      </p>
      {canManage ? (
        <div className="period-controls__actions">
          {period.allowedTransitions.map((to) =>
            to === 'locked' ? (
              <ConfirmButton
                key={to}
                label={t('roster.periods.transitions.locked')}
                confirmLabel={t('roster.periods.confirmLock')}
                disabled={transition.isPending}
                onConfirm={() => go(to)}
              />
            ) : to === 'published' ? (
              confirmPublish ? (
                <span key={to} className="confirm" role="group" aria-label={t('roster.periods.confirmPublish')}>
                  <button type="button" className="button button--primary" autoFocus onClick={() => go(to)}>
                    {t('roster.periods.confirmPublish')}
                  </button>
                  <button type="button" className="button button--secondary" onClick={() => setConfirmPublish(false)}>
                    {t('common.cancel')}
                  </button>
                </span>
              ) : (
                <button
                  key={to}
                  type="button"
                  className="button button--primary"
                  disabled={transition.isPending}
                  onClick={() => setConfirmPublish(true)}
                  title={
                    hardViolations > 0 ? t('roster.periods.publishBlockedHint', { count: hardViolations }) : undefined
                  }
                >
                  {t('roster.periods.transitions.published')}
                </button>
              )
            ) : (
              <button
                key={to}
                type="button"
                className="button button--secondary"
                disabled={transition.isPending}
                onClick={() => go(to)}
              >
                {t(`roster.periods.transitions.${to}`)}
              </button>
            ),
          )}
          {period.state === 'draft' ? (
            <ConfirmButton
              label={t('roster.periods.delete')}
              confirmLabel={t('roster.periods.confirmDelete')}
              disabled={remove.isPending}
              onConfirm={() => remove.mutate(period.id, { onSuccess: onDeleted })}
            />
          ) : null}
        </div>
      ) : null}
      <div className="period-controls__messages">
        <StatusMessage message={status} />
        <ErrorBanner error={transition.error ?? remove.error} />
        <RuleViolationList error={transition.error} catalog={catalog.data} />
      </div>
    </div>
  );
}
