import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { OfferSwapForm } from './OfferSwapForm';
import { Reasons } from './Reasons';
import { ShiftSummary } from './ShiftSummary';
import { SwapStatus } from './SwapStatus';
import { type Swap, useAnswerSwap, useSwaps } from './swaps.queries';
import './swaps.css';

/** The employee's swaps on a phone: offer one, answer what came in, follow one's own. */
export function SwapsPage() {
  const { t } = useTranslation();
  const swaps = useSwaps();
  const all = swaps.data ?? [];
  const incoming = all.filter((s) => s.status === 'offered' && (s.role === 'to-me' || s.role === 'open-to-me'));
  const history = all.filter((s) => !incoming.includes(s) && s.role !== 'open-to-me');
  const pendingMine = all.filter(
    (s) => s.role === 'mine' && (s.status === 'offered' || s.status === 'awaiting-approval'),
  );
  return (
    <div className="exchange-page">
      <PageHeader title={t('swaps.title')} description={t('swaps.intro')} />
      <ErrorBanner error={swaps.error} />
      {swaps.isPending ? (
        <Loading />
      ) : (
        <>
          <IncomingSwaps swaps={incoming} />
          <OfferSwapForm pending={pendingMine} />
          <MySwaps swaps={history} />
        </>
      )}
    </div>
  );
}

function IncomingSwaps({ swaps }: { swaps: Swap[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const answer = useAnswerSwap();
  const refusal = answer.error instanceof ApiError ? answer.error.reasons : [];
  const result = answer.data;
  return (
    <section className="card exchange-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('swaps.incomingTitle')}</h2>
      {result ? <SwapOutcome swap={result} /> : null}
      <Reasons reasons={refusal} title={t('swaps.refusedTitle')} />
      {refusal.length === 0 ? <ErrorBanner error={answer.error} /> : null}
      {swaps.length === 0 ? (
        <p className="empty">{t('swaps.noIncoming')}</p>
      ) : (
        <ul className="exchange-list">
          {swaps.map((s) => (
            <li key={s.id} className="exchange-item">
              <p className="exchange-item__title">
                {s.kind === 'exchange'
                  ? t('swaps.wantsToSwap', { name: s.from.name })
                  : t('swaps.givesAway', { name: s.from.name })}
              </p>
              <ShiftSummary shift={s.offered} label={t('swaps.theirShift')} />
              {s.requested ? (
                <ShiftSummary shift={s.requested} label={t('swaps.yourShift', { name: s.from.name })} />
              ) : null}
              {s.message ? <blockquote className="exchange-item__message">{s.message}</blockquote> : null}
              <div className="exchange-actions">
                <button
                  type="button"
                  className="button button--primary button--large"
                  disabled={answer.isPending}
                  onClick={() => answer.mutate({ swap: s, answer: 'accept' })}
                >
                  {t('swaps.accept')}
                </button>
                {s.role === 'to-me' ? (
                  <button
                    type="button"
                    className="button button--secondary button--large"
                    disabled={answer.isPending}
                    onClick={() => answer.mutate({ swap: s, answer: 'decline' })}
                  >
                    {t('swaps.decline')}
                  </button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What became of the swap one just answered. */
function SwapOutcome({ swap }: { swap: Swap }) {
  const { t } = useTranslation();
  if (swap.status === 'refused') {
    return <Reasons reasons={swap.reasons} title={t(`swaps.refusedBy.${swap.refusedBy ?? 'rules'}`)} />;
  }
  return (
    <p className="banner banner--info" role="status">
      {t(`swaps.status.${swap.status}`)}
    </p>
  );
}

function MySwaps({ swaps }: { swaps: Swap[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const answer = useAnswerSwap();
  return (
    <section className="card exchange-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('swaps.mineTitle')}</h2>
      <ErrorBanner error={answer.error} />
      {swaps.length === 0 ? (
        <p className="empty">{t('swaps.noMine')}</p>
      ) : (
        <ul className="exchange-list">
          {swaps.map((s) => {
            const mine = s.role === 'mine';
            const other = mine ? s.to : s.from;
            const gives = mine ? s.offered : s.requested;
            const takes = mine ? s.requested : s.offered;
            return (
              <li key={s.id} className="exchange-item">
                <div className="exchange-item__head">
                  <p className="exchange-item__title">
                    {other
                      ? t(s.kind === 'give-away' && mine ? 'swaps.takenBy' : 'swaps.with', { name: other.name })
                      : t('swaps.toAnyone')}
                  </p>
                  <SwapStatus swap={s} />
                </div>
                {gives ? <ShiftSummary shift={gives} label={t('swaps.youGive')} /> : null}
                {takes ? <ShiftSummary shift={takes} label={t('swaps.youTake')} /> : null}
                {s.status === 'refused' ? (
                  <Reasons reasons={s.reasons} title={t(`swaps.refusedBy.${s.refusedBy ?? 'rules'}`)} />
                ) : s.status === 'awaiting-approval' ? (
                  <Reasons reasons={s.reasons} title={t('swaps.weigh')} tone="warning" />
                ) : null}
                {mine && (s.status === 'offered' || s.status === 'awaiting-approval') ? (
                  <div className="exchange-actions">
                    <button
                      type="button"
                      className="button button--secondary button--large"
                      disabled={answer.isPending}
                      onClick={() => answer.mutate({ swap: s, answer: 'withdraw' })}
                    >
                      {t('swaps.withdraw')}
                    </button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
