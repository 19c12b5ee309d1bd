import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { shortDayLabel } from '../../ui/day-label';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useCancelLeave } from './leave.queries';

type LeaveRequest = Schemas['LeaveRequestView'];

const STATUS_BADGE: Record<string, string> = {
  requested: 'badge badge--warning',
  approved: 'badge badge--ok',
  denied: 'badge badge--muted',
  cancelled: 'badge badge--muted',
};

/** My leave requests and their answers; a request not yet decided (or approved, ahead) can be withdrawn. */
export function LeaveList({ requests }: { requests: LeaveRequest[] }) {
  const { t, i18n } = useTranslation();
  const cancel = useCancelLeave();
  if (requests.length === 0) return <p className="muted">{t('leave.mine.empty')}</p>;
  return (
    <>
      <ErrorBanner error={cancel.error} />
      <ul className="my-shifts">
        {[...requests].reverse().map((r) => (
          <li key={r.id} className="my-shift">
            <div className="my-shift__when">
              <span className="my-shift__day">{t(`leave.types.${r.type}`)}</span>
              <span className={STATUS_BADGE[r.status] ?? 'badge'}>{t(`leave.status.${r.status}`)}</span>
            </div>
            <p className="my-shift__meta">
              {shortDayLabel(r.startDate, i18n.language)} – {shortDayLabel(r.endDate, i18n.language)}
              {r.comment ? ` · ${r.comment}` : ''}
            </p>
            {r.decisionReason ? (
              <p className="my-shift__meta">{t('leave.mine.reason', { reason: r.decisionReason })}</p>
            ) : null}
            {r.status === 'requested' || r.status === 'approved' ? (
              <div>
                <ConfirmButton
                  label={t('leave.mine.cancel')}
                  confirmLabel={t('leave.mine.cancelConfirm')}
                  disabled={cancel.isPending}
                  onConfirm={() => cancel.mutate(r.id)}
                />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
