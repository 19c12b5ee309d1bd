import { localDate } from '@bemanna/shared';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Loading } from '../../ui/Loading';
import { StatusMessage } from '../../ui/StatusMessage';
import { Reasons } from './Reasons';
import { ShiftSummary } from './ShiftSummary';
import { upcomingRange } from './shift-text';
import { type Swap, useExchangeOptions, useMyUpcomingShifts, useOfferSwap } from './swaps.queries';

/** Offer one of my upcoming shifts: in exchange for a colleague's, or to anyone who can take it. */
export function OfferSwapForm({ pending }: { pending: Swap[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [range] = useState(() => upcomingRange(localDate(Date.now())));
  const shifts = useMyUpcomingShifts(range);
  const [shiftId, setShiftId] = useState<string | null>(null);
  const [how, setHow] = useState<'exchange' | 'give-away'>('exchange');
  const [theirs, setTheirs] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [sent, setSent] = useState(false);
  const options = useExchangeOptions(how === 'exchange' ? shiftId : null);
  const offer = useOfferSwap();

  // A shift already in a pending offer cannot be offered again.
  const offered = useMemo(() => new Set(pending.map((s) => s.offered.id)), [pending]);
  const mine = (shifts.data?.shifts ?? []).filter((s) => !offered.has(s.id));
  const refusal = offer.error instanceof ApiError && offer.error.reasons.length > 0 ? offer.error.reasons : [];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!shiftId) return;
    setSent(false);
    offer.mutate(
      {
        offeredShiftId: shiftId,
        requestedShiftId: how === 'exchange' ? theirs : null,
        message: message.trim() || null,
      },
      {
        onSuccess: () => {
          setSent(true);
          setShiftId(null);
          setTheirs(null);
          setMessage('');
        },
      },
    );
  };

  return (
    <section className="card exchange-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('swaps.offerTitle')}</h2>
      <StatusMessage message={sent ? t('swaps.sent') : null} />
      {shifts.isPending ? (
        <Loading />
      ) : mine.length === 0 ? (
        <p className="empty">{t('swaps.noShifts')}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <fieldset className="choice-cards">
            <legend className="field__label">{t('swaps.chooseShift')}</legend>
            {mine.map((s) => (
              <label key={s.id} className="choice-card">
                <input
                  type="radio"
                  name="offered"
                  value={s.id}
                  checked={shiftId === s.id}
                  onChange={() => {
                    setShiftId(s.id);
                    setTheirs(null);
                    offer.reset();
                  }}
                />
                <ShiftSummary shift={s} />
              </label>
            ))}
          </fieldset>
          {shiftId ? (
            <>
              <fieldset className="choice-cards choice-cards--row">
                <legend className="field__label">{t('swaps.how')}</legend>
                {(['exchange', 'give-away'] as const).map((h) => (
                  <label key={h} className="choice-card choice-card--compact">
                    <input
                      type="radio"
                      name="how"
                      value={h}
                      checked={how === h}
                      onChange={() => {
                        setHow(h);
                        offer.reset();
                      }}
                    />
                    <span>{h === 'exchange' ? t('swaps.howExchange') : t('swaps.howGiveAway')}</span>
                  </label>
                ))}
              </fieldset>
              {how === 'exchange' ? (
                <fieldset className="choice-cards">
                  <legend className="field__label">{t('swaps.chooseTheirs')}</legend>
                  {options.isPending ? (
                    <Loading />
                  ) : (options.data ?? []).length === 0 ? (
                    <p className="empty">{t('swaps.noOptions')}</p>
                  ) : (
                    options.data!.map((o) => (
                      <label key={o.shift.id} className="choice-card">
                        <input
                          type="radio"
                          name="theirs"
                          value={o.shift.id}
                          checked={theirs === o.shift.id}
                          onChange={() => {
                            setTheirs(o.shift.id);
                            offer.reset();
                          }}
                        />
                        <ShiftSummary shift={o.shift} label={o.holder.name} />
                      </label>
                    ))
                  )}
                </fieldset>
              ) : null}
              <div className="field">
                <label className="field__label" htmlFor={`${headingId}-message`}>
                  {t('swaps.message')}
                </label>
                <input
                  id={`${headingId}-message`}
                  value={message}
                  maxLength={300}
                  onChange={(e) => setMessage(e.target.value)}
                />
              </div>
              <Reasons reasons={refusal} title={t('swaps.refusedTitle')} />
              {refusal.length === 0 ? <ErrorBanner error={offer.error} /> : null}
              <button
                type="submit"
                className="button button--primary button--block button--large"
                disabled={offer.isPending || (how === 'exchange' && !theirs)}
              >
                {offer.isPending ? t('swaps.sending') : t('swaps.send')}
              </button>
            </>
          ) : null}
        </form>
      )}
    </section>
  );
}
