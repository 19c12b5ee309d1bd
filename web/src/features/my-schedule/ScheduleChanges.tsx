import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { dayLabel } from '../../ui/day-label';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useMarkScheduleSeen } from './my-schedule.queries';

type Schedule = Schemas['MyScheduleView'];

/** What changed since I last looked: a summary at the top, until I say I have seen it. */
export function ScheduleChanges({ schedule }: { schedule: Schedule }) {
  const { t, i18n } = useTranslation();
  const markSeen = useMarkScheduleSeen();
  const changed = schedule.shifts.filter((s) => s.change?.isNew);
  if (changed.length === 0 && schedule.removed.length === 0) return null;
  const time = (iso: string) => iso.slice(11, 16);
  return (
    <section className="card my-changes" aria-labelledby="my-changes-title" role="status">
      <h2 id="my-changes-title">
        {t('mySchedule.changes.title', { count: changed.length + schedule.removed.length })}
      </h2>
      <ul className="my-changes__list">
        {changed.map((s) => (
          <li key={s.id}>
            <strong>{dayLabel(s.date, i18n.language)}</strong> {time(s.startLocal)}–{time(s.endLocal)}{' '}
            {s.shiftTypeCode ?? ''} · {t('mySchedule.changes.changed')}
            {s.change?.reason ? `: ${s.change.reason}` : ''}
          </li>
        ))}
        {schedule.removed.map((r) => (
          <li key={r.shiftId}>
            <strong>{dayLabel(r.date, i18n.language)}</strong> {time(r.startLocal)}–{time(r.endLocal)}{' '}
            {r.shiftTypeCode ?? ''} · {t('mySchedule.changes.removed', { department: r.departmentName })}
            {r.reason ? `: ${r.reason}` : ''}
          </li>
        ))}
      </ul>
      <ErrorBanner error={markSeen.error} />
      <button
        type="button"
        className="button button--secondary button--block-phone"
        disabled={markSeen.isPending}
        onClick={() => markSeen.mutate()}
      >
        {t('mySchedule.changes.seen')}
      </button>
    </section>
  );
}
