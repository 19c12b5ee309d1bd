import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import type { Schemas } from '../../api/client';
import { shortDayLabel } from '../../ui/day-label';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useEmployee } from '../staff/employees.queries';
import { useDecideLeave, useLeaveRequests } from './leave.queries';

type LeaveRequest = Schemas['LeaveRequestView'];

/** The scheduler's queue: leave asked for by staff of their units, to approve or deny with a reason. */
export function LeaveDecisions() {
  const { t } = useTranslation();
  const pending = useLeaveRequests('requested');
  return (
    <section className="card" aria-labelledby="leave-decisions-title">
      <h2 id="leave-decisions-title">{t('leave.decide.title')}</h2>
      <ErrorBanner error={pending.error} />
      {pending.data && pending.data.length === 0 ? <p className="muted">{t('leave.decide.empty')}</p> : null}
      <ul className="my-shifts">
        {(pending.data ?? []).map((r) => (
          <Decision key={r.id} request={r} />
        ))}
      </ul>
    </section>
  );
}

function Decision({ request }: { request: LeaveRequest }) {
  const { t, i18n } = useTranslation();
  const employee = useEmployee(request.employeeId);
  const decide = useDecideLeave();
  const [reason, setReason] = useState('');
  // Approving over booked shifts is refused until the scheduler says what becomes of them.
  const collision = decide.error instanceof ApiError && decide.error.code === 'LEAVE_COLLIDES';
  const send = (decision: 'approve' | 'deny', collidingShifts?: 'open' | 'remove') =>
    decide.mutate({
      id: request.id,
      body: { decision, reason: reason.trim() || undefined, version: request.version, collidingShifts },
    });
  const name = employee.data ? `${employee.data.firstName} ${employee.data.lastName}` : '…';
  return (
    <li className="my-shift">
      <div className="my-shift__when">
        <span className="my-shift__day">{name}</span>
        <span className="badge badge--warning">{t(`leave.types.${request.type}`)}</span>
      </div>
      <p className="my-shift__meta">
        {shortDayLabel(request.startDate, i18n.language)} – {shortDayLabel(request.endDate, i18n.language)}
        {request.comment ? ` · ${request.comment}` : ''}
      </p>
      <label className="visually-hidden" htmlFor={`reason-${request.id}`}>
        {t('leave.decide.reason')}
      </label>
      <input
        id={`reason-${request.id}`}
        placeholder={t('leave.decide.reason')}
        value={reason}
        maxLength={500}
        onChange={(e) => setReason(e.target.value)}
      />
      {collision ? (
        <div className="banner banner--warning" role="alert">
          <p>{(decide.error as ApiError).localized(i18n.language)}</p>
          <div className="form-actions">
            <button type="button" className="button button--primary" onClick={() => send('approve', 'open')}>
              {t('leave.decide.openShifts')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => send('approve', 'remove')}>
              {t('leave.decide.removeShifts')}
            </button>
          </div>
        </div>
      ) : (
        <ErrorBanner error={decide.error} />
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={decide.isPending}
          onClick={() => send('approve')}
        >
          {t('leave.decide.approve')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={decide.isPending}
          onClick={() => send('deny')}
        >
          {t('leave.decide.deny')}
        </button>
      </div>
    </li>
  );
}
