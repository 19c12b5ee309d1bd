import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { StatusMessage } from '../../ui/StatusMessage';
import { Reasons } from './Reasons';
import { ShiftSummary } from './ShiftSummary';
import { SwapStatus } from './SwapStatus';
import { type Swap, useDecideSwap, useSwaps } from './swaps.queries';
import './swaps.css';

/** The scheduler's queue of accepted swaps, with what the rules engine found, and the latest decisions. */
export function SwapApprovalsPage() {
  const { t } = useTranslation();
  const swaps = useSwaps();
  const queueId = useId();
  const decidedId = useId();
  const all = swaps.data ?? [];
  const queue = all.filter((s) => s.status === 'awaiting-approval');
  const decided = all.filter((s) => s.status === 'approved' || s.status === 'refused').slice(0, 20);
  return (
    <div className="exchange-page exchange-page--wide">
      <PageHeader title={t('swaps.approvalsTitle')} description={t('swaps.approvalsIntro')} />
      <ErrorBanner error={swaps.error} />
      {swaps.isPending ? (
        <Loading />
      ) : (
        <>
          <section className="card exchange-section" aria-labelledby={queueId}>
            <h2 id={queueId}>
              {t('swaps.approvalsTitle')} <span className="badge">{queue.length}</span>
            </h2>
            {queue.length === 0 ? (
              <p className="empty">{t('swaps.noApprovals')}</p>
            ) : (
              <ul className="exchange-list">
                {queue.map((s) => (
                  <ApprovalItem key={s.id} swap={s} />
                ))}
              </ul>
            )}
          </section>
          <section className="card exchange-section" aria-labelledby={decidedId}>
            <h2 id={decidedId}>{t('swaps.decidedTitle')}</h2>
            {decided.length === 0 ? (
              <p className="empty">{t('swaps.noDecided')}</p>
            ) : (
              <ul className="exchange-list">
                {decided.map((s) => (
                  <li key={s.id} className="exchange-item">
                    <div className="exchange-item__head">
                      <p className="exchange-item__title">
                        <Parties swap={s} />
                      </p>
                      <SwapStatus swap={s} />
                    </div>
                    <SwapShifts swap={s} />
                    {s.status === 'refused' ? (
                      <Reasons reasons={s.reasons} title={t(`swaps.refusedBy.${s.refusedBy ?? 'rules'}`)} />
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}

function Parties({ swap }: { swap: Swap }) {
  const { t } = useTranslation();
  const to = swap.to?.name ?? '–';
  return (
    <>
      {swap.kind === 'exchange'
        ? t('swaps.between', { from: swap.from.name, to })
        : t('swaps.giveAwayBetween', { from: swap.from.name, to })}
    </>
  );
}

function SwapShifts({ swap }: { swap: Swap }) {
  return (
    <>
      <ShiftSummary shift={swap.offered} label={`${swap.from.name} →`} />
      {swap.requested && swap.to ? <ShiftSummary shift={swap.requested} label={`${swap.to.name} →`} /> : null}
    </>
  );
}

function ApprovalItem({ swap }: { swap: Swap }) {
  const { t } = useTranslation();
  const decide = useDecideSwap();
  const reasonId = useId();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const reject = (e: FormEvent) => {
    e.preventDefault();
    decide.mutate({ swap, decision: 'reject', reason: reason.trim() });
  };
  return (
    <li className="exchange-item">
      <div className="exchange-item__head">
        <p className="exchange-item__title">
          <Parties swap={swap} />
        </p>
        <SwapStatus swap={swap} />
      </div>
      <SwapShifts swap={swap} />
      {swap.reasons.length > 0 ? (
        <Reasons reasons={swap.reasons} title={t('swaps.weigh')} tone="warning" />
      ) : (
        <p className="muted">{t('swaps.noWarnings')}</p>
      )}
      <ErrorBanner error={decide.error} />
      <StatusMessage message={decide.data ? t(`swaps.status.${decide.data.status}`) : null} />
      {rejecting ? (
        <form className="exchange-reject" onSubmit={reject}>
          <div className="field">
            <label className="field__label" htmlFor={reasonId}>
              {t('swaps.rejectReason')}
            </label>
            <input id={reasonId} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} required />
          </div>
          <div className="exchange-actions">
            <button
              type="submit"
              className="button button--danger button--large"
              disabled={decide.isPending || !reason.trim()}
            >
              {t('swaps.confirmReject')}
            </button>
            <button
              type="button"
              className="button button--secondary button--large"
              onClick={() => setRejecting(false)}
            >
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="exchange-actions">
          <button
            type="button"
            className="button button--primary button--large"
            disabled={decide.isPending}
            onClick={() => decide.mutate({ swap, decision: 'approve' })}
          >
            {t('swaps.approve')}
          </button>
          <button type="button" className="button button--secondary button--large" onClick={() => setRejecting(true)}>
            {t('swaps.reject')}
          </button>
        </div>
      )}
    </li>
  );
}
