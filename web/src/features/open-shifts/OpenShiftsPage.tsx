import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { formatDateTime } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { StatusMessage } from '../../ui/StatusMessage';
import { Reasons } from '../swaps/Reasons';
import { ShiftSummary } from '../swaps/ShiftSummary';
import { ExtraTimeBadge } from './ExtraTimeBadge';
import {
  type OpenShift,
  useApply,
  useExtraHours,
  useOpenShifts,
  useSetExtraHours,
  useWithdrawApplication,
} from './open-shifts.queries';
import '../swaps/swaps.css';

/** Open shifts an employee may take, with what each means for their pay, and the extra-hours choice. */
export function OpenShiftsPage() {
  const { t } = useTranslation();
  const openShifts = useOpenShifts();
  const extraHours = useExtraHours();
  const setExtraHours = useSetExtraHours();
  const apply = useApply();
  const withdraw = useWithdrawApplication();
  const listId = useId();
  const refusal = apply.error instanceof ApiError ? apply.error.reasons : [];
  return (
    <div className="exchange-page">
      <PageHeader title={t('openShifts.title')} description={t('openShifts.intro')} />
      <section className="card exchange-section">
        <label className="exchange-toggle">
          <input
            type="checkbox"
            checked={extraHours.data?.wantsExtraHours ?? false}
            disabled={extraHours.isPending || setExtraHours.isPending}
            onChange={(e) => setExtraHours.mutate(e.target.checked)}
          />
          <span>{t('openShifts.extraHours')}</span>
        </label>
        <StatusMessage message={setExtraHours.isSuccess ? t('openShifts.extraHoursSaved') : null} />
        <ErrorBanner error={extraHours.error ?? setExtraHours.error} />
      </section>
      <section className="card exchange-section" aria-labelledby={listId}>
        <h2 id={listId}>{t('openShifts.title')}</h2>
        <ErrorBanner error={openShifts.error} />
        <Reasons reasons={refusal} title={t('openShifts.cannotTake')} />
        {refusal.length === 0 ? <ErrorBanner error={apply.error ?? withdraw.error} /> : null}
        {openShifts.isPending ? (
          <Loading />
        ) : (openShifts.data ?? []).length === 0 ? (
          <p className="empty">{t('openShifts.none')}</p>
        ) : (
          <ul className="exchange-list">
            {openShifts.data!.map((o) => (
              <OpenShiftItem
                key={o.id}
                posting={o}
                onApply={() => apply.mutate(o)}
                onWithdraw={() => withdraw.mutate(o)}
                busy={apply.isPending || withdraw.isPending}
              />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function OpenShiftItem({
  posting,
  onApply,
  onWithdraw,
  busy,
}: {
  posting: OpenShift;
  onApply: () => void;
  onWithdraw: () => void;
  busy: boolean;
}) {
  const { t, i18n } = useTranslation();
  const mine = posting.myApplication;
  return (
    <li className="exchange-item">
      <ShiftSummary shift={posting.shift} />
      <div className="exchange-cost">
        {posting.extraTime ? <ExtraTimeBadge extra={posting.extraTime} /> : null}
        {posting.status === 'open' ? (
          <span className="badge badge--muted">
            {t('openShifts.deadline', { when: formatDateTime(posting.deadline, i18n.language) })}
          </span>
        ) : null}
      </div>
      {posting.note ? <p className="muted">{posting.note}</p> : null}
      {mine ? (
        <>
          <p className={`banner ${mine === 'not-chosen' ? 'banner--warning' : 'banner--info'}`} role="status">
            {mine === 'assigned'
              ? t('openShifts.assigned')
              : mine === 'applied'
                ? t('openShifts.applied')
                : t('openShifts.notChosen')}
          </p>
          {mine === 'applied' && posting.status === 'open' ? (
            <div className="exchange-actions">
              <button
                type="button"
                className="button button--secondary button--large"
                disabled={busy}
                onClick={onWithdraw}
              >
                {t('openShifts.withdrawApplication')}
              </button>
            </div>
          ) : null}
        </>
      ) : (
        <div className="exchange-actions">
          <button type="button" className="button button--primary button--large" disabled={busy} onClick={onApply}>
            {busy ? t('openShifts.applying') : t('openShifts.apply')}
          </button>
        </div>
      )}
    </li>
  );
}
