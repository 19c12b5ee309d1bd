import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { type Deviation, useDecideDeviation, useWithdrawDeviation } from './payroll.queries';
import { clockOf, formatHours, usePayrollLabels } from './payroll-labels';

interface DeviationItemProps {
  deviation: Deviation;
  /** The time is attested or exported: removing is a correction and needs a reason. */
  frozen: boolean;
  /** Employees only take back their own reports; managers decide and remove. */
  asEmployee?: boolean;
}

/** A deviation with its status, and what the viewer may do with it. */
export function DeviationItem({ deviation: d, frozen, asEmployee = false }: DeviationItemProps) {
  const { t, i18n } = useTranslation();
  const labels = usePayrollLabels();
  const decide = useDecideDeviation();
  const withdraw = useWithdrawDeviation();
  const [reason, setReason] = useState('');
  const [asking, setAsking] = useState<'reject' | 'withdraw' | null>(null);
  const active = d.status === 'reported' || d.status === 'accepted';
  const canDecide = !asEmployee && d.status === 'reported';
  const canWithdraw = asEmployee ? d.status === 'reported' : active;
  const needsReason = asking === 'reject' || (asking === 'withdraw' && frozen && d.status === 'accepted');
  const confirm = () => {
    if (asking === 'reject') decide.mutate({ deviation: d, decision: 'reject', reason });
    else withdraw.mutate({ deviation: d, reason: reason || null });
  };
  return (
    <div className={`deviation deviation--${d.status}`}>
      <span>
        <strong>{labels.deviationKind(d.kind)}</strong>
        {d.absenceType ? ` (${labels.absenceType(d.absenceType)})` : ''} {d.startLocal.slice(0, 10)}{' '}
        {clockOf(d.startLocal)}–{clockOf(d.endLocal)} · {formatHours(d.hours, i18n.language)} h
      </span>
      <span className={`badge ${d.status === 'reported' ? 'badge--warning' : 'badge--muted'}`}>
        {t(`timeReport.status.${d.status as 'reported'}`)}
      </span>
      {d.reportedByEmployee ? <span className="muted">{t('timeReport.reportedByEmployee')}</span> : null}
      {d.orderedBy ? <span className="muted">{t('timeReport.orderedBy', { who: d.orderedBy })}</span> : null}
      {d.correctionReason ? (
        <span className="muted">{t('timeReport.correction', { reason: d.correctionReason })}</span>
      ) : null}
      {d.comment ? <span className="muted">“{d.comment}”</span> : null}
      {canDecide && asking === null ? (
        <>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => decide.mutate({ deviation: d, decision: 'accept' })}
          >
            {t('timeReport.accept')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setAsking('reject')}>
            {t('timeReport.reject')}
          </button>
        </>
      ) : null}
      {canWithdraw && asking === null ? (
        <button
          type="button"
          className="button button--danger-quiet"
          onClick={() => (frozen || !asEmployee ? setAsking('withdraw') : withdraw.mutate({ deviation: d }))}
        >
          {asEmployee ? t('myTime.takeBack') : t('timeReport.withdraw')}
        </button>
      ) : null}
      {asking ? (
        <span className="inline-form">
          <input
            aria-label={asking === 'reject' ? t('timeReport.rejectReason') : t('timeReport.withdrawReason')}
            placeholder={asking === 'reject' ? t('timeReport.rejectReason') : t('timeReport.withdrawReason')}
            value={reason}
            required={needsReason}
            onChange={(e) => setReason(e.target.value)}
          />
          <button
            type="button"
            className="button button--primary"
            disabled={needsReason && reason.trim() === ''}
            onClick={confirm}
          >
            {asking === 'reject' ? t('timeReport.reject') : t('timeReport.withdraw')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setAsking(null)}>
            {t('timeReport.form.cancel')}
          </button>
        </span>
      ) : null}
      <ErrorBanner error={decide.error ?? withdraw.error} />
    </div>
  );
}
