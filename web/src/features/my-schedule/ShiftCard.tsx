import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { dayLabel } from '../../ui/day-label';
import { formatDateTime, formatMinutes } from '../../ui/format';
import { ShiftChip } from '../../ui/ShiftChip';

type MyShift = Schemas['MyShiftView'];

const time = (localIso: string) => localIso.slice(11, 16);

/** One of my shifts: when, where, with whom, and what changed in it since publishing. */
export function ShiftCard({ shift, today }: { shift: MyShift; today: string }) {
  const { t, i18n } = useTranslation();
  const changed = shift.change?.isNew === true;
  return (
    <li className={`my-shift${changed ? ' my-shift--changed' : ''}${shift.date === today ? ' my-shift--today' : ''}`}>
      <div className="my-shift__when">
        <span className="my-shift__day">{dayLabel(shift.date, i18n.language)}</span>
        <span className="my-shift__time">
          {time(shift.startLocal)}–{time(shift.endLocal)}
        </span>
      </div>
      <div className="my-shift__what">
        <ShiftChip code={shift.shiftTypeCode ?? '·'} colour={shift.colour ?? '#d9e2e8'} />
        <span>
          <span className="my-shift__name">{shift.shiftTypeName ?? t('mySchedule.freeForm')}</span>
          <span className="my-shift__meta">
            {shift.departmentName}
            {shift.breakMinutes > 0 ? ` · ${t('mySchedule.break', { time: formatMinutes(shift.breakMinutes) })}` : ''}
          </span>
        </span>
        {shift.date === today ? <span className="badge badge--ok">{t('mySchedule.today')}</span> : null}
      </div>
      {shift.colleagues.length > 0 ? (
        <p className="my-shift__colleagues">
          {t('mySchedule.with')} {shift.colleagues.map((c) => `${c.firstName} ${c.lastName}`).join(', ')}
        </p>
      ) : null}
      {shift.note ? <p className="my-shift__note">{shift.note}</p> : null}
      {shift.change ? (
        <p className={`my-shift__change${changed ? ' my-shift__change--new' : ''}`}>
          {changed ? <span className="badge badge--warning">{t('mySchedule.changes.new')}</span> : null}{' '}
          {t('mySchedule.changes.changedAt', { at: formatDateTime(shift.change.at, i18n.language) })}
          {shift.change.reason ? `: ${shift.change.reason}` : ''}
        </p>
      ) : null}
    </li>
  );
}
